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

/** What a file says of itself, beside its text: when it was published and by whom (as written there). */
export interface ArticleMeta {
  /** The publication date as the file gives it, e.g. '2025-10-20T08:15:00+05:00'. */
  date?: string;
  /** The outlet's name as the file gives it, e.g. 'Dawn'. */
  outlet?: string;
}

/** The parsed article. */
export interface Article {
  /** What the library and file names call it: the text of its title passage. */
  title: string;
  /** Who published or wrote it ('' when nothing says): shown under the title, never searched for places. */
  source: string;
  passages: Passage[];
  /** What the file says of its publication, where it says anything (HTML metadata, Markdown front matter). */
  meta?: ArticleMeta;
  /** When it was published and by whom, as the library keeps it (found, set by the reader, or the day it was opened). */
  published?: Published;
}

/** An article's date and outlet as the library keeps them. */
export interface Published {
  /** 'YYYY-MM-DD', or 'YYYY-MM' where only the month is known. */
  date: string;
  /** How the date was had: the file's metadata, its source line, its text, the reader, or the day it was opened. */
  dateFrom: 'meta' | 'source' | 'text' | 'reader' | 'opened';
  outlet: string;
}

/** A source that is a byline ("By Jane Doe") is shown as it is, not after "Source:". */
export const isByline = (source: string) => /^by\s/i.test(source);

// A heading is one short line that does not end a sentence with a full stop or a quote.
export const isHeading = (t: string) => t.length <= 120 && !/[.”"’]$/.test(t) && !t.includes('\n');

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
  return { title: passages[1]?.text ?? passages[0]?.text ?? '', source, passages };
}

/**
 * The article under a title the reader gave: its title, and the text of its
 * title passage, so that the heading shows it (and its places are found in it).
 */
export function retitle(article: Article, title: string): Article {
  const t = title.trim();
  if (!t || t === article.title) return article;
  const at = article.passages.findIndex((p) => p.kind === 'title');
  const passages = at < 0 ? article.passages : article.passages.map((p, i) => (i === at ? { ...p, text: t } : p));
  return { ...article, title: t, passages };
}
