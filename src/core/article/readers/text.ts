// Plain text: blank-line-separated blocks, as the seed is written.
import { buildArticle, isOpeningSentence, MAX_TITLE } from './blocks.ts';
import type { Article } from '../passages.ts';

/** A line that says who published or wrote the piece. */
const SOURCE_LINE = /^(?:source:\s*(.+)|(by\s+\S.*))$/i;

/**
 * Read plain text. The title is the first line of the first block; a
 * `Source: …` line or a byline (`By …`) in the first two blocks is the
 * article's source, taken out of the text so that it is not searched for places.
 */
export function readText(text: string): Article {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  let source = '';
  for (let i = 0; i < Math.min(2, blocks.length) && !source; i++) {
    const lines = blocks[i]!.split('\n');
    const at = lines.findIndex((l) => SOURCE_LINE.test(l.trim()));
    if (at < 0) continue;
    const m = SOURCE_LINE.exec(lines[at]!.trim())!;
    source = (m[1] ?? m[2] ?? '').trim();
    lines.splice(at, 1);
    blocks[i] = lines.join('\n').trim();
  }
  // A text with no blank line at all (pasted from a PDF or a mail) is one block: its short first line is the
  // title, and the rest a paragraph under it rather than part of one great headline.
  if (blocks.length === 1 && blocks[0]!.includes('\n')) {
    const [first, ...rest] = blocks[0]!.split('\n');
    if (first!.length <= MAX_TITLE && !isOpeningSentence(first!)) blocks.splice(0, 1, first!, rest.join('\n').trim());
  }
  return buildArticle(
    blocks.filter((b) => b.length > 0).map((t) => ({ text: t })),
    source,
    true,
  );
}
