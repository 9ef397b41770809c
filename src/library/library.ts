// The reader's library: every article they open, kept in the browser
// (IndexedDB through idb), under its content id.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME } from './db-name.ts';
import type { Correction, UserPlace } from '../core/corrections/schema.ts';
import type { DateFrom, IndexEntry, IndexPassages } from '../core/library/library-index.ts';

/** Which reader an article's text goes through. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** One kept article: its text as read, and what the reader set or the app measured. */
export interface KeptArticle {
  /** Content id: the first 12 hex digits of the SHA-256 of the normalised text. */
  id: string;
  format: ArticleFormat;
  /** The text as read from the file or the paste. */
  text: string;
  /** As detected, or as the reader corrected it. */
  title: string;
  source: string;
  /** When the reader last opened it (ms since the epoch). */
  openedAt: number;
  /** How many places it names; -1 until it is opened in this browser (an article brought in by a file). */
  placeCount: number;
  /** The place finder and gazetteer that indexed it. */
  finder: string;
  /** The reader's corrections of its mentions (from a bundle, or made here). */
  corrections?: Correction[];
  /** Places the reader added for it. */
  userPlaces?: UserPlace[];
  /** When it was published ('YYYY-MM-DD' or 'YYYY-MM'), as found or as the reader set it; how it was had. */
  date?: string;
  dateFrom?: DateFrom;
  /** Who published it, as found or as the reader set it. */
  outlet?: string;
}

interface Schema extends DBSchema {
  articles: { key: string; value: KeptArticle; indexes: { openedAt: number } };
  /** The place index: one small entry per article, found by the places it names, its date or its outlet. */
  index: { key: string; value: IndexEntry; indexes: { places: string; date: string; outlet: string } };
  /** The text of each article's passages that name places, read for the place chosen. */
  passages: { key: string; value: IndexPassages };
}

export interface Library {
  get(id: string): Promise<KeptArticle | undefined>;
  /** Newest first. */
  list(): Promise<KeptArticle[]>;
  /** The ids of every kept article (without reading their texts). */
  ids(): Promise<string[]>;
  put(article: KeptArticle): Promise<void>;
  remove(id: string): Promise<void>;
  /** Keep an article's place index (replacing the one kept). */
  putIndex(entry: IndexEntry, passages: IndexPassages): Promise<void>;
  /** Every article's index entry. */
  index(): Promise<IndexEntry[]>;
  /** The ids of the articles that name a place (from the store's index). */
  naming(place: string): Promise<string[]>;
  /** The text of an article's passages that name places. */
  passages(id: string): Promise<IndexPassages | undefined>;
}

/** Open the library in this browser's IndexedDB. Rejects when storage is unavailable (private mode, blocked, broken). */
export async function openLibrary(): Promise<Library> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(DB_NAME, 2, {
    upgrade(d, from) {
      if (from < 1) {
        const store = d.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('openedAt', 'openedAt');
      }
      if (from < 2) {
        // The place index (issue 33): articles kept before it are indexed when the library view first needs them.
        const index = d.createObjectStore('index', { keyPath: 'id' });
        index.createIndex('places', 'places', { multiEntry: true });
        index.createIndex('date', 'date');
        index.createIndex('outlet', 'outlet');
        d.createObjectStore('passages', { keyPath: 'id' });
      }
    },
  });
  return {
    get: (id) => db.get('articles', id),
    list: async () => (await db.getAllFromIndex('articles', 'openedAt')).reverse(),
    ids: () => db.getAllKeys('articles'),
    put: async (a) => {
      await db.put('articles', a);
    },
    remove: async (id) => {
      const tx = db.transaction(['articles', 'index', 'passages'], 'readwrite');
      await Promise.all([
        tx.objectStore('articles').delete(id),
        tx.objectStore('index').delete(id),
        tx.objectStore('passages').delete(id),
        tx.done,
      ]);
    },
    putIndex: async (entry, passages) => {
      const tx = db.transaction(['index', 'passages'], 'readwrite');
      await Promise.all([tx.objectStore('index').put(entry), tx.objectStore('passages').put(passages), tx.done]);
    },
    index: () => db.getAll('index'),
    naming: (place) => db.getAllKeysFromIndex('index', 'places', place),
    passages: (id) => db.get('passages', id),
  };
}

/** A library that lives for this visit only: where the browser keeps nothing. */
export function memoryLibrary(): Library {
  const all = new Map<string, KeptArticle>();
  const entries = new Map<string, IndexEntry>();
  const texts = new Map<string, IndexPassages>();
  return {
    get: async (id) => all.get(id),
    list: async () => [...all.values()].sort((a, b) => b.openedAt - a.openedAt),
    ids: async () => [...all.keys()],
    put: async (a) => {
      all.set(a.id, a);
    },
    remove: async (id) => {
      all.delete(id);
      entries.delete(id);
      texts.delete(id);
    },
    putIndex: async (entry, passages) => {
      entries.set(entry.id, entry);
      texts.set(passages.id, passages);
    },
    index: async () => [...entries.values()],
    naming: async (place) => [...entries.values()].filter((e) => e.places.includes(place)).map((e) => e.id),
    passages: async (id) => texts.get(id),
  };
}
