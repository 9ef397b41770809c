// The build writes the article as React renders it (prerender.tsx) and the
// browser hydrates it: one renderer. These check what that markup holds.
import { afterEach, describe, expect, it } from 'vitest';
import { PLACES } from '../core/places/gazetteer.ts';
import { createMentionFinder } from '../core/places/mentions.ts';
import { resetArticle, showArticle } from '../store/article.ts';
import { clearSelection, select } from '../store/selection.ts';
import { articleData } from '../core/article/article-data.ts';
import { parseArticle } from '../core/article/passages.ts';
import { prerenderArticle } from './prerender.tsx';
import { staticShell } from './static-html.ts';

afterEach(() => {
  resetArticle();
  clearSelection();
});

describe('the prerendered article', () => {
  it('holds every passage of the default article, its mentions as links, and its source', () => {
    const html = prerenderArticle();
    expect(html.match(/ id="passage-\d+"/g)).toHaveLength(66);
    expect(html.match(/<a class="mention"/g)).toHaveLength(127);
    expect(html).toMatch(
      /<a class="mention" href="\?place=torkham&amp;passage=20" data-place="torkham"[^>]*>Torkham<\/a>/,
    );
    expect(html).toContain('<p class="source-line">Source: <cite>Azad News HD</cite></p>');
    // The first paragraph carries the benchmark's paint timing; no other does.
    expect(html.match(/elementtiming="first-paragraph"/g)).toHaveLength(1);
    expect(html).toMatch(/<p id="passage-3"[^>]*elementtiming="first-paragraph"/);
  });

  it('draws the stores’ initial state, as the browser’s first render (hydration) does, whatever the stores hold now', () => {
    const text = 'Head\n\nTitle about Torkham\n\nA paragraph on Chaman.';
    showArticle(articleData('abc', parseArticle(text, 'X'), createMentionFinder(PLACES), PLACES));
    select('torkham', 20, 'user');
    const html = prerenderArticle();
    expect(html).toContain('data-article-id="default"');
    expect(html).not.toMatch(/is-lit|is-active/);
  });
});

describe('staticShell', () => {
  it('holds the three places React mounts in, with the article inside its column, marked static', () => {
    const html = staticShell('<article>A</article>');
    expect(html).toContain(
      '<main id="article" class="article-column" tabindex="-1" data-article-state="static"><article>A</article></main>',
    );
    expect(html).toContain('<div id="map-root" class="map-root">');
    expect(html).toContain('<div id="app-status"></div>');
    // The map region's description is static, so it exists before the map does.
    expect(html).toMatch(/aria-describedby="map-alt">.*<p id="map-alt"/);
  });
});
