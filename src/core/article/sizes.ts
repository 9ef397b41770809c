// Sizes as the reader reads them, in the unit and precision that make a
// comparison with a limit true: a file one byte over 12 MB is not "12.0 MB".
// Pure. (MB here is 1024 × 1024 bytes, as the limits are.)

const MiB = 1024 * 1024;
const grouped = (n: number) => n.toLocaleString('en-GB');

/** A size beside a limit: one decimal of a MB where that tells them apart, else exact bytes. */
export function sizeBeside(bytes: number, limit: number): string {
  const mb = (bytes / MiB).toFixed(1);
  return mb === (limit / MiB).toFixed(1) || (bytes > limit && Number(mb) <= limit / MiB)
    ? `${grouped(bytes)} bytes`
    : `${mb} MB`;
}

/** A limit as the reader reads it ("5 MB"), exact in bytes where the size beside it is. */
export function limitText(bytes: number, limit: number): string {
  const whole = `${grouped(Math.round((limit / MiB) * 10) / 10)} MB`;
  return sizeBeside(bytes, limit).endsWith('bytes') ? `${whole} (${grouped(limit)} bytes)` : whole;
}

/** “name” is SIZE; the explorer opens WHAT up to LIMIT. */
export function tooLarge(name: string, bytes: number, limit: number, what: string): string {
  return `${name} is ${sizeBeside(bytes, limit)}; the explorer opens ${what} up to ${limitText(bytes, limit)}.`;
}

/** The most text the explorer opens, however it arrives (a file, a paste, a bundle, the library, a link). */
export const MAX_TEXT_BYTES = 5 * MiB;

/** The text's size in UTF-8 bytes when it is over the limit, else 0. */
export function textOverLimit(text: string): number {
  // Each UTF-16 unit is at most 3 bytes of UTF-8: most texts need no count.
  if (text.length * 3 <= MAX_TEXT_BYTES) return 0;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_TEXT_BYTES ? bytes : 0;
}
