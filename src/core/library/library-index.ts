// The library's place index (issue 33): what each kept article names, stored
// when the article is indexed, so that the library view answers "which of my
// articles name Chaman, and when?" without finding places again. Pure: the
// records are made here and queried here; the browser's storage only keeps them.
import type { PlaceIndex } from '../places/mentions.ts';
import type { Passage, Published } from '../article/passages.ts';

/** How an article's date was had: found in it, set by the reader, or the day it was opened (no date found). */
export type DateFrom = Published['dateFrom'];

/** One article in the place index: small, so that the whole library is read at once. */
export interface IndexEntry {
  /** The article's id (the default article's is `default`). */
  id: string;
  title: string;
  /** Who published it ('' when unknown). */
  outlet: string;
  /** 'YYYY-MM-DD', or 'YYYY-MM' where only the month is known. */
  date: string;
  dateFrom: DateFrom;
  /** The finder and gazetteer that indexed it: a newer one indexes it again. */
  finder: string;
  /** The places it names (a multi-entry index of the store). */
  places: string[];
  /** Every mention of each place: passage and span, in article order. */
  mentions: Record<string, [passage: number, start: number, end: number][]>;
  /** The name of each place as the app knew it when indexing (for places no gazetteer holds, the only record). */
  names: Record<string, string>;
  /** The point of each place no gazetteer holds, where the text placed it. */
  points: Record<string, [number, number]>;
}

/** The text of the passages that name a place: kept apart, read only for the place chosen. */
export interface IndexPassages {
  id: string;
  passages: Record<number, string>;
}

/** An article's index entry and passages, from its place index. */
export function indexArticle(
  a: { id: string; title: string; outlet: string; date: string; dateFrom: DateFrom; finder: string },
  passages: readonly Passage[],
  index: PlaceIndex,
  place: (id: string) => { name: string; point: [number, number] | null; known: boolean } | undefined,
): { entry: IndexEntry; passages: IndexPassages } {
  const mentions: IndexEntry['mentions'] = {};
  const names: IndexEntry['names'] = {};
  const points: IndexEntry['points'] = {};
  const named = new Set<number>();
  for (const [id, ms] of index.byPlace) {
    mentions[id] = ms.map((m) => [m.passage, m.start, m.end]);
    for (const m of ms) named.add(m.passage);
    const p = place(id);
    if (p) names[id] = p.name;
    if (p && !p.known && p.point) points[id] = p.point;
  }
  const texts: Record<number, string> = {};
  for (const p of passages) if (named.has(p.n)) texts[p.n] = p.text;
  return {
    entry: { ...a, places: Object.keys(mentions), mentions, names, points },
    passages: { id: a.id, passages: texts },
  };
}

/** What narrows the library view: a month range (inclusive, 'YYYY-MM') and an outlet. */
export interface LibraryFilter {
  from: string | null;
  to: string | null;
  source: string | null;
}

/** The month of a date ('YYYY-MM'). */
export const monthOf = (date: string) => date.slice(0, 7);

/** The entries the filter keeps. Outlets compare without regard to case. */
export function filterEntries(entries: readonly IndexEntry[], f: LibraryFilter): IndexEntry[] {
  const source = f.source?.toLocaleLowerCase('en');
  return entries.filter((e) => {
    const m = monthOf(e.date);
    if (f.from && m < f.from) return false;
    if (f.to && m > f.to) return false;
    if (source !== undefined && e.outlet.toLocaleLowerCase('en') !== source) return false;
    return true;
  });
}

/** A place across the library: how many articles name it, and how many times. */
export interface LibraryPlace {
  id: string;
  articles: number;
  mentions: number;
}

/** The places the entries name, most articles first (then most mentions, then id). */
export function libraryPlaces(entries: readonly IndexEntry[]): LibraryPlace[] {
  const by = new Map<string, LibraryPlace>();
  for (const e of entries) {
    for (const id of e.places) {
      const p = by.get(id) ?? { id, articles: 0, mentions: 0 };
      p.articles++;
      p.mentions += e.mentions[id]?.length ?? 0;
      by.set(id, p);
    }
  }
  return [...by.values()].sort(
    (a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Newest first; then by title, so that equal dates keep one order. */
export const newestFirst = (a: IndexEntry, b: IndexEntry) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, 'en');

/** The entries that name a place, newest first. */
export const articlesNaming = (entries: readonly IndexEntry[], place: string): IndexEntry[] =>
  entries.filter((e) => e.mentions[place]?.length).sort(newestFirst);

/** Articles by month, from the first month to the last, empty months included (at most `max` months, the latest). */
export function byMonth(entries: readonly IndexEntry[], max = 120): { month: string; count: number }[] {
  if (entries.length === 0) return [];
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(monthOf(e.date), (counts.get(monthOf(e.date)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  const out: { month: string; count: number }[] = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month >= last) break;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out.slice(-max);
}

/** The outlets the entries name, with their article counts, most first. */
export function outlets(entries: readonly IndexEntry[]): { name: string; count: number }[] {
  const by = new Map<string, { name: string; count: number }>();
  for (const e of entries) {
    if (!e.outlet) continue;
    const key = e.outlet.toLocaleLowerCase('en');
    const o = by.get(key) ?? { name: e.outlet, count: 0 };
    o.count++;
    by.set(key, o);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

/** A month as the URL carries it. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One mention in the library view: where and in which words. */
export interface LibraryMention {
  place: string;
  article: IndexEntry;
  passage: number;
  words: string;
}

/** The mentions of `places` in the entries, newest article first, in text order within one. */
export function mentionsOf(
  entries: readonly IndexEntry[],
  places: readonly string[],
  textOf: (article: string, passage: number) => string | undefined,
): LibraryMention[] {
  const out: LibraryMention[] = [];
  for (const article of [...entries].sort(newestFirst)) {
    for (const place of places) {
      for (const [passage, start, end] of article.mentions[place] ?? []) {
        out.push({ place, article, passage, words: textOf(article.id, passage)?.slice(start, end) ?? '' });
      }
    }
  }
  return out;
}

export const LIBRARY_CSV_COLUMNS = [
  'place_id',
  'place',
  'article_id',
  'title',
  'date',
  'date_from',
  'outlet',
  'passage',
  'words',
] as const;

/** The rows of the library view's CSV (written with the export's injection-safe CSV writer). */
export const libraryCsvRows = (mentions: readonly LibraryMention[], nameOf: (place: string) => string) =>
  mentions.map((m) => [
    m.place,
    nameOf(m.place),
    m.article.id,
    m.article.title,
    m.article.date,
    m.article.dateFrom,
    m.article.outlet,
    m.passage,
    m.words,
  ]);
