import { describe, expect, it } from 'vitest';
import { factLines, kindLine } from './facts.ts';
import { placeById } from './gazetteer.ts';
import { factsOf, GEO_SOURCES } from './place-data.ts';

const lines = (id: string) => Object.fromEntries(factLines(factsOf(id), GEO_SOURCES).map((f) => [f.label, f.value]));

describe('facts shown in the panel', () => {
  it('gives the Durand Line its length and source', () => {
    expect(lines('durand-line')).toMatchObject({
      'Length on this map': '2,654 km',
      Source: 'OpenStreetMap contributors (ODbL 1.0)',
    });
  });
  it('gives a province its area and share of the border', () => {
    const k = lines('kunar');
    expect(k.Area).toMatch(/^\d{1,2},\d{3} km²$/);
    expect(k['On the Durand Line']).toMatch(/^\d+ km \(\d+% of the border\)$/);
  });
  it('gives a crossing its distance to the border and the nearest capital', () => {
    expect(lines('friendship-gate')['From the border']).toBe('on the line');
    expect(lines('torkham')['Nearest capital']).toMatch(/^Kabul, 1\d\d km$/);
    expect(lines('chaman')['From the border']).toBe('4.3 km');
  });
  it('describes kind and country', () => {
    expect(kindLine(placeById('torkham')!)).toBe('border crossing · Pakistan');
    expect(kindLine(placeById('pakistan')!)).toBe('country');
  });
  it('shows nothing for a place without facts', () => {
    expect(factLines(undefined, GEO_SOURCES)).toEqual([]);
  });
});
