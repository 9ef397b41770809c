import { describe, expect, it } from 'vitest';
import { PLACES } from '../places/gazetteer.ts';
import { createMentionFinder } from '../places/mentions.ts';
import { articleData, placesWithCounts } from './article-data.ts';
import { DEFAULT_ARTICLE_DATA } from '../../article/default-article.ts';
import { parseArticle } from './passages.ts';

const find = createMentionFinder(PLACES);

describe('articleData', () => {
  const article = parseArticle(
    'Head\n\nTitle on Kabul\n\nTorkham closed; Kabul and Torkham talk.\n\nChaman opens.',
    'X',
  );
  const data = articleData('abc', article, find, PLACES);

  it('indexes every passage both ways', () => {
    expect(data.index.byPassage.get(3)!.map((m) => m.placeId)).toEqual(['torkham', 'kabul', 'torkham']);
    expect(data.index.byPlace.get('kabul')!.map((m) => m.passage)).toEqual([2, 3]);
  });
  it('lists as uncertain the places whose every mention is uncertain, and only those', () => {
    // A finder that calls "Kabul" uncertain in the title and decided in passage 3, and Chaman uncertain wherever it is.
    const unsure = (text: string) =>
      find(text).map((m) =>
        m.placeId === 'chaman' || (m.placeId === 'kabul' && text.startsWith('Title'))
          ? { ...m, uncertain: true as const }
          : m,
      );
    expect(articleData('abc', article, unsure, PLACES).uncertainIds).toEqual(['chaman']);
    expect(data.uncertainIds).toEqual([]);
  });
  it('numbers footnotes by first mention, and lists the places named in gazetteer order', () => {
    expect([...data.footnotes]).toEqual([
      ['kabul', 1],
      ['torkham', 2],
      ['chaman', 3],
    ]);
    expect(data.mentionedIds).toEqual(
      PLACES.filter((p) => ['kabul', 'torkham', 'chaman'].includes(p.id)).map((p) => p.id),
    );
  });
  it('counts the passages that name each place, zero for the rest', () => {
    const counts = new Map(placesWithCounts(data, PLACES).map((c) => [c.place.id, c.passages]));
    expect(counts.get('torkham')).toBe(1);
    expect(counts.get('kabul')).toBe(2);
    expect(counts.get('kunar')).toBe(0);
    expect(counts.size).toBe(PLACES.length);
  });
  it('gives the seed the id "default" and its 66 passages', () => {
    expect(DEFAULT_ARTICLE_DATA.id).toBe('default');
    expect(DEFAULT_ARTICLE_DATA.article.passages).toHaveLength(66);
  });
});
