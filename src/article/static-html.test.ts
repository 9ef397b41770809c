import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACES } from '../places/gazetteer.ts';
import { createMentionFinder } from '../places/mentions.ts';
import { parseArticle } from './passages.ts';
import { escapeHtml, staticShell } from './static-html.ts';

const text = readFileSync(new URL('./default-article.txt', import.meta.url), 'utf8');
const find = createMentionFinder(PLACES);

describe('staticShell', () => {
  it('renders every passage with its mentions as links', () => {
    const html = staticShell(parseArticle(text, 'Azad News HD'), find);
    expect(html.match(/id="passage-\d+"/g)).toHaveLength(66);
    expect(html).toContain('<a class="mention" href="?place=torkham&amp;passage=20" data-place="torkham">Torkham</a>');
    expect(html).toContain('Source: <cite>Azad News HD</cite>');
  });
  it('holds the three places React mounts in, the article marked static', () => {
    const html = staticShell(parseArticle(text, 'Azad News HD'), find);
    expect(html).toContain('<main id="article" class="article-column" tabindex="-1" data-article-state="static">');
    expect(html).toContain('<div id="map-root" class="map-root">');
    expect(html).toContain('<div id="app-status"></div>');
    // The map region's description is static, so it exists before the map does.
    expect(html).toMatch(/aria-describedby="map-alt">.*<p id="map-alt"/);
  });
  it('escapes the text: an article can never inject markup', () => {
    const html = staticShell(
      parseArticle('Head\n\n<b>Title</b>\n\n<script>alert(1)</script> "Kabul" & more.', 'X & <Y>'),
      find,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;<a class="mention"');
    expect(html).toContain('X &amp; &lt;Y&gt;');
  });
  it('escapes all five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
