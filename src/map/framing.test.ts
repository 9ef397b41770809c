import { describe, expect, it } from 'vitest';
import { placeById } from '../core/places/gazetteer.ts';
import { factsOf } from '../core/places/place-data.ts';
import { framingFor, framingForAll } from './framing.ts';

const frame = (id: string) => framingFor(placeById(id)!.kind, factsOf(id));

describe('framingFor', () => {
  it('centres a crossing close enough to see the border', () => {
    expect(frame('torkham')).toEqual({ type: 'center', center: [71.085, 34.115], zoom: 9.5 });
  });
  it('frames provinces and the border by their bounds', () => {
    const f = frame('kunar');
    expect(f.type).toBe('bounds');
    const d = frame('durand-line');
    expect(d).toMatchObject({
      type: 'bounds',
      bounds: [
        [60.873, 29.377],
        [74.565, 37.031],
      ],
    });
  });
  it('frames far countries, but not a shape wider than half the world', () => {
    expect(frame('russia').type).toBe('bounds');
    expect(frame('united-states').type).toBe('bounds');
    expect(
      framingFor('country', { bbox: [-180, 0, 180, 10], anchor: [0, 5], geometry: 'area', source: 'x' }).type,
    ).toBe('none');
  });
  it('frames Central Asia', () => {
    expect(frame('central-asia').type).toBe('bounds');
  });
});

describe('framingForAll', () => {
  it('frames the bounds around every place, leaving out those of continental size', () => {
    const f = framingForAll(['torkham', 'chaman', 'united-states', 'nowhere'].map(factsOf));
    const [t, c] = [factsOf('torkham')!.bbox, factsOf('chaman')!.bbox];
    expect(f).toEqual({
      type: 'bounds',
      bounds: [
        [Math.min(t[0], c[0]), Math.min(t[1], c[1])],
        [Math.max(t[2], c[2]), Math.max(t[3], c[3])],
      ],
      maxZoom: 9,
    });
  });
  it('frames a continental place when it is all there is', () => {
    expect(framingForAll([factsOf('united-states')])).toMatchObject({
      type: 'bounds',
      bounds: [
        [-171.79, 18.92],
        [-66.97, 71.36],
      ],
    });
  });
  it('frames nothing when no place can be framed', () => {
    expect(framingForAll([]).type).toBe('none');
  });
});

describe('places of the regional gazetteer', () => {
  it('centres a point on its anchor', () => {
    const f = {
      bbox: [69.5725, 32.29889, 69.5725, 32.29889] as [number, number, number, number],
      anchor: [69.5725, 32.29889] as [number, number],
      geometry: 'point' as const,
      source: 'geonames',
    };
    expect(framingFor('town', f)).toEqual({ type: 'center', center: [69.5725, 32.29889], zoom: 10 });
  });
  it('frames a place put beside a town with that town, as closely as the town itself', () => {
    const f = {
      bbox: [69.57, 32.29, 69.61, 32.32] as [number, number, number, number],
      anchor: [69.61, 32.32] as [number, number],
      geometry: 'point' as const,
      source: 'article',
      pointNote: 'text' as const,
      beside: 'miranshah',
    };
    expect(framingFor('town', f)).toEqual({
      type: 'bounds',
      bounds: [
        [69.57, 32.29],
        [69.61, 32.32],
      ],
      maxZoom: 10,
    });
  });
  it('frames a country shown as a point by its bounds, not a corner of them', () => {
    const f = {
      bbox: [-4.59, 42.34, 8.1, 51.15] as [number, number, number, number],
      anchor: [2.42, 46.61] as [number, number],
      geometry: 'point' as const,
      source: 'natural-earth',
    };
    expect(framingFor('country', f)).toMatchObject({
      type: 'bounds',
      bounds: [
        [-4.59, 42.34],
        [8.1, 51.15],
      ],
    });
  });
});

