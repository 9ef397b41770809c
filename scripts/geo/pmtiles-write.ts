// A PMTiles v3 archive writer: one file of vector tiles that the map reads by
// HTTP Range requests, tile by tile (https://github.com/protomaps/PMTiles,
// spec v3). The `pmtiles` package reads archives but does not write them; this
// writes the small subset the pipeline needs: one root directory (no leaf
// directories), gzip for the directory and the tiles, tiles clustered in
// tile-id order, identical tiles stored once. Pure but for Node's zlib.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** One tile: its address and its (already gzipped) bytes. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** The archive's JSON metadata (vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
}

/** The header and the root directory must fit in the first 16 KiB, so a reader gets both in one request. */
const ROOT_LIMIT = 16_384;
const HEADER_BYTES = 127;

class Bytes {
  private parts: number[] = [];
  varint(n: number) {
    let v = n;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
  }
  get bytes() {
    return Uint8Array.from(this.parts);
  }
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** A directory as the spec serialises it: counts, then each column delta- or run-encoded. */
function directory(entries: readonly Entry[]): Uint8Array {
  const b = new Bytes();
  b.varint(entries.length);
  let last = 0;
  for (const e of entries) {
    b.varint(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) b.varint(e.runLength);
  for (const e of entries) b.varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0: right after the previous tile's bytes; else the offset plus one.
    b.varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return b.bytes;
}

/** Write an archive of the given tiles. */
export function writeArchive(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const seen = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let dataLength = 0;
  const entries: Entry[] = [];
  for (const t of sorted) {
    const key = Buffer.from(t.data).toString('base64');
    let at = seen.get(key);
    if (!at) {
      at = { offset: dataLength, length: t.data.length };
      seen.set(key, at);
      chunks.push(t.data);
      dataLength += t.data.length;
    }
    const prev = entries.at(-1);
    // A run: the same bytes for consecutive tile ids.
    if (prev && prev.offset === at.offset && prev.tileId + prev.runLength === t.tileId) prev.runLength++;
    else entries.push({ tileId: t.tileId, offset: at.offset, length: at.length, runLength: 1 });
  }
  const root = gzipSync(directory(entries));
  if (HEADER_BYTES + root.length > ROOT_LIMIT) throw new Error(`the root directory is ${root.length} bytes: too large`);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset + dataLength); // no leaf directories: an empty section after the data
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, chunks.length); // tile contents
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(2, 97); // internal compression: gzip
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  header.writeUInt8(options.minZoom, 100);
  header.writeUInt8(options.maxZoom, 101);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w, s, e, n] = options.bounds;
  header.writeInt32LE(e7(w), 102);
  header.writeInt32LE(e7(s), 106);
  header.writeInt32LE(e7(e), 110);
  header.writeInt32LE(e7(n), 114);
  header.writeUInt8(options.center[2], 118);
  header.writeInt32LE(e7(options.center[0]), 119);
  header.writeInt32LE(e7(options.center[1]), 123);

  const out = new Uint8Array(dataOffset + dataLength);
  out.set(header, 0);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
