// The library view's CSV: what the view shows, one row per mention (place,
// article, date, outlet, passage, words), with the export's injection-safe writer.
import {
  LIBRARY_CSV_COLUMNS,
  libraryCsvRows,
  libraryPlaces,
  mentionsOf,
  type IndexEntry,
} from '../core/library/library-index.ts';
import { csvText, CSV_TYPE } from '../core/export/csv.ts';
import { slug } from '../core/export/file-names.ts';
import { download } from '../export/download.ts';
import { getLibrary } from '../library/open-article.ts';
import { notify } from '../notices/notices.ts';

/** Download the CSV of the shown articles' mentions: of the chosen place, or of every place. */
export async function exportLibraryCsv(
  shown: readonly IndexEntry[],
  place: string | null,
  nameOf: (id: string) => string,
): Promise<void> {
  const { lib } = await getLibrary();
  const articles = place ? shown.filter((e) => e.mentions[place]?.length) : shown;
  const texts = new Map(
    await Promise.all(
      articles.map(async (a) => [a.id, (await lib.passages(a.id).catch(() => undefined))?.passages ?? {}] as const),
    ),
  );
  const places = place ? [place] : libraryPlaces(articles).map((p) => p.id);
  const mentions = mentionsOf(articles, places, (id, n) => texts.get(id)?.[n]);
  if (mentions.length === 0) {
    notify('The view shows no mention to export.');
    return;
  }
  const csv = csvText(LIBRARY_CSV_COLUMNS, libraryCsvRows(mentions, nameOf));
  const name = `library${place ? `-${slug(nameOf(place)) || place}` : ''}.csv`;
  download(name, new Blob([csv], { type: CSV_TYPE }));
}
