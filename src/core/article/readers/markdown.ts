// Markdown: block structure from a real parser (marked's lexer). Nothing is
// rendered as HTML: links, images and raw HTML become their text.
import { Lexer, type Token, type Tokens } from 'marked';
import { buildArticle, type Block } from './blocks.ts';
import type { Article, ArticleMeta } from '../passages.ts';

/**
 * `---` front matter at the very start: its `source:` (or `author:`) line; its
 * `date:` (or `published:`, where that is a date and not Jekyll's true/false)
 * and `outlet:` (or `source:`) as metadata; and the body after it.
 */
function frontMatter(md: string): { source: string; meta: ArticleMeta; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(md);
  if (!m) return { source: '', meta: {}, body: md };
  const field = (key: string) =>
    new RegExp(`^${key}:[ \\t]*(.*)$`, 'im')
      .exec(m[1]!)?.[1]
      ?.trim()
      .replace(/^(['"])(.*)\1$/, '$2') ?? '';
  const author = field('author');
  const date = [field('date'), field('published')].find((d) => /\d{4}/.test(d));
  const outlet = field('outlet') || field('source');
  return {
    source: field('source') || (author ? `By ${author}` : ''),
    meta: { ...(date ? { date } : {}), ...(outlet ? { outlet } : {}) },
    body: md.slice(m[0].length),
  };
}

/** The words of inline tokens, as a reader sees them. */
function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'br':
        out += '\n';
        break;
      case 'image':
        out += (t as Tokens.Image).text;
        break;
      case 'codespan':
      case 'escape':
        out += (t as Tokens.Codespan).text;
        break;
      case 'html':
        // Raw HTML is shown as the text it is, never interpreted.
        out += t.raw;
        break;
      default:
        out += 'tokens' in t && t.tokens ? inline(t.tokens) : 'text' in t ? String(t.text) : t.raw;
    }
  }
  return out;
}

function blocksOf(tokens: readonly Token[], out: Block[]) {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.push({ text: inline((t as Tokens.Heading).tokens), heading: true });
        break;
      case 'paragraph':
      case 'text':
        out.push({ text: inline((t as Tokens.Paragraph).tokens) || (t as Tokens.Text).text });
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) blocksOf(item.tokens, out);
        break;
      case 'blockquote':
        blocksOf((t as Tokens.Blockquote).tokens, out);
        break;
      case 'code':
        out.push({ text: (t as Tokens.Code).text });
        break;
      case 'html':
        out.push({ text: t.raw });
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows])
          out.push({ text: row.map((c) => inline(c.tokens)).join(' · ') });
        break;
      }
      default:
        break;
    }
  }
}

/** Read Markdown: headings, paragraphs, list items and quotes become passages; the first heading is the title. */
export function readMarkdown(md: string): Article {
  const { source, meta, body } = frontMatter(md);
  const blocks: Block[] = [];
  blocksOf(new Lexer({ gfm: true }).lex(body), blocks);
  const first = blocks.findIndex((b) => b.heading);
  if (first >= 0) blocks[first] = { ...blocks[first]!, title: true };
  const article = buildArticle(blocks, source, false);
  return meta.date || meta.outlet ? { ...article, meta } : article;
}
