/** What a block of the article is. */
export type PassageKind = 'headline' | 'title' | 'heading' | 'paragraph';

/** One block of the article, numbered from 1 in article order. */
export interface Passage {
  n: number;
  kind: PassageKind;
  text: string;
  /** For paragraphs and headings: the number of the section heading above (0 before the first). */
  section: number;
}

/** The parsed article. */
export interface Article {
  /** The outlet, as the headline's last words name it. */
  source: string;
  passages: Passage[];
}

// A heading is one short line that does not end a sentence with a full stop or a quote.
const isHeading = (t: string) => t.length <= 120 && !/[.”"’]$/.test(t) && !t.includes('\n');

/**
 * Split the document into passages: blocks separated by lines that are empty or
 * hold only white space. Block 1 is the headline (it ends with the outlet's
 * name, `source`), block 2 the display title; after that, short unpunctuated
 * lines are section headings and everything else a paragraph.
 */
export function parseArticle(text: string, source: string): Article {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  let section = 0;
  const passages = blocks.map((t, i): Passage => {
    const n = i + 1;
    if (n === 1) return { n, kind: 'headline', text: t, section: 0 };
    if (n === 2) return { n, kind: 'title', text: t, section: 0 };
    if (isHeading(t)) {
      section = n;
      return { n, kind: 'heading', text: t, section: n };
    }
    return { n, kind: 'paragraph', text: t, section };
  });
  return { source, passages };
}
