// What each item of the Export menu does: gather the open article, its places'
// shapes and the gazetteer's ids, write the file, and hand it to the browser.
// Loaded when the menu is first used.
import type { Geometry } from 'geojson';
import { placeCount, type ArticleData } from '../core/article/article-data.ts';
import { DEFAULT_ARTICLE_DATA, DEFAULT_TEXT } from '../article/default-article.ts';
import { contentId } from '../core/article/readers/content-id.ts';
import type { KeptArticle } from '../library/library.ts';
import { SEED_KEY } from '../corrections/user-places.ts';
import { finderVersion, getLibrary } from '../library/open-article.ts';
import { loadAllGeo } from '../map/geodata.ts';
import { PALETTES } from '../map/layers.ts';
import { mapPicture } from '../map/picture.ts';
import { currentTheme } from '../map/theme.ts';
import { loadGazetteer, type LoadedGazetteer } from '../places/finder/load.ts';
import { factsOf, SOURCES_TEXT } from '../core/places/place-data.ts';
import { currentArticle } from '../store/article.ts';
import { BUNDLE_TYPE, writeBundle, type ArticleBundle } from '../core/export/bundle.ts';
import { CSV_TYPE, placesCsv } from '../core/export/csv.ts';
import { download } from './download.ts';
import { exportName } from '../core/export/file-names.ts';
import { GEOJSON_TYPE, placesGeoJson } from '../core/export/geojson.ts';
import { composeMapImage } from './map-image.ts';
import { exportPlaces } from '../core/export/places.ts';

export const LIBRARY_FORMAT = 'border-explorer/library@1';

export type ExportKind = 'geojson' | 'csv' | 'bundle' | 'library' | 'png' | 'png2x';

/** The gazetteer when it can be had; exports leave out what only it knows (GeoNames ids) when it cannot. */
const gazetteer = (): Promise<LoadedGazetteer | null> => loadGazetteer().catch(() => null);

/** The id a file carries: the content id (the seed's too, so a bundle of it opens anywhere). */
const fileId = async (data: ArticleData) => (data.id === DEFAULT_ARTICLE_DATA.id ? contentId(DEFAULT_TEXT) : data.id);

const nameFor = async (data: ArticleData, what: string, ext: string) =>
  exportName(data.article.title, await fileId(data), what, ext);

async function places(data: ArticleData) {
  const g = await gazetteer();
  return exportPlaces(data, g?.geonames);
}

async function geoJson(data: ArticleData): Promise<Blob> {
  const [shipped] = await loadAllGeo();
  const shapes = new Map<string, Geometry>(shipped.features.map((f) => [String(f.properties?.id), f.geometry]));
  const shapeOf = (id: string): Geometry | null => {
    const anchor = factsOf(id)?.anchor;
    return shapes.get(id) ?? (anchor ? { type: 'Point', coordinates: [anchor[0], anchor[1]] } : null);
  };
  const out = placesGeoJson(await places(data), shapeOf);
  return new Blob([JSON.stringify(out)], { type: GEOJSON_TYPE });
}

async function csv(data: ArticleData): Promise<Blob> {
  return new Blob([placesCsv(await places(data), (id) => factsOf(id)?.anchor ?? null)], { type: CSV_TYPE });
}

/** The kept article behind the data: the library's, or the seed as it ships. */
async function keptOf(data: ArticleData): Promise<KeptArticle> {
  if (data.id !== DEFAULT_ARTICLE_DATA.id) {
    const kept = await (await getLibrary()).lib.get(data.id).catch(() => undefined);
    if (kept) return kept;
  }
  return {
    id: await fileId(data),
    format: 'text',
    text: DEFAULT_TEXT,
    title: data.article.title,
    source: data.article.source,
    openedAt: Date.now(),
    placeCount: placeCount(data),
    finder: 'seed',
  };
}

async function bundleOf(kept: KeptArticle, data: ArticleData | null, finder: string): Promise<ArticleBundle> {
  return {
    format: 'border-explorer/article@1',
    id: kept.id,
    articleFormat: kept.format,
    text: kept.text,
    title: kept.title,
    source: kept.source,
    passages: (data?.article.passages ?? []).map(({ n, kind, text }) => ({ n, kind, text })),
    corrections: kept.corrections ?? [],
    userPlaces: kept.userPlaces ?? [],
    ...(kept.date && kept.dateFrom ? { date: kept.date, dateFrom: kept.dateFrom } : {}),
    ...(kept.outlet !== undefined ? { outlet: kept.outlet } : {}),
    gazetteer: finder,
    exportedAt: new Date().toISOString(),
  };
}

async function bundle(data: ArticleData): Promise<Blob> {
  // The corrections as the reader sees them now.
  const kept = { ...(await keptOf(data)), ...data.corrections };
  const g = await gazetteer();
  const b = await bundleOf(kept, data, g ? finderVersion(g) : kept.finder);
  return new Blob([writeBundle(b)], { type: BUNDLE_TYPE });
}

async function library(): Promise<{ blob: Blob; count: number }> {
  const all = await (await getLibrary()).lib.list();
  const seedId = await contentId(DEFAULT_TEXT);
  // The default article's corrections are kept without its text, which ships with the app.
  const whole = all.map((k) => (k.id === SEED_KEY ? { ...k, id: seedId, text: DEFAULT_TEXT } : k));
  const articles = await Promise.all(whole.map((k) => bundleOf(k, null, k.finder)));
  const body = { format: LIBRARY_FORMAT, exportedAt: new Date().toISOString(), articles };
  return { blob: new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: BUNDLE_TYPE }), count: all.length };
}

async function png(scale: number): Promise<Blob> {
  const picture = await mapPicture(scale);
  const theme = currentTheme();
  const css = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  composeMapImage(
    picture,
    scale,
    {
      palette: PALETTES[theme],
      surface: colour('--surface', '#ffffff'),
      text: colour('--text', '#1f1d1a'),
      muted: colour('--muted', '#5c564d'),
    },
    SOURCES_TEXT,
  );
  return new Promise((resolve, reject) =>
    picture.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be made.'))), 'image/png'),
  );
}

/** Write one export and download it; resolves to the file's name, for the notice. */
export async function runExport(kind: ExportKind): Promise<string> {
  const data = currentArticle();
  let name: string;
  let blob: Blob;
  switch (kind) {
    case 'geojson':
      [name, blob] = [await nameFor(data, 'places', 'geojson'), await geoJson(data)];
      break;
    case 'csv':
      [name, blob] = [await nameFor(data, 'places', 'csv'), await csv(data)];
      break;
    case 'bundle':
      [name, blob] = [await nameFor(data, 'article', 'json'), await bundle(data)];
      break;
    case 'library': {
      const lib = await library();
      if (lib.count === 0) throw new Error('Your library is empty: open an article first.');
      [name, blob] = [`border-explorer-library-${new Date().toISOString().slice(0, 10)}.json`, lib.blob];
      break;
    }
    case 'png':
    case 'png2x': {
      const scale = kind === 'png' ? 1 : 2;
      [name, blob] = [await nameFor(data, kind === 'png' ? 'map' : 'map@2x', 'png'), await png(scale)];
      break;
    }
  }
  download(name, blob);
  return name;
}
