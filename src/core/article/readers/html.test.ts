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
