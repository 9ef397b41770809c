// The reader's library: every article they open, kept in the browser
// (IndexedDB through idb), under its content id.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME } from './db-name.ts';
import type { Correction, UserPlace } from '../core/corrections/schema.ts';

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
}

interface Schema extends DBSchema {
  articles: { key: string; value: KeptArticle; indexes: { openedAt: number } };
}

export interface Library {
  get(id: string): Promise<KeptArticle | undefined>;
  /** Newest first. */
  list(): Promise<KeptArticle[]>;
  put(article: KeptArticle): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Open the library in this browser's IndexedDB. Rejects when storage is unavailable (private mode, blocked, broken). */
export async function openLibrary(): Promise<Library> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      const store = d.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('openedAt', 'openedAt');
    },
  });
  return {
    get: (id) => db.get('articles', id),
    list: async () => (await db.getAllFromIndex('articles', 'openedAt')).reverse(),
    put: async (a) => {
      await db.put('articles', a);
    },
    remove: (id) => db.delete('articles', id),
  };
}

/** A library that lives for this visit only: where the browser keeps nothing. */
export function memoryLibrary(): Library {
  const all = new Map<string, KeptArticle>();
  return {
    get: async (id) => all.get(id),
    list: async () => [...all.values()].sort((a, b) => b.openedAt - a.openedAt),
    put: async (a) => {
      all.set(a.id, a);
    },
    remove: async (id) => {
      all.delete(id);
    },
  };
}
