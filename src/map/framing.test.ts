import { describe, expect, it } from 'vitest';
import { placeById } from '../places/gazetteer.ts';
import { factsOf } from '../places/place-data.ts';
import { framingFor } from './framing.ts';

const frame = (id: string) => framingFor(placeById(id)!.kind, factsOf(id));

describe('framingFor', () => {
  it('centres a crossing close enough to see the border', () => {
    expect(frame('torkham')).toEqual({ type: 'center', center: [71.085, 34.115], zoom: 11 });
  });
  it('frames provinces and the border by their bounds', () => {
    const f = frame('kunar');
    expect(f.type).toBe('bounds');
    const d = frame('durand-line');
    expect(d).toMatchObject({ type: 'bounds', bounds: [[60.873, 29.377], [74.565, 37.031]] });
  });
  it('does not try to frame a country that spans the antimeridian', () => {
    expect(frame('russia').type).toBe('none');
    expect(frame('united-states').type).toBe('bounds');
  });
  it('frames Central Asia', () => {
    expect(frame('central-asia').type).toBe('bounds');
  });
});
