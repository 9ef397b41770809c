// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleData } from '../core/article/article-data.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { useNoticesStore } from '../notices/notices.ts';
import { resetArticle, showArticle, useArticleStore } from '../store/article.ts';
import { select, useSelectionStore } from '../store/selection.ts';
import { reportCamera, requestFrame, useViewStore, type Camera } from '../store/view.ts';
import { LIBRARY_UNREADABLE, MISSING_ARTICLE, startUrlSync } from './sync.ts';
import { addPlaces } from '../core/places/gazetteer.ts';

// The library is IndexedDB and the gazetteer; here it is what each test says it holds.
const openKept = vi.fn<(id: string, origin: 'user' | 'url') => Promise<ArticleData | null>>();
const libraryReadable = vi.fn<() => Promise<boolean>>();
vi.mock('../library/open-article.ts', () => ({
  openKept: (id: string, o: 'user' | 'url') => openKept(id, o),
  libraryReadable: () => libraryReadable(),
}));

// The regional gazetteer: loading it adds what each test says it holds.
const regional: Parameters<typeof addPlaces>[0][number][] = [];
const loadGazetteer = vi.fn(async () => addPlaces(regional));
vi.mock('../places/finder/load.ts', () => ({ loadGazetteer: () => loadGazetteer() }));

const KEPT_ID = '0123456789ab';
const kept: ArticleData = { ...DEFAULT_ARTICLE_DATA, id: KEPT_ID, mentionedIds: ['torkham', 'chaman'] };

