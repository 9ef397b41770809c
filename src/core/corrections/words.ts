// The words of a selection that can name a place: without the quotes and
// punctuation around them, and without a possessive ("Khar's market" names
// Khar). Pure.

/** Leading characters that are never part of a name: quotes, brackets, dashes, spaces. */
const LEADING = /^[\s"“”‘’'«»‹›([{—–-]+/u;
/** Trailing punctuation: full stops, commas, colons, quotes, brackets, dashes, spaces. */
const TRAILING = /[\s"“”‘’'«»‹›)\]}.,;:!?…—–-]+$/u;
/** An English possessive at the end: 's or ’s, or the bare apostrophe after an s ("the Afridis’"). */
const POSSESSIVE = /(?:['’ʼ]s|(?<=s)['’ʼ])$/u;

/** Where the name stands in a selected stretch of text: its offset from the stretch's start, and its words. */
export function nameInSelection(raw: string): { offset: number; words: string } {
  let words = raw;
  let offset = 0;
  for (;;) {
    const before = words;
    const lead = LEADING.exec(words)?.[0].length ?? 0;
    offset += lead;
    words = words.slice(lead).replace(TRAILING, '').replace(POSSESSIVE, '');
    if (words === before) return { offset, words };
  }
}
