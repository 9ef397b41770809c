// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentId, normaliseText } from './content-id.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import DEFAULT_TEXT from '../../../article/default-article.txt?raw';

const kinds = (a: { passages: { kind: string }[] }) => a.passages.map((p) => p.kind);
const texts = (a: { passages: { text: string }[] }) => a.passages.map((p) => p.text);

describe('readText', () => {
  it('numbers blank-line-separated blocks from 1; the first line of the first block is the title', () => {
    const a = readText(
      'Talks resume at Torkham\nSecond line of the block\n\nFirst paragraph.\n\n  \nThe border\n\nSecond paragraph.',
    );
    expect(a.title).toBe('Talks resume at Torkham');
    expect(kinds(a)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
    expect(a.passages.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(a.passages[3]!.section).toBe(3);
  });
  it('reads a run of short lines as a list, and a line ending in a colon as a lead-in, not as headings', () => {
    const a = readText(
      'Tehsils of Dir\n\nThe district has six tehsils:\n\nBarawal 3\n\nChapar 3\n\nWari 8\n\nAll are rural.\n\nHistory\n\nIt was a state.',
    );
    expect(kinds(a)).toEqual([
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(a.passages[7]!.section).toBe(7);
  });
  it('takes a Source: line or a byline in the first two blocks out of the text', () => {
    expect(readText('Title\nSource: Dawn\n\nBody text.')).toMatchObject({
      source: 'Dawn',
      passages: [{ text: 'Title' }, { text: 'Body text.' }],
    });
    const byline = readText('Title\n\nBy Jane Doe\n\nBody in Kabul.');
    expect(byline.source).toBe('By Jane Doe');
    expect(texts(byline)).toEqual(['Title', 'Body in Kabul.']);
    // Only in the first two blocks.
    expect(readText('Title\n\nBody.\n\nSource: later').source).toBe('');
  });
  it('reads Windows line endings, control characters and lone surrogates without losing the text', () => {
    const a = readText('Title\r\n\r\nA\u0007B \uD800 C\u0000.');
    expect(texts(a)).toEqual(['Title', 'AB \uFFFD C.']);
  });
  it('keeps right-to-left text as it is', () => {
    const a = readText('د پاکستان او افغانستان خبرې\n\nپېښور کې غونډه وشوه.');
    expect(a.title).toBe('د پاکستان او افغانستان خبرې');
    expect(texts(a)[1]).toBe('پېښور کې غونډه وشوه.');
  });
  it('gives nothing for empty or white-space-only text', () => {
    expect(readText('').passages).toEqual([]);
    expect(readText(' \n\t\n  ').passages).toEqual([]);
  });
});

describe('readMarkdown', () => {
  const md = [
    '---',
    'source: "Wikinews"',
    '---',
    '# Crossing reopens at Torkham',
    '',
    'Trade resumed on **Monday** at [Torkham](https://example.org/t).',
    '',
    '## Reactions',
    '',
    '- Traders in Peshawar welcomed it.',
    '- Officials in Kabul were cautious.',
    '',
    '> "We wait," said one driver.',
    '',
    '![A lorry at the gate](https://example.org/lorry.jpg)',
    '',
    '<script>alert(1)</script>',
  ].join('\n');
  const a = readMarkdown(md);

  it('takes headings, paragraphs, list items and quotes as passages; the first heading is the title', () => {
    expect(a.title).toBe('Crossing reopens at Torkham');
    expect(a.source).toBe('Wikinews');
    expect(kinds(a)).toEqual([
      'title',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(texts(a).slice(1, 6)).toEqual([
      'Trade resumed on Monday at Torkham.',
      'Reactions',
      'Traders in Peshawar welcomed it.',
      'Officials in Kabul were cautious.',
      '"We wait," said one driver.',
    ]);
  });
  it('shows links, images and raw HTML as text, never as markup or addresses', () => {
    expect(texts(a).join('\n')).not.toContain('https://');
    expect(texts(a)[6]).toBe('A lorry at the gate');
    expect(texts(a)[7]).toBe('<script>alert(1)</script>');
  });
  it('reads an author in front matter as a byline', () => {
    expect(readMarkdown('---\nauthor: Jane Doe\n---\n# T\n\nBody.').source).toBe('By Jane Doe');
  });
});

describe('readHtml', () => {
  const html = `<!doctype html><html><head><title>Page title</title><meta name="author" content="Jane Doe">
    <style>p { color: red }</style><script>window.pwned = 1</script></head>
    <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <article><h1>Border talks in <em>Islamabad</em></h1>
    <p>Officials met in   Islamabad on Monday.</p>
    <p onclick="alert(1)">The <a href="javascript:alert(1)">Torkham</a> crossing stayed shut.</p>
    <iframe src="https://example.org"></iframe>
    <h2>Trade</h2><ul><li>Chaman: lorries queue.</li><li><p>Spin Boldak: quiet.</p></li></ul>
    <img src="x" onerror="alert(3)"><svg><script>alert(2)</script><text>svg text</text></svg></article>
    <footer>Copyright</footer></body></html>`;
  const a = readHtml(html);

  it('reads the block elements of the article, h1 as the title', () => {
    expect(a.title).toBe('Border talks in Islamabad');
    expect(kinds(a)).toEqual(['title', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(texts(a)).toEqual([
      'Border talks in Islamabad',
      'Officials met in Islamabad on Monday.',
      'The Torkham crossing stayed shut.',
      'Trade',
      'Chaman: lorries queue.',
      'Spin Boldak: quiet.',
    ]);
    expect(a.source).toBe('By Jane Doe');
  });
  it('drops scripts, styles, frames, SVG and navigation, and runs nothing', () => {
    const all = texts(a).join('\n');
    for (const gone of ['alert', 'color: red', 'Home', 'svg text', 'Copyright']) expect(all).not.toContain(gone);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
  it('falls back to <title> for a page without h1', () => {
    const b = readHtml('<html><head><title>Only a title</title></head><body><p>Text in Kabul.</p></body></html>');
    expect(texts(b)).toEqual(['Only a title', 'Text in Kabul.']);
    expect(b.title).toBe('Only a title');
  });
});

describe('contentId', () => {
  it('is the first 12 hex digits of the SHA-256 of the normalised text', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea…
    expect(await contentId('abc')).toBe('ba7816bf8f01');
  });
  it('is the same for the same text however it was saved', async () => {
    const base = 'Title\n\nCafé in Kabul.\n';
    const variants = [
      '\uFEFFTitle\r\n\r\nCafe\u0301 in Kabul.\r\n',
      'Title  \n\t\nCafé in Kabul.\t\n',
      'Title\r\rCafé in Kabul.\r',
    ];
    const id = await contentId(base);
    for (const v of variants) expect(await contentId(v), JSON.stringify(v)).toBe(id);
    expect(await contentId('Title\n\nCafé in Kabul!\n')).not.toBe(id);
  });
  it('normalises the seed to itself', () => {
    expect(normaliseText(DEFAULT_TEXT)).toBe(DEFAULT_TEXT.replace(/[ \t]+$/gm, ''));
  });
});

describe('a text with no break at all', () => {
  it('is a paragraph under a title cut from it, not a headline of the whole text', () => {
    const a = readText('Kabul '.repeat(200));
    expect(a.passages.map((p) => p.kind)).toEqual(['paragraph']);
    expect(a.title.length).toBeLessThanOrEqual(200);
    expect(a.title.endsWith('…')).toBe(true);
  });
  it('reads a first sentence of the story as its first paragraph, under a title cut from it', () => {
    const opening = 'Talks resumed at Torkham on Monday after a week of closure, officials said.';
    const a = readText(`${opening}\n\nTrucks waited at the crossing.`);
    expect(a.passages.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
    expect(a.title).toBe(opening);
    // A headline ends without a full stop, or is short.
    expect(readText('Talks resume at Torkham after a week of closure\n\nTrucks waited.').passages[0]!.kind).toBe(
      'title',
    );
    expect(readText('Torkham reopens.\n\nTrucks waited.').passages[0]!.kind).toBe('title');
    expect(readText('“Will the border open again?”\n\nTrucks waited.').passages[0]!.kind).toBe('title');
  });
  it('keeps a short first line as the title, and the rest of a text with no blank line as a paragraph under it', () => {
    const a = readText(`Kabul talks\n${'Trucks wait at Torkham. '.repeat(30)}\nTraders count the cost.`);
    expect(a.passages.map((p) => [p.kind, p.text.split('\n')[0]!.slice(0, 20)])).toEqual([
      ['title', 'Kabul talks'],
      ['paragraph', 'Trucks wait at Torkh'],
    ]);
    expect(a.title).toBe('Kabul talks');
    // A text of several blocks keeps its first block whole: its passages keep their numbers.
    expect(readText('Kabul talks\nA second line\n\nTrucks wait.').passages.map((p) => p.kind)).toEqual([
      'title',
      'paragraph',
    ]);
  });
});

describe('readMarkdown front matter: publication metadata', () => {
  it('reads date and source into meta', () => {
    const a = readMarkdown('---\nsource: "Dawn"\ndate: 2025-10-20T08:15:00+05:00\n---\n# T\n\nBody.');
    expect(a.meta).toEqual({ date: '2025-10-20T08:15:00+05:00', outlet: 'Dawn' });
    expect(a.source).toBe('Dawn');
  });
  it('reads published and outlet; outlet over source', () => {
    const a = readMarkdown("---\npublished: '12 March 2024'\noutlet: Reuters\nsource: https://reuters.com/x\n---\n# T");
    expect(a.meta).toEqual({ date: '12 March 2024', outlet: 'Reuters' });
    expect(a.source).toBe('https://reuters.com/x');
  });
  it('takes no true/false "published" for a date, and no author for an outlet', () => {
    const a = readMarkdown('---\npublished: true\nauthor: Jane Doe\n---\n# T');
    expect(a.meta).toBeUndefined();
    expect(a.source).toBe('By Jane Doe');
    expect(readMarkdown('# T\n\nBody.').meta).toBeUndefined();
  });
});
