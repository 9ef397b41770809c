import { describe, expect, it, vi } from 'vitest';
import { loadGeoJson } from './geodata.ts';

const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] };
const respond =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('loadGeoJson', () => {
  it('returns a feature collection', async () => {
    await expect(loadGeoJson('geo/x.geojson', { fetchFn: respond(JSON.stringify(fc)) })).resolves.toEqual(fc);
  });
  it('names the HTTP status', async () => {
    await expect(loadGeoJson('geo/x.geojson', { fetchFn: respond('nope', 404) })).rejects.toThrow(/x\.geojson.*404/);
  });
  it('says when the body is not JSON', async () => {
    await expect(loadGeoJson('geo/x.geojson', { fetchFn: respond('{"type":"Feat') })).rejects.toThrow(/not valid JSON/);
  });
  it('says when the JSON holds no features', async () => {
    await expect(loadGeoJson('geo/x.geojson', { fetchFn: respond('{"type":"Point"}') })).rejects.toThrow(/no features/);
  });
  it('decodes places shipped as TopoJSON, each shared edge once', async () => {
    // Two squares sharing the edge x = 1: three arcs, the middle one used by both.
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [1, 0],
          [0, 0],
          [0, 1],
          [1, 1],
        ],
        [
          [1, 1],
          [1, 0],
        ],
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ],
      ],
      objects: {
        places: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'west' } },
            { type: 'Polygon', arcs: [[2, 1]], properties: { id: 'east' } },
          ],
        },
      },
    };
    const got = await loadGeoJson('geo/x.topo.json', { fetchFn: respond(JSON.stringify(topo)) });
    expect(got.features.map((f) => f.properties!.id)).toEqual(['west', 'east']);
    expect(got.features[1]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 0],
        ],
      ],
    });
  });
  it('says a topology is damaged when it holds no places or its arcs do not add up', async () => {
    const empty = { type: 'Topology', arcs: [], objects: {} };
    await expect(loadGeoJson('geo/x.topo.json', { fetchFn: respond(JSON.stringify(empty)) })).rejects.toThrow(
      /x\.topo\.json\) is damaged: it holds no features/,
    );
    const broken = {
      type: 'Topology',
      arcs: [],
      objects: { places: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
    };
    await expect(loadGeoJson('geo/x.topo.json', { fetchFn: respond(JSON.stringify(broken)) })).rejects.toThrow(
      /damaged/,
    );
  });
  it('gives up after the timeout', async () => {
    const hang: typeof fetch = (_u, init) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(loadGeoJson('geo/x.geojson', { fetchFn: hang, timeoutMs: 20 })).rejects.toThrow(/longer than/);
  });
});

describe('loadAllGeo', () => {
  it('shares one prefetch and fetches again for a retry', async () => {
    const { loadAllGeo } = await import('./geodata.ts');
    const first = loadAllGeo();
    expect(loadAllGeo()).toBe(first);
    const retry = loadAllGeo({ fresh: true });
    expect(retry).not.toBe(first);
    expect(loadAllGeo()).toBe(retry);
    await Promise.allSettled([first, retry]);
  });

  it('keeps the data that arrived, and forgets it for a retry and for data a retry replaced', async () => {
    const { arrivedGeo, loadAllGeo } = await import('./geodata.ts');
    const gates: (() => void)[] = [];
    const gated = vi.fn<typeof fetch>(
      () => new Promise((resolve) => gates.push(() => resolve(new Response(JSON.stringify(fc))))),
    );
    vi.stubGlobal('fetch', gated);
    try {
      const first = loadAllGeo({ fresh: true });
      expect(arrivedGeo()).toBeNull();
      for (const open of gates.splice(0)) open();
      await first;
      expect(arrivedGeo()).toEqual([fc, fc]);

      // A retry forgets it at once; a superseded load that finishes late does not set it.
      const slow = loadAllGeo({ fresh: true });
      const slowGates = gates.splice(0);
      const retry = loadAllGeo({ fresh: true });
      expect(arrivedGeo()).toBeNull();
      for (const open of slowGates) open();
      await slow;
      expect(arrivedGeo()).toBeNull();
      for (const open of gates.splice(0)) open();
      await retry;
      expect(arrivedGeo()).toEqual([fc, fc]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
