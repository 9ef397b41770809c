import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writeArchive, type ArchiveTile } from './pmtiles-write.ts';

/** The archive as a reader sees it: bytes by range, as HTTP Range requests give them. */
const memory = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
});

const OPTIONS = {
  minZoom: 7,
  maxZoom: 10,
  bounds: [58, 23, 78, 39] as [number, number, number, number],
  center: [69.2, 33.5, 7] as [number, number, number],
  metadata: { name: 'test', vector_layers: [{ id: 'water' }] },
};

const tile = (z: number, x: number, y: number, body: string): ArchiveTile => ({
  z,
  x,
  y,
  data: gzipSync(Buffer.from(body)),
});

const text = (r: { data: ArrayBuffer } | undefined) => (r ? Buffer.from(r.data).toString() : undefined);

describe('the PMTiles writer', () => {
  it('writes an archive the pmtiles reader reads: header, metadata, every tile, and no other', async () => {
    const tiles = [tile(7, 88, 51, 'a'), tile(8, 177, 102, 'b'), tile(10, 712, 410, 'c'), tile(10, 713, 410, 'a')];
    const archive = new PMTiles(memory(writeArchive(tiles, OPTIONS)));
    const h = await archive.getHeader();
    expect([h.specVersion, h.minZoom, h.maxZoom, h.tileType, h.clustered]).toEqual([3, 7, 10, 1, true]);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([58, 23, 78, 39]);
    expect([h.numAddressedTiles, h.numTileContents]).toEqual([4, 3]); // the repeated 'a' is stored once
    expect(await archive.getMetadata()).toEqual(OPTIONS.metadata);
    for (const t of tiles) expect(text(await archive.getZxy(t.z, t.x, t.y))).toBe(gunzipSync(t.data).toString());
    expect(await archive.getZxy(9, 356, 205)).toBeUndefined();
  });

  it('round-trips any set of tiles, runs of the same bytes included', async () => {
    const address = fc.record({ z: fc.integer({ min: 7, max: 10 }), x: fc.nat(1023), y: fc.nat(1023) });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(address, fc.constantFrom('x', 'y', 'zz')), {
          selector: ([a]) => `${a.z}/${a.x % 2 ** a.z}/${a.y % 2 ** a.z}`,
          minLength: 1,
          maxLength: 60,
        }),
        async (list) => {
          const tiles = list.map(([a, body]) => tile(a.z, a.x % 2 ** a.z, a.y % 2 ** a.z, body));
          const archive = new PMTiles(memory(writeArchive(tiles, OPTIONS)));
          for (const t of tiles) expect(text(await archive.getZxy(t.z, t.x, t.y))).toBe(gunzipSync(t.data).toString());
        },
      ),
      { numRuns: 40 },
    );
  });
});
