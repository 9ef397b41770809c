// The places an article names, as export writes them: one record per place,
// with its mentions, from the article's index and the gazetteer. Pure.
import type { ArticleData } from '../article/article-data.ts';
import { isCorrected } from '../corrections/corrections.ts';
import { placeById } from '../places/gazetteer.ts';
import { factsOf } from '../places/place-data.ts';

export interface ExportMention {
  passage: number;
  /** The words of the text that name the place. */
  text: string;
  /** The reader made or changed this mention. */
  corrected: boolean;
}

export interface ExportPlace {
  id: string;
  name: string;
  kind: string;
  /** ISO 3166-1 alpha-2; '' for a place that spans countries or is one. */
  country: string;
  /** GeoNames id, where the gazetteer knows it. */
  geonames: number | null;
  mentions: ExportMention[];
  /** Every mention is uncertain: the name fits another place too. */
  uncertain: boolean;
  /** The reader corrected one of its mentions (a place they assigned or added). */
  corrected: boolean;
  /** How good its point is, where it is not the place's own: "approximate: drawn beside Miranshah". */
  position?: string;
}

/** What an export says of a point the map drew beside another place, not where the place is. */
function positionOf(id: string): string | undefined {
  const facts = factsOf(id);
  if (facts?.pointNote !== 'text') return undefined;
  const beside = facts.beside ? placeById(facts.beside)?.name : undefined;
  return beside
    ? `approximate: drawn beside ${beside}, where the article puts it; the map does not know this place`
    : 'approximate: the map does not know this place';
}

/** Every place the article names, in the order the article first names them. */
export function exportPlaces(data: ArticleData, geonames: ReadonlyMap<string, number> = new Map()): ExportPlace[] {
  const uncertain = new Set(data.uncertainIds);
  const out: ExportPlace[] = [];
  for (const [id, mentions] of data.index.byPlace) {
    const place = placeById(id);
    if (!place || mentions.length === 0) continue;
    const position = positionOf(id);
    out.push({
      id,
      name: place.name,
      kind: place.kind,
      country: place.country,
      geonames: geonames.get(id) ?? null,
      mentions: mentions.map((m) => ({
        passage: m.passage,
        text: data.article.passages[m.passage - 1]!.text.slice(m.start, m.end),
        corrected: isCorrected(m),
      })),
      uncertain: uncertain.has(id),
      corrected: mentions.some(isCorrected),
      ...(position ? { position } : {}),
    });
  }
  const first = (p: ExportPlace) => p.mentions[0]!.passage;
  return out.sort((a, b) => first(a) - first(b));
}