describe('framing, at its edges', () => {
  const facts = (bbox: [number, number, number, number], geometry: 'point' | 'line' | 'area' = 'area') => ({
    bbox,
    anchor: [bbox[0], bbox[1]] as [number, number],
    geometry,
    source: 'test',
  });
  it('frames a line or an area of no extent by its bounds, and a point with extent too', () => {
    expect(framingFor('town', facts([70, 33, 70, 33], 'area')).type).toBe('bounds');
    expect(framingFor('town', facts([70, 33, 71, 33], 'point')).type).toBe('bounds');
    expect(framingFor('town', facts([70, 33, 70, 34], 'point')).type).toBe('bounds');
  });
  it('frames up to half the world, and no more', () => {
    expect(framingFor('country', facts([0, 0, 180, 10])).type).toBe('bounds');
    expect(framingFor('country', facts([0, 0, 180.5, 10])).type).toBe('none');
  });
  it('frames countries and regions less closely than provinces', () => {
    const maxZoom = (kind: Parameters<typeof framingFor>[0]) =>
      (framingFor(kind, facts([60, 30, 70, 38])) as { maxZoom: number }).maxZoom;
    expect([maxZoom('country'), maxZoom('region'), maxZoom('province'), maxZoom('border')]).toEqual([6, 6, 9, 9]);
  });
  it('all at once: the story’s region first, a neighbour’s province or a far country only when nothing is in it', () => {
    // Villages of Waziristan and Xinjiang: the view is the border's.
    const xinjiang = { ...facts([73.5, 34.3, 96.4, 49.2]), anchor: [85.9, 41.3] as [number, number] };
    expect(framingForAll([facts([69.5, 32.5, 70.5, 33.5]), xinjiang])).toMatchObject({
      bounds: [
        [69.5, 32.5],
        [70.5, 33.5],
      ],
    });
    expect(framingForAll([xinjiang])).toMatchObject({
      bounds: [
        [73.5, 34.3],
        [96.4, 49.2],
      ],
    });
  });
  it('all at once: a country of the story’s region left out while the story names smaller places there', () => {
    const afghanistan = { ...facts([60.5, 29.4, 74.9, 38.5]), anchor: [66, 33.8] as [number, number] };
    const kandahar = { ...facts([64.5, 30.3, 67.4, 32.4]), anchor: [65.7, 31.6] as [number, number] };
    const helmand = { ...facts([61.8, 29.9, 65.4, 34.4]), anchor: [64.1, 31.4] as [number, number] };
    expect(framingForAll([afghanistan, kandahar, helmand])).toMatchObject({
      bounds: [
        [61.8, 29.9],
        [67.4, 34.4],
      ],
    });
    // A country alone is framed whole.
    expect(framingForAll([afghanistan])).toMatchObject({
      bounds: [
        [60.5, 29.4],
        [74.9, 38.5],
      ],
    });
  });
  it('all at once: continental places left out while smaller ones remain, those over half the world always', () => {
    const world = [-180, -90, 180, 90] as const;
    const f = framingForAll([facts([60, 30, 70, 38]), facts([0, 0, 45, 10]), facts([-170, 10, 20, 70])], world);
    expect(f).toMatchObject({
      bounds: [
        [0, 0],
        [70, 38],
      ],
    });
    expect(framingForAll([facts([10, 0, 55.5, 10]), facts([60, 30, 70, 38])], world)).toMatchObject({
      bounds: [
        [60, 30],
        [70, 38],
      ],
    });
    expect(framingForAll([facts([0, 0, 180, 10])])).toMatchObject({
      bounds: [
        [0, 0],
        [180, 10],
      ],
    });
    expect(framingForAll([facts([0, 0, 180.5, 10])]).type).toBe('none');
    expect(framingForAll([facts([70, 33, 70, 33], 'point')])).toMatchObject({
      bounds: [
        [70, 33],
        [70, 33],
      ],
    });
  });
});
