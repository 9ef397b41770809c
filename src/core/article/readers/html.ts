// HTML: the text of its block elements. Parsed by htmlparser2 into a plain
// tree of objects, not a DOM document: no element is ever created, so nothing
// in the file runs, loads, applies a style or even asks the page's Content
// Security Policy (a DOMParser document reports every inline style and handler
// it parses). Navigation and other chrome are dropped.
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { isTag, type Element } from 'domhandler';
import { buildArticle, type Block } from './blocks.ts';
import type { Article, ArticleMeta } from '../passages.ts';

/** Never text of the article. */
const CHROME = new Set(
  'script style noscript template iframe frame object embed svg math canvas video audio nav footer aside form button select input textarea menu dialog head'.split(
    ' ',
  ),
);
const BLOCK = new Set('h1 h2 h3 h4 h5 h6 p li blockquote pre dt dd figcaption td th caption'.split(' '));
const HEADING = /^h[1-6]$/;

/** A byline as a page writes it under the headline: "By Jane Doe", short. */
const BYLINE = /^by\s+\S.{0,100}$/i;
/** How many blocks after the title a byline may stand. */
const BYLINE_WITHIN = 2;

const within = (el: Element, names: readonly string[]) => {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && names.includes(p.name)) return true;
  return false;
};
/** Chrome: an element never read, or a page's own header (not an article's). */
const isChrome = (el: Element) =>
  CHROME.has(el.name) ||
  'hidden' in el.attribs ||
  el.attribs['aria-hidden'] === 'true' ||
  (el.name === 'header' && !within(el, ['article', 'main']));

/** Metadata that names the publication date: `<meta property|name|itemprop="…" content>`, most trusted first. */
const DATE_METAS = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
];
/** A JSON-LD node that is the article itself (rather than the page or the site). */
const ARTICLE_TYPE = /article|posting|report/i;

type JsonNode = Record<string, unknown>;
const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const firstString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : Array.isArray(v) ? firstString(v[0]) : undefined;

const typesOf = (n: JsonNode) =>
  [n['@type']]
    .flat()
    .filter((t): t is string => typeof t === 'string')
    .join(' ');

/** Every object in a JSON-LD value, in document order: arrays, `@graph` and nested nodes all opened. */
function nodesOf(v: unknown, out: JsonNode[], depth = 0): JsonNode[] {
  if (depth > 12) return out;
  if (Array.isArray(v)) for (const x of v) nodesOf(x, out, depth + 1);
  else if (isNode(v)) {
    out.push(v);
    for (const x of Object.values(v)) nodesOf(x, out, depth + 1);
  }
  return out;
}

/** The publication date and publisher's name that a page's JSON-LD gives its article. */
function jsonLd(doc: ReturnType<typeof parseDocument>): { date?: string; publisher?: string } {
  const nodes: JsonNode[] = [];
  const scripts = findAll(
    (e) => e.name === 'script' && /^\s*application\/ld\+json\b/i.test(e.attribs.type ?? ''),
    doc.children,
  );
  for (const script of scripts) {
    const json = textContent(script)
      .trim()
      .replace(/^<!--|-->$/g, '');
    try {
      nodesOf(JSON.parse(json), nodes);
    } catch {
      // Not JSON: a page's mistake, read as no metadata.
    }
  }
  const dated = nodes.filter((n) => firstString(n.datePublished));
  const article = dated.find((n) => ARTICLE_TYPE.test(typesOf(n))) ?? dated[0];
  if (!article) return {};
  // The publisher: a node, one of a list, or a reference to a node elsewhere in the graph.
  let publisher = [article.publisher].flat()[0];
  if (isNode(publisher) && !publisher.name && typeof publisher['@id'] === 'string') {
    const id = publisher['@id'];
    publisher = nodes.find((n) => n['@id'] === id && n.name) ?? publisher;
  }
  return {
    date: firstString(article.datePublished),
    publisher: isNode(publisher) ? firstString(publisher.name) : firstString(publisher),
  };
}

/** Take chrome out of the tree before any text is read. */
function dropChrome(nodes: Element['children']): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (!isTag(n)) continue;
    if (isChrome(n)) nodes.splice(i, 1);
    else dropChrome(n.children);
  }
}

/** Read an HTML document. `<h1>` (else `<title>`) is the title; `<meta name="author">` or a byline gives the source. */
export function readHtml(html: string): Article {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = (attr: string, value: string) =>
    getAttributeValue(
      findOne((e) => e.name === 'meta' && e.attribs[attr]?.toLowerCase() === value, doc.children) ??
        ({ attribs: {} } as Element),
      'content',
    )?.trim();
  const author = meta('name', 'author');
  const site = meta('property', 'og:site_name');
  // Read before chrome goes: the head's metadata and the JSON-LD scripts are chrome.
  const ld = jsonLd(doc);
  const itemprop = findOne((e) => e.attribs.itemprop?.toLowerCase() === 'datepublished', doc.children);
  const published =
    DATE_METAS.map((name) => meta('property', name) || meta('name', name) || meta('itemprop', name)).find(Boolean) ||
    (itemprop && (itemprop.attribs.content || itemprop.attribs.datetime || textContent(itemprop)).trim()) ||
    ld.date;
  const pageTitle = findOne((e) => e.name === 'title', doc.children);
  const titleText = pageTitle ? textContent(pageTitle).replace(/\s+/g, ' ').trim() : '';
  dropChrome(doc.children);
  const root =
    findOne((e) => e.name === 'article', doc.children) ?? findOne((e) => e.name === 'main', doc.children) ?? doc;
  const h1 = findOne((e) => e.name === 'h1', root.children);
  const blocks: Block[] = [];
  if (!h1 && titleText) blocks.push({ text: titleText, title: true });
  for (const el of findAll((e) => BLOCK.has(e.name), root.children)) {
    // The innermost blocks only: a list item holding paragraphs gives the paragraphs.
    if (findOne((e) => BLOCK.has(e.name), el.children)) continue;
    const raw = textContent(el);
    const text = el.name === 'pre' ? raw : raw.replace(/\s+/g, ' ');
    blocks.push({ text, heading: HEADING.test(el.name), title: el === h1 });
  }
  // Text outside any block element (a bare body) still counts.
  if (blocks.every((b) => b.title)) {
    for (const part of textContent(root).split(/\n\s*\n/)) blocks.push({ text: part.replace(/\s+/g, ' ') });
  }
  // A byline just under the title is who wrote it, not a passage.
  const titleAt = Math.max(
    0,
    blocks.findIndex((b) => b.title),
  );
  const bylineAt = blocks.findIndex(
    (b, i) => i > titleAt && i <= titleAt + BYLINE_WITHIN && !b.heading && BYLINE.test(b.text.trim()),
  );
  const byline = bylineAt >= 0 ? blocks.splice(bylineAt, 1)[0]!.text.trim() : '';
  const article = buildArticle(blocks, site || byline || (author ? `By ${author}` : ''), false);
  // The date the page gives, else the first <time> in the article's text that holds a date.
  const time = findOne((e) => e.name === 'time' && /^\s*\d{4}-\d{2}/.test(e.attribs.datetime ?? ''), root.children);
  const date = published || time?.attribs.datetime?.trim();
  const outlet = site || ld.publisher;
  const facts: ArticleMeta = { ...(date ? { date } : {}), ...(outlet ? { outlet } : {}) };
  return date || outlet ? { ...article, meta: facts } : article;
}
