// Opening a link that carries its article: the payload is read and checked
// (link-codec), the article is kept in the reader's library with the sender's
// title, source and corrections, and opened. Nothing of the reader's is
// overwritten silently: where they keep the article with their own, theirs
// stay and the sender's are offered, with Undo. Loaded only for such a link.
import { decodeArticle } from '../core/share/link-codec.ts';
import { knownCorrections, refusedNote } from '../core/share/carried-link.ts';
import { placeById } from '../core/places/gazetteer.ts';
import {
  defaultId,
  finderVersion,
  gazetteer,
  getLibrary,
  openKept,
  openSeed,
  showKept,
} from '../library/open-article.ts';
import { placeCount } from '../core/article/article-data.ts';
import { differs } from '../library/import-bundle.ts';
import type { KeptArticle } from '../library/library.ts';
import { notify } from '../notices/notices.ts';

export type Received = { ok: true } | { ok: false; message: string };

const NOT_KEPT = 'The article in this link could not be kept in this browser’s library (storage is full or blocked).';

/** Show the kept article again (the same id: no history entry, the selection and view stay). */
async function reopen(id: string): Promise<void> {
  await openKept(id, 'url');
}

/** Undo: the reader's own copy back as it was. */
const undo = (mine: KeptArticle) => ({
  label: 'Undo',
  run: () =>
    void getLibrary()
      .then(({ lib }) => lib.put({ ...mine, openedAt: Date.now() }))
      .then(() => reopen(mine.id))
      .then(() => notify('Your own title, source and corrections are back.', 'article'))
      .catch(() => notify(NOT_KEPT, 'article')),
});

/** Keep the sender's title, source and corrections over the reader's copy, and say so with Undo. */
async function takeSenders(mine: KeptArticle, senders: KeptArticle, said: string): Promise<void> {
  const { lib } = await getLibrary();
  try {
    await lib.put({ ...senders, openedAt: Date.now(), placeCount: mine.placeCount });
  } catch {
    notify(NOT_KEPT, 'article');
    return;
  }
  await reopen(mine.id);
  notify(said, 'article', [], 0, { actions: [undo(mine)] });
}

/** Whether the reader's copy holds nothing of their own: no corrections, and the title and source the link has. */
const plain = (mine: KeptArticle, senders: KeptArticle) =>
  !mine.corrections?.length &&
  !mine.userPlaces?.length &&
  mine.title === senders.title &&
  mine.source === senders.source;

/** Read, keep and open the article a link carries; a message for the reader when it cannot be. */
export async function receiveArticle(id: string | null, payload: string): Promise<Received> {
  if (id === null) return { ok: false, message: refusedNote('no-id') };
  // The places' list loads while the payload is read: the article is found against it next.
  const loading = gazetteer();
  const decoded = await decodeArticle(payload, id);
  if (!decoded.ok) return { ok: false, message: refusedNote(decoded.reason, decoded.version) };
  // The default article ships with the app; its links never carry it.
  if (id === (await defaultId())) {
    await openSeed('url');
    return { ok: true };
  }
  const g = await loading;
  if (typeof g === 'string') return { ok: false, message: g };
  const a = decoded.article;
  const { kept: corrections, skipped } = knownCorrections(
    a.corrections,
    a.userPlaces,
    (placeId) => placeById(placeId) !== undefined,
  );
  const incoming: KeptArticle = {
    id,
    format: a.format,
    text: a.text,
    title: a.title,
    source: a.source,
    openedAt: Date.now(),
    placeCount: -1,
    finder: finderVersion(g),
    corrections,
    userPlaces: a.userPlaces,
  };
  const { lib, kept: persistent } = await getLibrary();
  const before = await lib.get(id).catch(() => undefined);
  try {
    if (!before) {
      // Shown first, then kept, as a text from a file is.
      const data = await showKept(incoming, 'url');
      const withFixes = corrections.length > 0 || a.userPlaces.length > 0;
      try {
        await lib.put({ ...incoming, placeCount: placeCount(data) });
        notify(`Added to your library: “${a.title}”${withFixes ? ', with the sender’s corrections' : ''}.`, 'article');
        if (!persistent)
          notify('This browser keeps nothing for this site: the article is open for this visit only.', 'article');
      } catch {
        notify(`${NOT_KEPT} It is open for this visit.`, 'article');
      }
    } else if (!differs(before, incoming)) {
      await reopen(id);
    } else if (plain(before, incoming)) {
      // Nothing of the reader's is replaced: the sender's corrections are added, with Undo.
      await takeSenders(before, incoming, `The sender’s corrections were added to “${before.title}” in your library.`);
    } else {
      await reopen(id);
      notify(
        `“${before.title}” is already in your library, with a title, source or corrections of your own, and the link’s differ: yours are kept.`,
        'article',
        [],
        0,
        {
          actions: [
            {
              label: 'Use the sender’s',
              run: () => void takeSenders(before, incoming, 'Using the sender’s title, source and corrections.'),
            },
          ],
        },
      );
    }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  if (skipped.length > 0) {
    const n = skipped.length;
    notify(
      `${n === 1 ? 'One of the sender’s corrections names a place' : `${n.toLocaleString('en-GB')} of the sender’s corrections name places`} this explorer does not know; ${n === 1 ? 'it was' : 'they were'} skipped.`,
      'article',
      skipped.map(
        (c) => `“${c.words.slice(0, 80)}” (${'every' in c ? 'every mention' : `passage ${c.passage}`}): “${c.placeId}”`,
      ),
    );
  }
  return { ok: true };
}
