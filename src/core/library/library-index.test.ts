import { describe, expect, it } from 'vitest';
import {
  articlesNaming,
  byMonth,
  filterEntries,
  indexArticle,
  libraryCsvRows,
  libraryPlaces,
  mentionsOf,
  outlets,
  type IndexEntry,
} from './library-index.ts';
import { indexMentions } from '../places/mentions.ts';
import { parseArticle } from '../article/passages.ts';
import { csvText } from '../export/csv.ts';

/** A made-up article, indexed by a finder that knows three names. */
function entry(
  id: string,
  date: string,
  outlet: string,
  body: string,
): { entry: IndexEntry; texts: Record<number, string> } {
  const article = parseArticle(`Headline ${id}\n\nTitle ${id}\n\n${body}`, outlet);
  const names: Record<string, string> = { Chaman: 'chaman', Torkham: 'torkham', 'Killi Faizo': 'text-killi-faizo' };
  const index = indexMentions(article.passages, (text) =>
    [...text.matchAll(/Chaman|Torkham|Killi Faizo/g)].map((m) => ({
      placeId: names[m[0]]!,
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  const r = indexArticle(
    { id, title: `Title ${id}`, outlet, date, dateFrom: 'source', finder: 'test' },
    article.passages,
    index,
    (pid) =>
      pid === 'text-killi-faizo'
        ? { name: 'Killi Faizo', point: [66.4, 30.9], known: false }
        : { name: pid, point: [0, 0], known: true },
  );
  return { entry: r.entry, texts: r.passages.passages };
}

const a = entry('a1', '2024-03-12', 'Dawn', 'Chaman was closed.\n\nTorkham too, and Chaman again.');
const b = entry('b2', '2024-05-01', 'VOA', 'Traders at Killi Faizo near Chaman waited.');
const c = entry('c3', '2025-01', 'dawn', 'Torkham reopened.');
const all = [a.entry, b.entry, c.entry];

describe('the library index', () => {
  it('keeps each place’s mentions, the passages that name places, and the point of a place no gazetteer holds', () => {
    expect(a.entry.places.sort()).toEqual(['chaman', 'torkham']);
    expect(a.entry.mentions.chaman).toHaveLength(2);
    expect(Object.keys(a.texts).map(Number)).toEqual([3, 4]);
    expect(b.entry.points).toEqual({ 'text-killi-faizo': [66.4, 30.9] });
    expect(b.entry.names['text-killi-faizo']).toBe('Killi Faizo');
  });

  it('counts articles and mentions per place, most articles first', () => {
    expect(libraryPlaces(all)).toEqual([
      { id: 'chaman', articles: 2, mentions: 3 },
      { id: 'torkham', articles: 2, mentions: 2 },
      { id: 'text-killi-faizo', articles: 1, mentions: 1 },
    ]);
  });

  it('filters by months (inclusive, a month-only date in its month) and by outlet without regard to case', () => {
    expect(filterEntries(all, { from: '2024-04', to: null, source: null }).map((e) => e.id)).toEqual(['b2', 'c3']);
    expect(filterEntries(all, { from: '2024-03', to: '2024-03', source: null }).map((e) => e.id)).toEqual(['a1']);
    expect(filterEntries(all, { from: null, to: '2025-01', source: 'DAWN' }).map((e) => e.id)).toEqual(['a1', 'c3']);
    expect(filterEntries(all, { from: null, to: null, source: 'Reuters' })).toEqual([]);
  });

  it('lists the articles naming a place newest first', () => {
    expect(articlesNaming(all, 'torkham').map((e) => e.id)).toEqual(['c3', 'a1']);
  });

  it('counts articles by month with the empty months between', () => {
    const months = byMonth(all);
    expect(months[0]).toEqual({ month: '2024-03', count: 1 });
    expect(months.at(-1)).toEqual({ month: '2025-01', count: 1 });
    expect(months).toHaveLength(11);
    expect(months.filter((m) => m.count === 0)).toHaveLength(8);
    expect(byMonth([])).toEqual([]);
  });

  it('merges outlets written in other cases', () => {
    expect(outlets(all)).toEqual([
      { name: 'Dawn', count: 2 },
      { name: 'VOA', count: 1 },
    ]);
  });

  it('writes one CSV row per mention with its words, formulas neutralised', () => {
    const texts: Record<string, Record<number, string>> = { a1: a.texts, b2: b.texts, c3: c.texts };
    const ms = mentionsOf(all, ['chaman'], (id, n) => texts[id]?.[n]);
    expect(ms.map((m) => [m.article.id, m.passage, m.words])).toEqual([
      ['b2', 3, 'Chaman'],
      ['a1', 3, 'Chaman'],
      ['a1', 4, 'Chaman'],
    ]);
    const hostile = { ...a.entry, title: '=HYPERLINK("http://x")' };
    const csv = csvText(
      ['place_id', 'place', 'article_id', 'title', 'date', 'date_from', 'outlet', 'passage', 'words'],
      libraryCsvRows(
        mentionsOf([hostile], ['chaman'], (id, n) => texts[id]?.[n]),
        () => 'Chaman',
      ),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.split('\r\n')[1]).toBe(
      `"chaman","Chaman","a1","'=HYPERLINK(""http://x"")","2024-03-12","source","Dawn",3,"Chaman"`,
    );
  });
});
