// Places an article names that no gazetteer knows (issue 31): made from the
// finder's finds into places the app can list, show, frame and export, put
// approximately at the gazetteer place the text ties them to, or nowhere. And
// what the panel says of a mention the finder was unsure of.
import type { UnlocatedPlace } from './finder/unlocated.ts';
import { isUnlocatedId } from './finder/unlocated.ts';
import { placeById, type Place } from './gazetteer.ts';
import type { PlaceMention } from './mentions.ts';
import { factsOf, type PlaceFacts } from './place-data.ts';

/** A mention as the finder made it: of a place of the text's own, or of a gazetteer place spelled otherwise. */
type Found = PlaceMention & { unlocated?: UnlocatedPlace; variantOf?: string; uncertain?: boolean; outlier?: boolean };

/** How the text named it, for the panel: "Found from how the article names it: …". */
const CUE_WORDS: Readonly<Record<UnlocatedPlace['cue'], string>> = {
  'named-as-place': 'named with a word that says it is a place',
  introduced: 'introduced by what it is: a village, town, city, valley, pass or the like',
  'village-name': 'named as a village, in Pashto or Balochi',
  apposition: 'described as a village, town, valley or bazaar',
  located: 'described by where it lies',
  route: 'named on a route or beside a place',
  toponym: 'its name has the form of a place’s name',
  listed: 'listed one per line with places the map knows',
  'in-list': 'named in a list with places the map knows',
  parts: 'named as a whole the map knows in parts',
  'gone-to': 'named as a place people went to, stayed at or came from',
  state: 'named as a state of the United States, or as a town with its state after it',
  'named-again': 'named again after the article introduced it',
};

/** How far (degrees of latitude, about 4 km) a place the text puts near another is drawn from it. */
const BESIDE_DEG = 0.035;
/** How many places are spread on one ring around the place they are put at. */
const PER_RING = 8;

/** A place as a reader calls it: "Chitral district", "Miranshah". */
function called(p: Place): string {
  return p.kind === 'district' ? `${p.name} district` : p.name;
}

/** Where the text puts a place, in words: "in Chitral district", "near Miranshah". */
function whereWords(p: Place): string {
  if (p.kind === 'district' || p.kind === 'province' || p.kind === 'region' || p.kind === 'country')
    return `in ${called(p)}`;
  return `near ${p.name}`;
}

/** What the panel says of where a place is drawn, and why there. */
function whereSaid(p: Place, cue: UnlocatedPlace['cue'], loose: boolean, name: string): string {
  // A feature named after the place ("Malakand Pass" after Malakand): the text says no more of where it is.
  if (!loose && name !== p.name && name.startsWith(`${p.name} `))
    return `The map does not know this place. It is named after ${called(p)}; the map shows it there, approximately.`;
  // A whole the map knows in parts ("Waziristan") is not inside the part it is shown at.
  if (cue === 'parts')
    return `The map knows this place only in parts; it shows it at ${p.name}, one of its parts, approximately.`;
  // Only the sentence ties the two: the text does not say the place is there, and the panel does not either.
  if (loose)
    return `The map does not know this place. The text names it in one sentence with ${called(p)}; the map shows it beside ${p.name}, approximately.`;
  return `The map does not know this place. The text puts it ${whereWords(p)}; the map shows it there, approximately.`;
}

/**
 * The article's places that no gazetteer knows, with their facts (a point at
 * the place the text ties them to, marked approximate) where the text says
 * where they are. `text(passage)` is a passage's text, for the words that found each.
 */
