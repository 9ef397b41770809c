// The text of a file's bytes: UTF-8 (with or without a byte-order mark),
// UTF-16 with a mark, and otherwise Windows-1252, the superset of Latin-1
// that older Western files are in. Pure.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the explorer calls each encoding in a notice. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western European, a superset of Latin-1)',
};

/** The encoding a byte-order mark names, if the bytes start with one. */
function marked(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Whether the bytes start with a UTF-16 byte-order mark (their zero bytes are text, not a binary's). */
export const isUtf16 = (bytes: Uint8Array) => marked(bytes)?.startsWith('utf-16') ?? false;

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG Encoding
 * Standard's index; the five bytes it leaves undefined stay as the C1 control
 * of the same number, as browsers decode them). The other bytes are Latin-1's.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252, decoded here: Node's decoder of that name is Latin-1's, which differs at 0x80–0x9F. */
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** The text and the encoding it was read in (the byte-order mark is not part of the text). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const mark = marked(bytes);
  if (mark) return { text: new TextDecoder(mark).decode(bytes), encoding: mark };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte is a character of Windows-1252, so nothing is lost.
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}
