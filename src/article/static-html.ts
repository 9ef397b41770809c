// The article as static HTML, written into index.html at build time so that it
// is readable before any script has run. React replaces the article with the
// same markup, interactive, once the map has first drawn. Pure: text in, escaped HTML out.
import { claimNote, findClaims, type Claim } from '../places/claims.ts';
import { nameOf } from '../places/gazetteer.ts';
import { measurable } from '../places/place-data.ts';
import type { MentionFinder } from '../places/mentions.ts';
import { placeHref } from './links.ts';
import { segmentsOf } from './segments.ts';
import { isByline, type Article, type Passage } from './passages.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

function passageHtml(p: Passage, find: MentionFinder, claims: readonly Claim[]): string {
  let body = '';
  for (const seg of segmentsOf(p.text, find(p.text), claims)) {
    if (seg.type === 'text') body += escapeHtml(seg.text);
    else if (seg.type === 'mention') {
      const href = escapeHtml(placeHref(seg.placeId, p.n));
      body += `<a class="mention" href="${href}" data-place="${escapeHtml(seg.placeId)}">${escapeHtml(seg.text)}</a>`;
    } else {
      const note = escapeHtml(claimNote(seg.claim, nameOf, measurable));
      body += `<span class="claim" data-claim="${escapeHtml(seg.placeId)}" title="${note}">${escapeHtml(seg.text)}</span>`;
    }
  }
  const attrs = `id="passage-${p.n}" data-passage="${p.n}" dir="auto" class="passage passage-${p.kind}"`;
  switch (p.kind) {
    case 'title':
      return `<h1 ${attrs}>${body}</h1>`;
    case 'heading':
      return `<h2 ${attrs}>${body}</h2>`;
    case 'paragraph':
      return `<div class="passage-wrap"><p ${attrs}${p.n === 3 ? ' elementtiming="first-paragraph"' : ''}>${body}</p></div>`;
    default:
      return `<p ${attrs}>${body}</p>`;
  }
}

/**
 * The page before scripts run: header, article, and the map area waiting. The
 * header and the columns stay as they are; React mounts into three of them (the
 * map region first, the article once the map has first drawn, the status area).
 */
export function staticShell(article: Article, find: MentionFinder): string {
  const title = article.passages.find((p) => p.kind === 'title');
  const source = article.source
    ? `<p class="source-line">${isByline(article.source) ? '' : 'Source: '}<cite>${escapeHtml(article.source)}</cite></p>`
    : '';
  const claims = findClaims(article.passages, (n) => find(article.passages[n - 1]!.text));
  const parts = article.passages.map(
    (p) =>
      passageHtml(
        p,
        find,
        claims.filter((c) => c.passage === p.n),
      ) + (p === title ? source : ''),
  );
  return [
    '<a class="skip-link" href="#article">Skip to the article</a>',
    '<a class="skip-link" href="#place-list">Skip to the places</a>',
    '<header class="app-header"><p class="brand">Border Explorer</p>',
    '<p class="tagline">Read the story through its places: click a name in the text or a place on the map.</p>',
    '<button type="button" class="open-article" data-action="open-article" aria-haspopup="dialog">Open an article</button></header>',
    '<div class="layout"><main id="article" class="article-column" tabindex="-1" data-article-state="static">',
    `<article class="article"${title ? ` aria-labelledby="passage-${title.n}"` : ''}>${parts.join('')}</article></main>`,
    '<section class="map-region" aria-label="Map of the places in the article" aria-describedby="map-alt">',
    '<p id="map-alt" class="visually-hidden">The place list, opened with the Places button, offers every place on the map as text.</p>',
    '<div id="map-root" class="map-root"><div class="map-frame"><div class="map-canvas" data-testid="map.canvas" data-map-state="loading"></div></div></div>',
    // Notices sit over the map, where they cover none of the article.
    '<div id="app-status"></div>',
    '</section></div>',
  ].join('');
}