const here = () => location.pathname + location.search + location.hash;
const go = (url: string) => history.replaceState(null, '', url);
const notices = () => useNoticesStore.getState().notices.map((n) => n.text);
const selection = () => {
  const { placeId, passage, origin } = useSelectionStore.getState();
  return { placeId, passage, origin };
};
const request = () => useViewStore.getState().request;
/** Let queued microtasks (a selection's push) and settled promises run. */
const settle = async () => {
  await vi.dynamicImportSettled();
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const camera = (zoom: number, lat: number, lon: number): Camera => ({ zoom, lat, lon, bearing: 0, pitch: 0 });

let stop: (() => void) | undefined;
let pushes: string[] = [];
let replaces: string[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  resetArticle();
  useSelectionStore.setState({ placeId: null, passage: null, origin: 'url', hoverPlaceId: null, hoverFrom: null });
  useViewStore.setState({ camera: null, cameraFor: null, request: null });
  useNoticesStore.setState({ notices: [] });
  openKept.mockReset();
  libraryReadable.mockReset();
  libraryReadable.mockResolvedValue(true);
  document.body.replaceChildren();
  go('/');
  pushes = [];
  replaces = [];
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  vi.spyOn(history, 'pushState').mockImplementation((s, t, url) => {
    pushes.push(String(url));
    push(s, t, url);
  });
  vi.spyOn(history, 'replaceState').mockImplementation((s, t, url) => {
    replaces.push(String(url));
    replace(s, t, url);
  });
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const start = (url: string) => {
  go(url);
  replaces = [];
  stop = startUrlSync();
};

describe('reading the link at start', () => {
  it('selects the place and passage and frames the place', () => {
    start('/?place=torkham&passage=2');
    expect(selection()).toEqual({ placeId: 'torkham', passage: 2, origin: 'url' });
    expect(request()).toMatchObject({ type: 'frame', placeId: 'torkham' });
    expect(here()).toBe('/?place=torkham&passage=2');
    expect(notices()).toEqual([]);
  });

  it('shows the view the link gives instead of framing', () => {
    start('/?place=torkham#9/34.1/71.1');
    expect(request()).toMatchObject({ type: 'view', camera: { zoom: 9, lat: 34.1, lon: 71.1 } });
    expect(here()).toBe('/?place=torkham#9/34.1/71.1');
  });

  it('writes the link back in its canonical form, ours first and the keys that are not ours kept in order', () => {
    start('/?utm=x&place=%20TORKHAM%20&b=2');
    expect(selection().placeId).toBe('torkham');
    expect(here()).toBe('/?place=torkham&utm=x&b=2');
  });

  it('drops what cannot be used and says so, once the regional gazetteer has been asked', async () => {
    start('/?place=atlantis&passage=2&keep=1');
    await settle();
    expect(loadGazetteer).toHaveBeenCalled();
    expect(selection()).toEqual({ placeId: null, passage: 2, origin: 'url' });
    expect(notices()).toEqual(['No place called “atlantis” in this article.']);
    expect(here()).toBe('/?passage=2&keep=1');
    expect(request()).toBeNull();
  });

  it('opens a place of the regional gazetteer: its list is loaded first', async () => {
    regional.push({ id: 'jamrud', name: 'Jamrud', kind: 'town', country: 'PK', aliases: [], description: '' });
    start('/?place=jamrud');
    expect(selection().placeId).toBeNull();
    await settle();
    expect(selection()).toEqual({ placeId: 'jamrud', passage: null, origin: 'url' });
    expect(notices()).toEqual([]);
    expect(here()).toBe('/?place=jamrud');
  });

  it('leaves a plain address alone and asks the map for nothing', () => {
    start('/');
    expect(selection()).toEqual({ placeId: null, passage: null, origin: 'url' });
    expect(request()).toBeNull();
    expect(pushes).toEqual([]);
    expect(here()).toBe('/');
  });
});

describe('what the reader does', () => {
  it('pushes one entry per choice, without a view when the choice frames its place', async () => {
    start('/#6/33/70');
    reportCamera(camera(6, 33, 70));
    select('chaman', 3);
    requestFrame('chaman');
    await settle();
    expect(pushes).toEqual(['/?place=chaman&passage=3']);
  });

  it('keeps the view in the entry when the choice does not move the map', async () => {
    start('/#6/33/70');
    reportCamera(camera(6, 33, 70));
    select('chaman');
    await settle();
    expect(pushes).toEqual(['/?place=chaman#6/33/70']);
  });

  it('makes one entry of two changes in the same task', async () => {
    start('/');
    select('chaman');
    select('torkham', 1);
    await settle();
    expect(pushes).toEqual(['/?place=torkham&passage=1']);
  });

  it('makes no entry when the choice is what is already shown, or came from the link', async () => {
    start('/?place=torkham');
    select('torkham', null, 'url');
    await settle();
    useSelectionStore.setState({ origin: 'user', seq: 99 });
    await settle();
    expect(pushes).toEqual([]);
  });

  it('writes the framed view into the entry once that framing ends, not before', async () => {
    start('/');
    select('chaman');
    requestFrame('chaman');
    const seq = request()!.seq;
    await settle();
    reportCamera(camera(10, 30.9, 66.45), seq);
    vi.advanceTimersByTime(299);
    expect(here()).toBe('/?place=chaman');
    vi.advanceTimersByTime(1);
    expect(here()).toBe('/?place=chaman#10/30.9/66.45');
    expect(pushes).toHaveLength(1);
  });

  it('does not write a view that an earlier request ended at into a later entry', async () => {
    start('/');
    select('chaman');
    requestFrame('chaman');
    const first = request()!.seq;
    await settle();
    select('torkham');
    requestFrame('torkham');
    await settle();
    reportCamera(camera(10, 30.9, 66.45), first);
    vi.advanceTimersByTime(1000);
    expect(here()).toBe('/?place=torkham');
  });

  it('follows the reader’s own pans after they rest, replacing the entry', () => {
    start('/?place=torkham');
    reportCamera(camera(8, 34, 71));
    reportCamera(camera(8.5, 34.1, 71.1));
    vi.advanceTimersByTime(299);
    expect(here()).toBe('/?place=torkham');
    vi.advanceTimersByTime(1);
    expect(here()).toBe('/?place=torkham#8.5/34.1/71.1');
    expect(pushes).toEqual([]);
  });

  it('writes nothing when the camera reported is the one shown', () => {
    start('/');
    const c = camera(8, 34, 71);
    reportCamera(c);
    vi.advanceTimersByTime(300);
    replaces = [];
    useViewStore.setState({ camera: c });
    vi.advanceTimersByTime(300);
    expect(replaces).toEqual([]);
  });
});

describe('Back and Forward', () => {
  it('reads the entry it returns to, without a new entry', async () => {
    start('/?place=torkham');
    select('chaman');
    await settle();
    go('/?place=torkham&passage=4');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(selection()).toEqual({ placeId: 'torkham', passage: 4, origin: 'url' });
    expect(pushes).toEqual(['/?place=chaman']);
  });

  it('cancels a pending camera write from the entry it left', () => {
    start('/?place=torkham');
    reportCamera(camera(8, 34, 71));
    go('/?place=chaman');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(1000);
    expect(here()).toBe('/?place=chaman');
  });
});

describe('in-page links', () => {
  it('an anchor followed without script keeps the state and its address', () => {
    const target = document.createElement('main');
    target.id = 'article';
    document.body.append(target);
    start('/?place=torkham#9/34.1/71.1');
    reportCamera(camera(9, 34.1, 71.1));
    go('/?place=torkham#article');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(here()).toBe('/?place=torkham#9/34.1/71.1');
    expect(notices()).toEqual([]);
  });

  it('a fragment naming nothing on the page is a view that could not be read', () => {
    start('/?place=torkham#nowhere');
    expect(notices()).toEqual(['The map view in the link could not be read, so the map shows its own view.']);
    expect(here()).toBe('/?place=torkham');
  });
});

describe('articles', () => {
  it('opens the kept article a link names, then applies the rest of the link', async () => {
    openKept.mockImplementation(async (id, origin) => {
      showArticle(kept, origin);
      return id === KEPT_ID ? kept : null;
    });
    start(`/?article=${KEPT_ID}&place=chaman`);
    expect(selection().placeId).toBeNull();
    await settle();
    expect(openKept).toHaveBeenCalledWith(KEPT_ID, 'url');
    expect(selection()).toEqual({ placeId: 'chaman', passage: null, origin: 'url' });
    expect(here()).toBe(`/?article=${KEPT_ID}&place=chaman`);
  });

  it('says the library cannot be read, not that the article is missing, where the browser keeps nothing', async () => {
    openKept.mockResolvedValue(null);
    libraryReadable.mockResolvedValue(false);
    start(`/?article=${KEPT_ID}&place=chaman`);
    await settle();
    expect(notices()).toEqual([LIBRARY_UNREADABLE]);
    expect(useArticleStore.getState()).toMatchObject({ awaited: KEPT_ID, dialogOpen: true });
  });

  it('waits for the text of an article it does not hold, keeping the link', async () => {
    openKept.mockResolvedValue(null);
    start(`/?article=${KEPT_ID}&place=chaman`);
    await settle();
    expect(notices()).toEqual([MISSING_ARTICLE]);
    expect(useArticleStore.getState()).toMatchObject({ awaited: KEPT_ID, dialogOpen: true });
    expect(here()).toBe(`/?article=${KEPT_ID}&place=chaman`);
    // The reader gives the text: the link applies.
    showArticle(kept, 'user');
    expect(selection().placeId).toBe('chaman');
    expect(useArticleStore.getState().awaited).toBeNull();
    expect(pushes).toEqual([]);
  });

  it('says what failed, in the reader’s words when there are some', async () => {
    openKept.mockRejectedValueOnce(Object.assign(new Error('The gazetteer could not be loaded.'), { forReader: true }));
    start(`/?article=${KEPT_ID}`);
    await settle();
    openKept.mockRejectedValueOnce(new Error('IDBDatabase: internal'));
    go(`/?article=${KEPT_ID}&place=torkham`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(notices()).toEqual([
      'The gazetteer could not be loaded.',
      'The article this link names could not be opened; reload the page to try again.',
    ]);
  });

  it('goes back to the default article when the link names none', () => {
    start('/');
    showArticle(kept, 'url');
    go('/?place=torkham');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useArticleStore.getState().current.id).toBe(DEFAULT_ARTICLE_DATA.id);
    expect(selection().placeId).toBe('torkham');
  });

  it('an article the reader opens gets a new entry with its places framed', async () => {
    start('/?place=torkham#9/34.1/71.1');
    reportCamera(camera(9, 34.1, 71.1));
    showArticle(kept, 'user');
    expect(pushes).toEqual([`/?article=${KEPT_ID}`]);
    expect(selection().placeId).toBeNull();
    expect(request()).toMatchObject({ type: 'frame-all', placeIds: ['torkham', 'chaman'] });
    // The framing's end is this entry's view.
    reportCamera(camera(7, 32, 68), request()!.seq);
    vi.advanceTimersByTime(300);
    expect(here()).toBe(`/?article=${KEPT_ID}#7/32/68`);
    await settle();
  });

  it('the same article shown again (a corrected title) makes no entry', () => {
    start('/');
    showArticle({ ...DEFAULT_ARTICLE_DATA }, 'user');
    expect(pushes).toEqual([]);
  });

  it('frames every place of a kept article its link opens without a place', async () => {
    openKept.mockImplementation(async (_id, origin) => {
      showArticle(kept, origin);
      return kept;
    });
    start(`/?article=${KEPT_ID}`);
    await settle();
    expect(request()).toMatchObject({ type: 'frame-all', placeIds: ['torkham', 'chaman'] });
  });
});

describe('stopping', () => {
  it('follows nothing after it stops', async () => {
    start('/');
    stop!();
    stop = undefined;
    select('torkham');
    await settle();
    reportCamera(camera(8, 34, 71));
    vi.advanceTimersByTime(1000);
    go('/?place=chaman');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(pushes).toEqual([]);
    expect(selection().placeId).toBe('torkham');
  });
});