export function textPlaces(
  byPlace: ReadonlyMap<string, readonly PlaceMention[]>,
  text: (passage: number) => string | undefined,
): { places: Place[]; facts: Map<string, PlaceFacts> } {
  const places: Place[] = [];
  const facts = new Map<string, PlaceFacts>();
  /** The places put at each gazetteer place, by its id. */
  const around = new Map<string, string[]>();
  for (const [id, mentions] of byPlace) {
    if (!isUnlocatedId(id)) continue;
    const found = mentions as readonly Found[];
    const first = found.find((m) => m.unlocated && m.unlocated.cue !== 'named-again') ?? found[0];
    const u = first?.unlocated;
    if (!first || !u) continue;
    // The place the text ties it to most closely: by a word ("near Miranshah") rather than only by its sentence,
    // and a place smaller than a country ("a village in Afghanistan" says too little to draw it by).
    const ties = found.flatMap((m) => (m.unlocated?.parent && factsOf(m.unlocated.parent) ? [m.unlocated] : []));
    const small = ties.filter((t) => placeById(t.parent!)?.kind !== 'country');
    const tie = small.find((t) => !t.loose) ?? small[0];
    const country = tie ? undefined : ties.map((t) => placeById(t.parent!)).find((p) => p);
    const parentId = tie?.parent;
    const parent = parentId ? placeById(parentId) : undefined;
    const parentFacts = parentId ? factsOf(parentId) : undefined;
    const words = text(first.passage)?.slice(first.start, first.end) ?? u.name;
    places.push({
      id,
      name: u.name,
      kind: 'town',
      country: parent?.country ?? '',
      aliases: [],
      description:
        (parent
          ? whereSaid(parent, u.cue, !!tie?.loose, u.name)
          : country
            ? `The map does not know this place, and the text puts it only in ${country.name}: it is listed without a point.`
            : u.within
              ? `The map does not know this place, and the text puts it in ${u.within}, which the map does not show either: it is listed without a point.`
              : 'The map does not know this place, and the text does not say where it is: it is listed without a point.') +
        ` Found from how the article names it (${CUE_WORDS[u.cue]}): “${words}”.`,
    });
    if (parentId && parentFacts) {
      const siblings = around.get(parentId) ?? [];
      siblings.push(id);
      around.set(parentId, siblings);
    }
  }
  // Beside the place the text ties them to, not on it: a few kilometres off, the places put at one
  // place spread evenly around it (eight to a ring, then a wider ring), so that none hides another.
  for (const [parentId, ids] of around) {
    const [x, y] = factsOf(parentId)!.anchor;
    const turn = [...parentId].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % 360;
    [...ids].sort().forEach((id, k) => {
      const angle = ((turn + (k % PER_RING) * (360 / Math.min(PER_RING, ids.length))) * Math.PI) / 180;
      const r = BESIDE_DEG * (1 + 0.6 * Math.floor(k / PER_RING));
      const anchor: [number, number] = [
        x + (r * Math.cos(angle)) / Math.cos((y * Math.PI) / 180),
        y + r * Math.sin(angle),
      ];
      // Framed with the place it is put beside, so that the reader sees what it is drawn next to.
      const [w, s, e, n] = factsOf(parentId)!.bbox;
      const bbox: [number, number, number, number] = [
        Math.min(w, anchor[0]),
        Math.min(s, anchor[1]),
        Math.max(e, anchor[0]),
        Math.max(n, anchor[1]),
      ];
      facts.set(id, { anchor, bbox, geometry: 'point', source: 'article', pointNote: 'text', beside: parentId });
    });
  }
  return { places, facts };
}

/** What the panel says of a place whose mentions the finder was unsure of, or null. */
export function uncertainNote(
  mentions: readonly PlaceMention[],
  text: (passage: number) => string | undefined,
): string | null {
  const found = mentions as readonly Found[];
  if (found.some((m) => m.unlocated?.cue === 'parts'))
    return 'Uncertain: the map knows this place only in parts; the finder found it from how the article names it.';
  if (found.some((m) => m.unlocated))
    return 'Uncertain: the map does not know this place; the finder found it from how the article names it.';
  const variant = found.find((m) => m.variantOf);
  if (variant) {
    const written = text(variant.passage)?.slice(variant.start, variant.end) ?? '';
    return `Uncertain: written “${written}”; the map’s “${variant.variantOf}”.`;
  }
  if (found.some((m) => m.outlier))
    return 'Uncertain: the map’s only place of this name lies far from every other place the article names; the article may mean another.';
  if (found.some((m) => m.uncertain))
    return 'Uncertain: another place has this name, and the article does not say which it means.';
  return null;
}
