// What every reader (text, Markdown, HTML) ends with: blocks of text, made
// into numbered passages by one rule.
import { isHeading, type Article, type Passage } from '../passages.ts';

/** A block of text as a reader found it; `heading` when its format says so. */
export interface Block {
  text: string;
  heading?: boolean;
  /** The block the format names as the title (Markdown's first heading, HTML's h1). */
  title?: boolean;
}

/**
 * Text as it can be shown: no control characters but line breaks and tabs,
 * no lone surrogates (each becomes U+FFFD), and runs of spaces and tabs
 * inside a line made one space.
 */
export function cleanText(s: string): string {
  return (
    s
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .replace(/[ \t\u00A0]+/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .trim()
  );
}

/**
 * Number the blocks as passages from 1. The title block (or else the first)
 * is the title passage; blocks after it are headings where the format says
 * so, or, for plain text, where they look like one (a short line that ends
 * no sentence, nor with a colon) and stand alone (a run of them is a list);
 * each paragraph knows the heading of its section.
 */
export function buildArticle(blocks: readonly Block[], source: string, plain: boolean): Article {
  const kept = blocks.map((b) => ({ ...b, text: cleanText(b.text) })).filter((b) => b.text.length > 0);
  const titleAt = Math.max(
    0,
    kept.findIndex((b) => b.title),
  );
  let section = 0;
  // A first line too long to be a title (a text with no break at all), or a sentence of a story's opening
  // (a paste that starts with its first paragraph), is a paragraph; the title is cut from it.
  const firstLine = kept[titleAt]?.text.split('\n')[0] ?? '';
  const untitled = !kept[titleAt]?.title && (firstLine.length > MAX_TITLE || isOpeningSentence(firstLine));
  // In plain text a heading stands alone: a run of short lines is a list ("Barawal 3", "Chapar 3"),
  // and a line that ends with a colon leads into what follows.
  const looks = (i: number) =>
    plain && i > titleAt && i < kept.length && isHeading(kept[i]!.text) && !/:$/u.test(kept[i]!.text);
  const passages = kept.map((b, i): Passage => {
    const n = i + 1;
    if (i === titleAt && !untitled) return { n, kind: 'title', text: b.text, section: 0 };
    if (b.heading || (looks(i) && !looks(i - 1) && !looks(i + 1))) {
      section = n;
      return { n, kind: 'heading', text: b.text, section: n };
    }
    return { n, kind: 'paragraph', text: b.text, section };
  });
  const title = shortTitle(passages[titleAt]?.text.split('\n')[0] ?? '');
  return { title, source: cleanText(source), passages };
}

/** The fewest words of a first line that ends as a sentence does for it to be the story's opening, not its headline. */
export const MIN_OPENING_WORDS = 10;

/**
 * Whether a first line reads as a story's opening sentence rather than a headline: headlines end
 * without a full stop ("Talks resume at Torkham"); a line of MIN_OPENING_WORDS words or more that
 * ends with one, or with a question or exclamation mark, maybe inside a quote or a bracket, opens
 * the story ("KABUL — Talks resumed at Torkham on Monday after a week of closure, officials said.").
 */
export function isOpeningSentence(line: string): boolean {
  return /[.!?]['"’”)\]]*$/u.test(line.trim()) && line.trim().split(/\s+/u).length >= MIN_OPENING_WORDS;
}

/** The longest title the library, file names and exports carry; a text with no short first block is cut. */
export const MAX_TITLE = 200;

/** A title of at most MAX_TITLE characters, cut at a word with an ellipsis. Pure. */
export function shortTitle(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
