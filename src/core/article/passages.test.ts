import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './passages.ts';

const text = readFileSync(new URL('../../article/default-article.txt', import.meta.url), 'utf8');

describe('parseArticle on the default document', () => {
  const { passages } = parseArticle(text, 'Azad News HD');

  it('has the 66 blocks, numbered in order', () => {
    expect(passages).toHaveLength(66);
    expect(passages.map((p) => p.n)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
  });

  it('keeps the kinds: headline, title, 15 headings, 49 paragraphs', () => {
    expect(passages[0]!.kind).toBe('headline');
    expect(passages[0]!.text.endsWith('Azad News HD')).toBe(true);
    expect(passages[1]!.kind).toBe('title');
    expect(passages.filter((p) => p.kind === 'heading').map((p) => p.n)).toEqual([
      5, 9, 14, 18, 22, 26, 30, 35, 39, 43, 47, 51, 55, 59, 62,
    ]);
    expect(passages.filter((p) => p.kind === 'paragraph')).toHaveLength(49);
  });

  it('gives each paragraph its section heading', () => {
    expect(passages[2]!.section).toBe(0);
    expect(passages[19]!.section).toBe(18); // passage 20, under "The Border Question"
    expect(passages[65]!.section).toBe(62);
  });

  it('keeps the text unedited', () => {
    const joined = passages.map((p) => p.text).join('');
    const original = text.replace(/\s+/g, '');
    expect(joined.replace(/\s+/g, '')).toBe(original);
  });
});

describe('parseArticle on small texts', () => {
  it('splits on blank lines and on lines holding only spaces', () => {
    const { passages } = parseArticle(
      'Head X\n \n\nTitle\n\nA heading\n\nA paragraph that ends.\r\n\r\nMore text here.',
      'X',
    );
    expect(passages.map((p) => p.kind)).toEqual(['headline', 'title', 'heading', 'paragraph', 'paragraph']);
    expect(passages[4]!.section).toBe(3);
  });
});
