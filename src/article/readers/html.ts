// HTML: the text of its block elements, parsed with the browser's DOMParser
// into a document that is never inserted into the page (scripts in it never
// run, its images never load). Navigation and other chrome are dropped.
import { buildArticle, type Block } from './blocks.ts';
import type { Article } from '../passages.ts';

/** Never text of the article. */
const CHROME =
  'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, video, audio, nav, footer, aside, form, button, select, input, textarea, menu, dialog, [hidden], [aria-hidden="true"]';
const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, figcaption, td, th, caption';

/** Read an HTML document. `<h1>` (else `<title>`) is the title; `<meta name="author">` gives a byline. */
export function readHtml(html: string, parser: DOMParser = new DOMParser()): Article {
  const doc = parser.parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(CHROME)) el.remove();
  // A page's own header (not an article's) is chrome too.
  for (const el of doc.querySelectorAll('header')) if (!el.closest('article, main')) el.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const blocks: Block[] = [];
  const h1 = root.querySelector('h1');
  if (!h1 && doc.title.trim()) blocks.push({ text: doc.title, title: true });
  for (const el of root.querySelectorAll(BLOCK)) {
    // The innermost blocks only: a list item holding paragraphs gives the paragraphs.
    if (el.querySelector(BLOCK)) continue;
    const pre = el.tagName === 'PRE';
    const text = pre ? (el.textContent ?? '') : (el.textContent ?? '').replace(/\s+/g, ' ');
    blocks.push({ text, heading: /^H[1-6]$/.test(el.tagName), title: el === h1 });
  }
  // Text outside any block element (a bare body) still counts.
  if (blocks.every((b) => b.title)) {
    for (const part of (root.textContent ?? '').split(/\n\s*\n/)) blocks.push({ text: part.replace(/\s+/g, ' ') });
  }
  const author = doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim();
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return buildArticle(blocks, site || (author ? `By ${author}` : ''), false);
}
