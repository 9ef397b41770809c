// Which characters the map's label glyphs cover: every character of the shipped
// labels, and every Latin letter (Latin-1, Latin Extended-A, -B and
// Additional) with Basic Latin and the quotes and dashes names are written
// with, so that any place name the regional gazetteer can put on the map
// ("Spīn Bōldak", "Barg-e Matāl", "Qal‘ah-ye Now") has its glyphs. Symbols
// no name uses (© ± ¶) are left out: they would only weigh on the first view.
// Arabic-script names are shown in the panel and the text, where the browser
// shapes them, never as map labels.

/** Inclusive code point ranges whose letters are built. */
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0xc0, 0x24f], // Latin-1 letters, Latin Extended-A and -B
  [0x1e00, 0x1eff], // Latin Extended Additional
];

/** Quotation marks (‘ayn and hamza are often written with them) and dashes. */
const PUNCTUATION = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d]);

const LETTER = /\p{L}/u;

/** Whether the label glyphs hold this code point. */
export function inLabelCharset(c: number): boolean {
  if (c >= 0x20 && c <= 0x7e) return true;
  if (PUNCTUATION.has(c)) return true;
  return LETTER_RANGES.some(([a, b]) => c >= a && c <= b) && LETTER.test(String.fromCodePoint(c));
}

/** Every code point the label glyphs hold beyond the shipped labels' own. */
export function labelCharset(): number[] {
  const out: number[] = [];
  for (const c of [0x20, ...PUNCTUATION]) out.push(c);
  for (let c = 0x21; c <= 0x7e; c++) out.push(c);
  for (const [a, b] of LETTER_RANGES) for (let c = a; c <= b; c++) if (inLabelCharset(c)) out.push(c);
  return out;
}

/** Whether a name can be drawn as a map label with the shipped glyphs. */
export function drawableLabel(name: string): boolean {
  for (const ch of name) if (!inLabelCharset(ch.codePointAt(0)!)) return false;
  return true;
}
