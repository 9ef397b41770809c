// @vitest-environment happy-dom
// The article is rendered twice: as static HTML at build time (painted before
// any script runs) and by React once it takes over. Both cut the text with one
// function (segments.ts); this test proves the two renderers equal over every
// article we ship: the same passages, with the same numbers and text, and the
// same mention links and claim marks, in the same order. (Hydrating React's own
// server markup would make one renderer of two; its cost to the map's first
// idle has not been measured yet.)
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PLACES } from '../places/gazetteer.ts';
import { createMentionFinder } from '../places/mentions.ts';
import { ArticleView } from './ArticleView.tsx';
import { DEFAULT_ARTICLE } from './default-article.ts';
import { staticShell } from './static-html.ts';

interface Rendered {
  title: string;
  source: string;
  passages: { id: string; kind: string; text: string; links: string[]; claims: string[] }[];
}

/** What a reader gets from an article's markup, wherever it came from. */
function read(html: string): Rendered {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const passages = [...doc.querySelectorAll('[id^="passage-"]')].map((el) => ({
    id: el.id,
    kind: el.tagName.toLowerCase(),
    text: el.textContent!.replace(/\s+/g, ' ').trim(),
    links: [...el.querySelectorAll('a.mention')].map(
      (a) => `${a.getAttribute('href')} ${a.getAttribute('data-place')} ${a.textContent}`,
    ),
    claims: [...el.querySelectorAll('.claim')].map(
      (c) => `${c.getAttribute('data-claim')} ${c.textContent} ${c.getAttribute('title')}`,
    ),
  }));
  return {
    title: doc.querySelector('h1')?.textContent?.trim() ?? '',
    source: doc.querySelector('.source-line')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    passages,
  };
}

describe('the static article and React’s', () => {
  it('are the same article: passages, numbers, text, mention links and claim marks, in order', () => {
    const fromBuild = read(staticShell(DEFAULT_ARTICLE, createMentionFinder(PLACES)));
    const fromReact = read(renderToStaticMarkup(createElement(ArticleView)));
    expect(fromBuild.passages.length).toBe(66);
    expect(fromBuild.passages.flatMap((p) => p.links).length).toBe(127);
    expect(fromBuild.passages.flatMap((p) => p.claims)).toEqual([
      'durand-line 2,600-kilometer The article says 2,600 km. On this map: 2,654 km along the line as drawn (OpenStreetMap contributors); commonly cited: 2,640 km (Wikipedia, “Durand Line”).',
    ]);
    expect(fromReact.title).toBe(fromBuild.title);
    expect(fromReact.source).toBe(fromBuild.source);
    expect(fromReact.passages.map((p) => p.id)).toEqual(fromBuild.passages.map((p) => p.id));
    for (const [i, p] of fromReact.passages.entries()) {
      const q = fromBuild.passages[i]!;
      expect(p.kind, p.id).toBe(q.kind);
      expect(p.links, p.id).toEqual(q.links);
      expect(p.claims, p.id).toEqual(q.claims);
      // Footnote numbers are React's alone (printed notes); the words are the same.
      expect(p.text.replace(/\s?\[\d+\]/g, ''), p.id).toBe(q.text.replace(/\s?\[\d+\]/g, ''));
    }
  });
});
