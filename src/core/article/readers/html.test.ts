// @vitest-environment node
// The HTML reader makes no DOM at all (no DOMParser here): nothing in a file
// can run, load, or ask the page's Content Security Policy anything.
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.ts';

describe('readHtml without a DOM', () => {
  it('reads a page with inline styles, handlers and scripts as text', () => {
    const a = readHtml(
      `<html><head><title>T</title><style>p{color:red}</style><link rel="stylesheet" href="x.css"></head>
       <body style="background:red" onload="alert(1)"><h1 style="color:red">Kabul &amp; Quetta</h1>
       <p onclick="alert(2)" style="x:y">Trade at <b>Torkham</b> &mdash; shut.<img src="x" onerror="alert(3)"></p>
       <script>alert(4)</script><!-- a comment --></body></html>`,
    );
    expect(a.title).toBe('Kabul & Quetta');
    expect(a.passages.map((p) => p.text)).toEqual(['Kabul & Quetta', 'Trade at Torkham — shut.']);
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
  });

  it('takes a byline under the headline as the source, not as a passage', () => {
    const a = readHtml('<article><h1>Talks in Doha</h1><p>By Jane Doe</p><p>Officials met in Kabul.</p></article>');
    expect(a.source).toBe('By Jane Doe');
    expect(a.passages.map((p) => p.text)).toEqual(['Talks in Doha', 'Officials met in Kabul.']);
    // The site's name, where the page gives it, is the source; the byline still leaves the text.
    const b = readHtml(
      '<head><meta property="og:site_name" content="Dawn"></head><h1>T</h1><p>BY JANE DOE</p><p>Body.</p>',
    );
    expect(b.source).toBe('Dawn');
    expect(b.passages.map((p) => p.text)).toEqual(['T', 'Body.']);
  });

  it('keeps a paragraph that only starts with "By" further down, and a long one', () => {
    const a = readHtml(
      '<h1>T</h1><p>First.</p><p>Second.</p><p>By Monday the gate had opened.</p><p>By ' + 'x'.repeat(200) + '</p>',
    );
    expect(a.source).toBe('');
    expect(a.passages).toHaveLength(5);
  });
});

describe('readHtml: what the page says of its publication', () => {
  const page = (head: string, body = '<h1>T</h1><p>Body.</p>') =>
    readHtml(`<html><head>${head}</head><body>${body}</body></html>`);

  it('reads article:published_time and og:site_name, as written', () => {
    const a = page(
      '<meta property="og:site_name" content="Dawn"><meta property="article:published_time" content="2025-10-20T08:15:00+05:00">',
    );
    expect(a.meta).toEqual({ date: '2025-10-20T08:15:00+05:00', outlet: 'Dawn' });
    expect(a.source).toBe('Dawn');
  });

  it('reads <meta name="date"> and itemprop="datePublished", in any case', () => {
    expect(page('<meta name="date" content="2024-03-12">').meta).toEqual({ date: '2024-03-12' });
    expect(page('<meta name="DC.date.issued" content="2024-03-12">').meta).toEqual({ date: '2024-03-12' });
    expect(page('<meta itemprop="datePublished" content="2024-03-12">').meta).toEqual({ date: '2024-03-12' });
    const span = page(
      '',
      '<article><h1>T</h1><span itemprop="datePublished">12 March 2024</span><p>Body.</p></article>',
    );
    expect(span.meta).toEqual({ date: '12 March 2024' });
  });

  it('reads JSON-LD: a list, an @graph, the article node rather than the page, the publisher by reference', () => {
    const ld = (json: string) => page(`<script type="application/ld+json">${json}</script>`);
    expect(
      ld('{"@type":"NewsArticle","datePublished":"2024-03-12T10:00:00Z","publisher":{"name":"Dawn"}}').meta,
    ).toEqual({ date: '2024-03-12T10:00:00Z', outlet: 'Dawn' });
    expect(ld('[{"@type":"WebSite","name":"x"},{"@type":"Article","datePublished":"2024-03-12"}]').meta).toEqual({
      date: '2024-03-12',
    });
    const graph = ld(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', datePublished: '2020-01-01' },
          { '@type': ['NewsArticle'], datePublished: ['2024-03-12'], publisher: { '@id': '#org' } },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Express Tribune' },
        ],
      }),
    );
    expect(graph.meta).toEqual({ date: '2024-03-12', outlet: 'The Express Tribune' });
    // The site's own name wins over the JSON-LD publisher; a meta date over the JSON-LD one.
    const both = page(
      '<meta property="og:site_name" content="Dawn"><meta property="article:published_time" content="2024-03-11">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12","publisher":{"name":"DAWN.COM"}}</script>',
    );
    expect(both.meta).toEqual({ date: '2024-03-11', outlet: 'Dawn' });
  });

  it('reads broken JSON-LD as none', () => {
    const a = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":</script>');
    expect(a.meta).toBeUndefined();
    expect(a.passages.map((p) => p.text)).toEqual(['T', 'Body.']);
  });

  it('reads the first <time datetime> of the article, not of the page’s chrome', () => {
    const a = page(
      '',
      '<header><time datetime="2025-01-01">Today</time></header><nav><time datetime="2025-01-02">x</time></nav>' +
        '<article><h1>T</h1><time datetime="10:15">10:15</time><p>Posted <time datetime="2024-03-12T09:00">12 March</time></p></article>',
    );
    expect(a.meta).toEqual({ date: '2024-03-12T09:00' });
  });

  it('gives no metadata where the page gives none', () => {
    expect(page('<title>T</title>').meta).toBeUndefined();
    expect('meta' in page('')).toBe(false);
  });
});
