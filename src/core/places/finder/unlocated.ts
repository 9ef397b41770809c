// Places the gazetteer lacks, found anyway (issue 31): villages, bazaars,
// valleys and passes that news introduces with a cue ("Machas village", "the
// villages of A, B and C", "Killi X", "X, a village near Y"). Such a place
// gets an id of the text's own, and is put where the text puts it (the
// gazetteer place it names with it), or nowhere when the text does not say.
// A cued name that is another spelling of a gazetteer name ("Khanashin" for
// Khan Neshin) is that place instead, marked uncertain. Pure; rules as data in rules.ts.
import type { GazetteerEntry } from './gazetteer-file.ts';
import { distanceKm } from './distance.ts';
import { slug, wordKey } from './normalise.ts';
import {
  ABBREVIATIONS,
  BRACKET_DESCRIPTORS,
  DESIGNATOR_COUNTRY,
  EVENT_WORDS_BEFORE,
  EVENT_WORDS_AFTER,
  FORCE_WORDS_AFTER,
  ALIAS_INTRODUCERS,
  CALENDAR_WORDS,
  FEATURE_PLURALS,
  NEWS_AGENCIES,
  GOING_MIN,
  GOING_WORDS,
  GOING_WORDS_TWICE,
  NOT_GONE_TO,
  PERSON_TITLES,
  PERSON_VERBS_AFTER,
  LANGUAGE_LABELS,
  PART_OF_UNIT_WORDS,
  PART_NAMED_UNITS,
  PART_WORDS,
  DESCRIBING_WORDS,
  FUNCTION_WORDS,
  NOT_PLACE_NAMES,
  PARENT_WORDS,
  PEOPLE_LIST_NOUNS,
  PEOPLE_WORDS_AFTER,
  PLACE_APPOSITIONS,
  PLACE_APPOSITIONS_PLURAL,
  PLACE_COPULAS,
  PLACE_WORDS_AFTER,
  PLACE_WORDS_AFTER_WITH_PARENT,
  PLACE_WORDS_BEFORE,
  FEATURE_WORDS,
  TOWN_FEATURE_WORDS,
  IZAFAT_PLACE_WORDS,
  PLACE_LIST_NOUNS,
  PLACE_LIST_OPENERS,
  PLACE_PAIRS,
  PLACE_PREDICATES,
  PLACE_PREFIX_WORDS,
  PLACE_WORDS_LOCATIVE,
  PLACE_WORDS_PLURAL,
  PLACE_WORDS_ROUTE,
  RELIEF_WORDS,
  PASS_WORDS,
  NAME_FINAL_WORDS,
  NAME_JOINERS,
  ORGANISATION_WORDS,
  SPELLING_EQUIVALENCES,
  WORD_ENDINGS,
  TOPONYM_ENDINGS,
  UNIT_WORDS_AFTER,
  VARIANT_MIN_LETTERS,
  VILLAGE_PREFIXES,
  US_STATES,
} from './rules.ts';

/** The ids of places the text names and the gazetteer lacks begin so; no gazetteer id does. */
export const UNLOCATED_PREFIX = 'text-';

/** Whether an id is a place of the text's own (unlocated), not the gazetteer's. */
export const isUnlocatedId = (id: string) => id.startsWith(UNLOCATED_PREFIX);

/** How the text named a place the gazetteer lacks. */
export type PlaceCue =
  | 'named-as-place'
  | 'introduced'
  | 'village-name'
  | 'apposition'
  | 'located'
  | 'route'
  | 'toponym'
  | 'parts'
  | 'listed'
  | 'in-list'
  | 'gone-to'
  | 'state'
  | 'named-again';

/** A place the text names that the gazetteer lacks. */
export interface UnlocatedPlace {
  name: string;
  /** The gazetteer place the text puts it in or near, if it says. */
  parent?: string;
  /** The parent is only named in the same sentence, not tied to it by a word ("near", "in", "of"). */
  loose?: true;
  /** A place the map does not show either that the text puts it in ("Winchester, Va.": Virginia). */
  within?: string;
  cue: PlaceCue;
}

/** The place the text puts a place it names in or near, and whether only the sentence ties them. */
type Tie = Pick<UnlocatedPlace, 'parent' | 'loose'>;

/** A word of the text, as the finder tokenises it. */
export interface Word {
  key: string;
  raw: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** A mention the gazetteer pass made: where, and of what. */
export interface Known {
  start: number;
  end: number;
  placeId: string;
}

/** A find of this pass: a place of the text's own, or a gazetteer place under another spelling. */
export interface CuedFind {
  start: number;
  end: number;
  placeId: string;
  unlocated?: UnlocatedPlace;
  /** The gazetteer's name, where the text spells it otherwise. */
  variantOf?: string;
  /** It reads words the gazetteer pass took otherwise (“the Malakand and Lowari passes”): it takes their place. */
  replaces?: true;
}

const keysOf = (phrase: string) => phrase.split(' ').map(wordKey);
/** Finds in text order, by one comparator for every call (see finder.ts's). */
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
const UNIT_PARTS = new Set(PART_OF_UNIT_WORDS.map(wordKey));
/** Units in the plural, after a list of their names ("the Zharay and Maiwand districts"). */
const PLURAL_UNITS = new Set(['districts', 'provinces', 'agencies', 'tehsils']);
/** Units a district's part may name alone ("Upper Tehsil"). */
const PART_UNITS = new Set(PART_NAMED_UNITS.map(wordKey));
const ABBREVIATED = new Set(ABBREVIATIONS);
/** A passage that opens with a place in capitals and a comma or a dash: a dateline ("KHANASHIN, Afghanistan —"). */
const DATELINE = /^([\p{Lu}][\p{Lu}\s-]{3,40}?)\s*(?:,(?=\s*[\p{Lu}\d])|—|–| - )/u;
const ORGANISATION = new Set(ORGANISATION_WORDS.map(wordKey));
const NAME_FINAL = new Set(NAME_FINAL_WORDS);
const AFTER = new Set([...PLACE_WORDS_AFTER, ...NAME_FINAL_WORDS].map(wordKey));
const FEATURES = new Set([...FEATURE_WORDS, ...NAME_FINAL_WORDS].map(wordKey));
const TOWN_FEATURES = new Set(TOWN_FEATURE_WORDS.map(wordKey));
const SETTLEMENT_KINDS = new Set(['town', 'capital']);
const AFTER_WITH_PARENT = new Set(PLACE_WORDS_AFTER_WITH_PARENT.map(wordKey));
const UNITS = new Set(UNIT_WORDS_AFTER.map(wordKey));
const PLURAL_AFTER = new Set(PLACE_WORDS_PLURAL.map(wordKey));
/** Words that name one kind of feature, one for another ("Sulaiman Ranges", "Peiwar Khotal"). */
const SYNONYMS = [RELIEF_WORDS, PASS_WORDS].map((g) => g.map(wordKey));
const SYNONYM_WORDS = new Set(SYNONYMS.flat());
const ROUTE = new Set(PLACE_WORDS_ROUTE.map(wordKey));
const PAIR_OPENERS = new Map(PLACE_PAIRS.map(([a, b]) => [wordKey(a), wordKey(b)]));
const LOCATIVE = new Set(PLACE_WORDS_LOCATIVE.map(wordKey));
const PREDICATES = PLACE_PREDICATES.map(keysOf).sort((a, b) => b.length - a.length);
const PREDICATE_FIRST = new Set(PREDICATES.map((k) => k[0]!));
const LIST_NOUNS = new Set(PLACE_LIST_NOUNS.map(wordKey));
const LIST_OPENERS = PLACE_LIST_OPENERS.map(keysOf).sort((a, b) => b.length - a.length);
/** The verbs of a list's openers, after where the places are ("the villages in Dara e Noor are …"). */
const LIST_VERBS = new Set(['are', 'include', 'includes', 'including']);
const NAME_PREFIXES = new Set(PLACE_PREFIX_WORDS.map(wordKey));
const ENDING_WORDS = new Set(TOPONYM_ENDINGS);
const FEATURE_PLURAL = new Map(Object.entries(FEATURE_PLURALS));
const ENDING_LENGTHS = [...new Set(TOPONYM_ENDINGS.map((e) => e.length))];
/** A word that ends as the region's place names do, with three letters or more before the ending. */
const endsAsPlace = (key: string) =>
  ENDING_LENGTHS.some((n) => key.length >= n + 3 && ENDING_WORDS.has(key.slice(-n))) && /^[a-z]+$/u.test(key);
/** "Dasht-i-Margo", "Koh-e Baba", "Darya-ye Panj": a Persian place word, the izafat, a name. */
/** The izafat's words between a name's halves ("Takh-e-Bai"). */
const IZAFAT_WORDS = new Set(['e', 'i', 'ye', 'yi']);
const IZAFAT = new RegExp(
  `(?<![\\p{L}-])(?:${IZAFAT_PLACE_WORDS.join('|')})(?:-| )(?:e|i|ye|yi)(?:-| )\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?`,
  'gu',
);
/** After a place: its other names in brackets, or after "also spelled", "formerly known as" …; to the sentence's end. */
const ALIAS_AFTER = new RegExp(
  `(?:\\s*\\(([^()]{2,160})\\)|,?\\s+(?:${ALIAS_INTRODUCERS.join('|')})\\s+([^.;:()]{2,80}))`,
  'uy',
);
/** Between a place's other names: commas, semicolons, "or", "and", "also (spelled …)", "… respectively". */
const ALIAS_SEPARATOR =
  /^(?:\s*(?:,|;|\bor\b|\band\b|\brespectively\b|\b[Aa]lso(?:\s+(?:spelled|spelt|written|known as|called))?\b|\b[Ff]ormerly(?:\s+(?:known as|called))?\b))*\s*/u;
/** What may follow one other name before the next: a separator, or the bracket's end. */
const ALIAS_GOES_ON = /^\s*(?:,|;|or\b|and\b|also\b|respectively\b|$)/u;
/** One other name: up to three capitalised words. */
const ALIAS_NAME = /^\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,2}(?![\p{L}\p{M}])/u;
const AGENCIES = new Set(NEWS_AGENCIES.map(wordKey));
/** A language's label in a bracket ("Jamrūd (Pashto/Urdu: جمرود)"): no name of the place. */
const LANGUAGE_WORDS = new Set(LANGUAGE_LABELS.map(wordKey));
const LANGUAGE = `(?:${LANGUAGE_LABELS.join('|')})`;
/** A name in a script of the region's languages, or of a neighbour's: Arabic, Devanagari, Gurmukhi, Cyrillic, Greek. */
const NATIVE_LETTER =
  '[\\p{Script=Arabic}\\p{Script=Devanagari}\\p{Script=Gurmukhi}\\p{Script=Cyrillic}\\p{Script=Greek}\\u200c\\u200d]';
const NATIVE_NAME = `${NATIVE_LETTER}(?:[\\s\\p{M}]*${NATIVE_LETTER})*`;
/** Each name of a label's list ("ګومل سیند، ګومل دریاب"). */
const NATIVE_NAMES = new RegExp(NATIVE_NAME, 'gu');
/** A name in another script where a bracket's next name starts. */
const NATIVE_AT = new RegExp(`^${NATIVE_NAME}`, 'u');
/** A romanisation in small letters after it ("ډنډ او پټان ولسوالۍ ḍanḍ aw paṭān wuləswāləi"). */
const ROMANISED_AT = /^\s+[\p{Ll}\p{M}ʼʻ’'-]+(?:\s+[\p{Ll}\p{M}ʼʻ’'-]+)*/u;
/**
 * "Pashto/Urdu: جمرود ", "Persian and Pashto : واخان", "Sanskrit: गोमती": languages' labels and the names in
 * their script (one or more, by commas), before any Latin name after them.
 */
const LANGUAGE_LABEL = new RegExp(
  `^${LANGUAGE}(?:\\s*(?:[/,]|and|or)\\s*${LANGUAGE})*\\s*:\\s*(${NATIVE_NAME}(?:\\s*[،,]\\s*${NATIVE_NAME})*)?\\s*`,
  'u',
);
const DESCRIPTORS = new Set(BRACKET_DESCRIPTORS.map(wordKey));
const EVENTS = new Set(EVENT_WORDS_BEFORE);
/** An event's or a force's name after a name ("the Waziristan expedition", "the Waziristan militia"): no place there. */
const NAMES_NO_PLACE_AFTER = new Set([...EVENT_WORDS_AFTER, ...FORCE_WORDS_AFTER]);
const PARTS = new Set(PART_WORDS.map(wordKey));
/** Words before "the X area" that put it on the ground. */
const AREA_BEFORE = new Set(['in', 'to', 'from', 'near', 'into', 'across', 'around', 'through', 'inside']);
/** What an apposition describes a place as, after a few words that say what kind ("a gun factory village"). */
const APPOSITION_NOUNS = new Set(['village', 'town', 'hamlet', 'township', 'suburb', 'settlement'].map(wordKey));
/** What "X is a …" or "X is the …" may say a place is, after a few describing words. */
const COPULA_NOUNS = new Set(
  [
    'village',
    'town',
    'city',
    'district',
    'tehsil',
    'valley',
    'hamlet',
    'township',
    'suburb',
    'settlement',
    'bazaar',
  ].map(wordKey),
);
/** A height after a name, a comma or a bracket ("Sikharam, 15,620 feet", "Mir Khweli (4,500 feet)"): a peak's name. */
const HEIGHT_AFTER =
  /^(?:,|\s\()\s*(?:about\s+|some\s+|nearly\s+)?\d{1,2},?\d{3}\s*(?:feet|ft\.?|foot|metres|meters|m)(?![\p{L}])/u;
/** A count before a plural place word ("three passes", "14 wards"). */
const COUNT_BEFORE = /(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/iu;
/** Unit words put before a name ("Tehsil Matta", "District Swat"), and the words of an office's title after them. */
const PREFIX_UNITS = new Set(['tehsil', 'district', 'agency']);
const OFFICE_NAME_WORDS = new Set(
  [
    'officer',
    'officers',
    'administration',
    'administrator',
    'municipal',
    'coordination',
    'coordinator',
    'nazim',
    'naib',
    'council',
    'headquarters',
    'police',
    'court',
    'judge',
    'magistrate',
    'commissioner',
    'education',
    'health',
    'government',
    'chief',
    'governor',
    'center',
    'centre',
    'centers',
    'centres',
    'hospital',
  ].map(wordKey),
);
/** Words after "passes" that make it a verb ("passes this way", "passes through"). */
const VERB_AFTER = new Set([
  'this',
  'that',
  'through',
  'by',
  'the',
  'near',
  'along',
  'over',
  'into',
  'via',
  'a',
  'close',
]);
/** A direction after a name ("Broze to the east"): the name is a place's. */
const DIRECTION_AFTER = /^ to the (?:north|south|east|west)(?:-?(?:east|west))?(?![\p{L}])/u;
/** Words of a river's or a pass's name that "the" may leave out ("the Bolan" for the Bolan Pass), and their kinds. */
const BARE_FEATURE_WORDS = ['River', 'Pass', 'Kotal'];
const BARE_FEATURE_KINDS = new Set(['region', 'crossing']);
const BARE_FEATURE_LETTERS = 4;
const BARE_FEATURE_NOT = new Set(
  [
    'road',
    'roads',
    'railway',
    'highway',
    'route',
    'side',
    'bank',
    'banks',
    'front',
    'field',
    'force',
    'column',
    'brigade',
  ].map(wordKey),
);
/** Place words after which the name alone is the place's ("Machas village" is Machas, "Safi Tehsil" Safi). */
const NAME_ALONE = new Set(
  ['village', 'villages', 'tehsil', 'tehsils', 'subdivision', 'area', 'areas', 'sector'].map(wordKey),
);
/** A feature's word as part of its name: capitalised, one of a plural list made singular ("Meran valleys": Meran Valley). */
const featureWord = (raw: string) => {
  const w = raw[0]!.toUpperCase() + raw.slice(1).toLowerCase();
  return /^(?:Valleys|Rivers|Lakes|Streams)$/u.test(w) ? w.slice(0, -1) : w === 'Passes' ? 'Pass' : w;
};
/** Kinds of gazetteer place that a pair's other side can be measured against: not a country or a capital, which stand for governments. */
/** Places small enough that a place near them is near the text's story (not a country or a province). */
const NEAR_KINDS = new Set(['district', 'town', 'capital', 'crossing']);
const LIST_OF_PEOPLES = new Set(PEOPLE_LIST_NOUNS.map(wordKey));
const GROUND_KINDS = new Set(['district', 'town', 'province', 'region', 'crossing', 'border']);
/** Kinds of place whose other spellings are read with no cue ("Peshawur" is a town of 100,000, so it qualifies too). */
const MAJOR_KINDS = new Set(['province', 'district', 'capital', 'crossing', 'region']);
/** The fewest letters a word read as another spelling with no cue has. */
const MAJOR_VARIANT_LETTERS = 6;
/** How far (km) such a place may lie from the nearest place on the ground its passage names. */
const MAJOR_VARIANT_KM = 200;
const BEFORE = PLACE_WORDS_BEFORE.map(keysOf).sort((a, b) => b.length - a.length);
/** The first words of the cues of several words: most words of a text are none, and are passed at once. */
const BEFORE_FIRST = new Set(BEFORE.map((k) => k[0]!));
const PREFIXES = new Set(VILLAGE_PREFIXES.map(wordKey));
const APPOSITIONS = PLACE_APPOSITIONS.map(keysOf).sort((a, b) => b.length - a.length);
const COPULAS = PLACE_COPULAS.map(keysOf).sort((a, b) => b.length - a.length);
const COPULA_FIRST = new Set(COPULAS.map((k) => k[0]!));
const APPOSITION_FIRST = new Set(APPOSITIONS.map((k) => k[0]!));
const APPOSITIONS_PLURAL = PLACE_APPOSITIONS_PLURAL.map(keysOf).sort((a, b) => b.length - a.length);
const APPOSITION_PLURAL_FIRST = new Set(APPOSITIONS_PLURAL.map((k) => k[0]!));
/** Words that are a cue themselves, and words that start a cue after a name. */
const TRIGGERS = new Set([
  ...AFTER,
  ...AFTER_WITH_PARENT,
  ...UNITS,
  ...BEFORE_FIRST,
  ...PREFIXES,
  ...ROUTE,
  ...PAIR_OPENERS.keys(),
  ...LOCATIVE,
  ...LIST_NOUNS,
  ...NAME_PREFIXES,
  ...FEATURE_PLURAL.keys(),
]);
const NEXT_TRIGGERS = new Set([
  ...COPULA_FIRST,
  ...APPOSITION_FIRST,
  ...APPOSITION_PLURAL_FIRST,
  ...PREDICATE_FIRST,
  'a',
  'an',
]);
const PARENT = new Set(PARENT_WORDS.map(wordKey));
const NEAR_WORDS = new Set(['near', 'outside']);
const NOT_NAME = new Set([
  ...DESCRIBING_WORDS.map(wordKey),
  ...FUNCTION_WORDS.map(wordKey),
  ...CALENDAR_WORDS.map(wordKey),
  ...NOT_PLACE_NAMES.filter((n) => !n.includes(' ')).map(wordKey),
  // Their plurals too: "the Afridis", "the Wazirs".
  ...NOT_PLACE_NAMES.filter((n) => !n.includes(' ') && !n.endsWith('s')).map((n) => `${wordKey(n)}s`),
]);
const FUNCTION = new Set(FUNCTION_WORDS.map(wordKey));
/** Peoples' names the rules list ("Waziri", "Afridi"), which name the land they live in with a word of the land after them. */
const PEOPLE_NAMES = new Set(NOT_PLACE_NAMES.filter((n) => !n.includes(' ')).map(wordKey));
/** Words of the land that make a people's name a place's: "the Waziri Hills". */
const PLACE_OF_PEOPLE = new Set([...RELIEF_WORDS, 'valley', 'country'].map(wordKey));
const PEOPLE = new Set(PEOPLE_WORDS_AFTER.map(wordKey));
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);
/** startsUpper, answered from the first letter's code where it is ASCII: most words are. */
const capital = (s: string) => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : startsUpper(s);
};
/** The most words a name of a place the gazetteer lacks has; a longer capitalised run is a person's or an organisation's. */
const MAX_NAME_WORDS = 3;

/** A name's letters as compared for spelling: each word's equivalences and ending applied, joining words set aside, doubles single. */
export function spellingKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words
    .filter((w, i) => i === 0 || i === words.length - 1 || !JOINERS.has(w))
    .map(wordSpelling)
    .join('')
    .replace(/(.)\1+/g, '$1');
}
// The equivalences in one pass: none makes letters another one reads.
const EQUIVALENT = new RegExp(SPELLING_EQUIVALENCES.map(([from]) => from).join('|'), 'g');
const EQUIVALENT_TO = new Map(SPELLING_EQUIVALENCES);
const JOINERS = new Set(NAME_JOINERS);
/** One word's letters (a–z) as compared for spelling. */
export function wordSpelling(word: string): string {
  const letters = word.replace(EQUIVALENT, (from) => EQUIVALENT_TO.get(from)!);
  for (const [ending, as] of WORD_ENDINGS) if (ending.test(letters)) return letters.replace(ending, as);
  return letters;
}

const VOWEL = /[aeiouy]/;
/** Whether two spelling keys differ by one vowel at most: one put in, left out or changed. */
function oneVowelApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return VOWEL.test(a[i]!) && VOWEL.test(b[i]!) && a.slice(i + 1) === b.slice(i + 1);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return VOWEL.test(long[i]!) && long.slice(i + 1) === short.slice(i);
}

/** The consonants of a key: where names that may be one another's spelling are looked for. */
const consonants = (key: string) => key.replace(/[aeiouy]/g, '');

/**
 * Gazetteer names by their consonants, for names of a letter less than
 * VARIANT_MIN_LETTERS and more: "Sibbi" is Sibi.
 */
export function variantIndex(entries: readonly GazetteerEntry[]) {
  const byConsonants = new Map<string, { entry: number; name: string; key: string; folded: string }[]>();
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  entries.forEach((e, i) => {
    for (const name of [e.n, ...(e.a ?? [])]) {
      const folded = fold(name);
      if (folded.length < VARIANT_MIN_LETTERS - 1) continue;
      const key = spellingKey(name);
      const at = consonants(key);
      const list = byConsonants.get(at);
      if (list) list.push({ entry: i, name, key, folded });
      else byConsonants.set(at, [{ entry: i, name, key, folded }]);
    }
  });
  /**
   * The gazetteer entry this name is another spelling of, if any (`exact`: it
   * is the gazetteer's own name), else undefined.
   */
  type Spelled = { entry: number; name: string; exact: boolean } | undefined;
  // Names recur within an article and across it: each is compared once (a bounded memory).
  const seen = new Map<string, Spelled>();
  const compare = (written: string): Spelled => {
    const folded = fold(written);
    if (folded.length < VARIANT_MIN_LETTERS) return undefined;
    const key = spellingKey(written);
    const candidates = (byConsonants.get(consonants(key)) ?? []).filter((c) => oneVowelApart(key, c.key));
    const exact = candidates.find((c) => c.folded === folded);
    const best = exact ?? candidates.find((c) => c.key === key) ?? candidates[0];
    return best && { entry: best.entry, name: best.name, exact: best === exact };
  };
  return (written: string): Spelled => {
    if (seen.has(written)) return seen.get(written);
    if (seen.size >= 4096) seen.clear();
    const spelled = compare(written);
    seen.set(written, spelled);
    return spelled;
  };
}

const partsCache = new WeakMap<readonly GazetteerEntry[], Map<string, string>>();
/**
 * Names the gazetteer has only in parts ("Waziristan": North and South
 * Waziristan), each with its first part's id; made once per gazetteer.
 */
function partsOf(entries: readonly GazetteerEntry[]): Map<string, string> {
  let m = partsCache.get(entries);
  if (m) return m;
  m = new Map();
  const whole = new Set<string>();
  const names = entries.flatMap((e) => [e.n, ...(e.a ?? [])].map((n) => [e.i, n.split(/\s+/u)] as const));
  for (const [, ws] of names) whole.add(ws.map(wordKey).join(' '));
  for (const [id, ws] of names) {
    if (ws.length !== 2 || !PARTS.has(wordKey(ws[0]!))) continue;
    const rest = wordKey(ws[1]!);
    if (!whole.has(rest) && !m.has(rest)) m.set(rest, id);
  }
  partsCache.set(entries, m);
  return m;
}

const indexCache = new WeakMap<readonly GazetteerEntry[], Map<string, number>>();
/** Each entry's index by id, made once per gazetteer. */
function indexOf(entries: readonly GazetteerEntry[]): Map<string, number> {
  let m = indexCache.get(entries);
  if (!m) indexCache.set(entries, (m = new Map(entries.map((e, i) => [e.i, i]))));
  return m;
}

/** How far (km) another spelling may lie from the place its sentence names it by. */
export const VARIANT_MAX_KM = 120;

/** The gazetteer's tables this pass reads, made when the finder is built rather than in its first article. */
export function prepareCued(entries: readonly GazetteerEntry[]): void {
  partsOf(entries);
  indexOf(entries);
  kindsOf(entries);
}

const kindsCache = new WeakMap<readonly GazetteerEntry[], Map<string, string>>();
/** Each entry's kind by id, made once per gazetteer. */
function kindsOf(entries: readonly GazetteerEntry[]): Map<string, string> {
  let m = kindsCache.get(entries);
  if (!m) kindsCache.set(entries, (m = new Map(entries.map((e) => [e.i, e.k]))));
  return m;
}

/**
 * The places a text names with a cue that the gazetteer pass did not find,
 * and every later mention of the same names.
 */
export function findCued(
  text: string,
  words: readonly Word[],
  known: readonly Known[],
  variant: (written: string) => { entry: number; name: string; exact: boolean } | undefined,
  entries: readonly GazetteerEntry[],
  /** Where the gazetteer pass read an organisation's name, as start and end offsets in turn: no place in it. */
  notPlaces: readonly number[],
  /**
   * Filled with the names found, by their folded words: where else the text names them, they are the same place.
   * (Given, not returned with the finds: a returned pair sent V8 into a loop of deoptimisations at the call.)
   */
  named: Map<string, CuedFind>,
  /** Names found by a cue in the article's other passages: the same places where this one names them. */
  carried?: ReadonlyMap<string, CuedFind>,
): CuedFind[] {
  const kinds = kindsOf(entries);
  const parts = partsOf(entries);
  const knownPlaces = known;
  // Which words the gazetteer pass took, by one sweep (both lists are in text order).
  const isCovered = new Uint8Array(words.length);
  {
    let k = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      while (k < known.length && known[k]!.end <= w.start) k++;
      for (let j = k; j < known.length && known[j]!.start < w.end; j++)
        if (w.start < known[j]!.end && w.end > known[j]!.start) isCovered[i] = 1;
    }
  }
  const covered = (i: number) => isCovered[i] === 1;
  const inOrganisation = new Uint8Array(words.length);
  for (let n = 0, i = 0; n < notPlaces.length; n += 2) {
    while (i < words.length && words[i]!.end <= notPlaces[n]!) i++;
    for (let j = i; j < words.length && words[j]!.start < notPlaces[n + 1]!; j++) inOrganisation[j] = 1;
  }
  const kindOf = (id: string) => kinds.get(id) ?? '';
  const isNameWord = (i: number) => {
    const w = words[i];
    return (
      w !== undefined &&
      startsUpper(w.raw) &&
      !/\d/u.test(w.raw) &&
      !NOT_NAME.has(w.key) &&
      !AFTER.has(w.key) &&
      !UNITS.has(w.key) &&
      !PARENT.has(w.key) &&
      !covered(i) &&
      inOrganisation[i] !== 1
    );
  };
  /** Words a to b joined by hyphens, one between each. */
  const hyphens = (a: number, b: number) => {
    for (let k = a; k < b; k++)
      if (!words[k + 1] || text.slice(words[k]!.end, words[k + 1]!.start) !== '-') return false;
    return true;
  };
  /** The izafat after word `a`, between hyphens or single spaces, in small letters ("Takh-e-Bai", "Qala e Shahi"). */
  const izafatGaps = (a: number) =>
    hyphens(a, a + 2) ||
    (words[a + 2] !== undefined &&
      text.slice(words[a]!.end, words[a + 1]!.start) === ' ' &&
      text.slice(words[a + 1]!.end, words[a + 2]!.start) === ' ' &&
      /^\p{Ll}+$/u.test(words[a + 1]!.raw));
  /** Only spaces (or a hyphen) between two words: they can be one name. */
  const joined = (a: number, b: number) =>
    words[a] !== undefined && words[b] !== undefined && /^[\s-]*$/u.test(text.slice(words[a].end, words[b].start));
  /** At a sentence's start: its capital says nothing. */
  const sentenceStart = (i: number) =>
    i === 0 || /[.!?:\n]\s*["“‘]?\s*$/u.test(text.slice(Math.max(0, words[i]!.start - 8), words[i]!.start));
  // Where sentences end, once: a place's sentence is looked up, not searched for.
  let stopsMemo: number[] | undefined;
  // Not the dot of an abbreviation ("Jan. 12", "Lt. Col.", "U.S."): a sentence goes on after it.
  const stopsOf = () =>
    (stopsMemo ??= [...text.matchAll(/[.!?](?=\s|$)/gu)]
      .filter((m) => {
        if (m[0] !== '.') return true;
        const word = /(?:^|[^\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
        return !(ABBREVIATED.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word));
      })
      .map((m) => m.index));
  /** The sentence around a position: [its start, its end]. */
  const sentenceAround = (at: number): [number, number] => {
    const stops = stopsOf();
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? stops[lo - 1]! + 1 : 0, lo < stops.length ? stops[lo]! : text.length];
  };

  // The gazetteer's mentions by where they start, and the words by where they start.
  const knownByStart = new Map<number, Known>();
  for (const k of known) if (!isUnlocatedId(k.placeId)) knownByStart.set(k.start, k);
  /** The last word of the gazetteer place that starts at word `at`, or -1. */
  const knownFrom = (at: number): number => {
    const w = words[at];
    const k = w && knownByStart.get(w.start);
    if (!k) return -1;
    let last = at;
    while (words[last + 1] && words[last + 1]!.end <= k.end) last++;
    return last;
  };
  const knownByEnd = new Map<number, Known>();
  for (const k of known) if (!isUnlocatedId(k.placeId)) knownByEnd.set(k.end, k);
  /** The first word of the gazetteer place that ends at word `at`, or -1. */
  const knownEndingAt = (at: number): number => {
    const k = words[at] && knownByEnd.get(words[at]!.end);
    if (!k) return -1;
    let first = at;
    while (first > 0 && words[first - 1]!.start >= k.start) first--;
    return first;
  };
  /** The names of a list ending at word `last` ("A, B, and C"), gazetteer places among them: [first, last] each. */
  const itemsEndingAt = (lastWord: number): [number, number][] => {
    const out: [number, number][] = [];
    let at = lastWord;
    while (at >= 0 && out.length < 8) {
      const k = knownEndingAt(at);
      const first = k >= 0 ? k : nameEndingAt(at, out.length > 0);
      if (first < 0) break;
      out.unshift([first, at]);
      const before = words[first - 1];
      if (!before) break;
      if (
        before.key === 'and' &&
        /^\s+$/u.test(gapAfter(first - 1)) &&
        first >= 2 &&
        /^\s*,?\s+$/u.test(gapAfter(first - 2))
      )
        at = first - 2;
      else if (/^\s*,\s*$/u.test(gapAfter(first - 1))) at = first - 1;
      else break;
      if (words[at]!.key === 'and') break;
    }
    return out;
  };
  /** Where the name ending at word `last` ends, with a place word after it ("Rawal Lake", "Dossali Tehsil"). */
  const endWithWord = (last: number) => {
    const next = words[last + 1];
    return next && (AFTER.has(next.key) || UNITS.has(next.key)) && joined(last, last + 1) && !words[last]!.possessive
      ? next.end
      : words[last]!.end;
  };
  /** Whether a place word or a unit's word follows the name ending at word `b`, in any case ("Sulaiman Ranges"). */
  const placeWordNext = (b: number) => {
    const next = words[b + 1]?.key ?? '';
    return (
      (AFTER.has(next) || UNITS.has(next) || FEATURES.has(next) || PLURAL_AFTER.has(next) || SYNONYM_WORDS.has(next)) &&
      joined(b, b + 1)
    );
  };
  /** What stands between words `a` and `a + 1`. */
  const gapAfter = (a: number) => (words[a + 1] ? text.slice(words[a]!.end, words[a + 1]!.start) : '');
  /** A people's word after the name ending at word `last` ("the Jaji tribe"): not a place. */
  const peopleAfter = (last: number) => PEOPLE.has(words[last + 1]?.key ?? '') && /^\s+$/u.test(gapAfter(last));

  /** The name ending at word `last`: its first word, or -1 if none (or the run is too long to be a place's). */
  const nameEndingAt = (last: number, atStart = false): number => {
    if (!isNameWord(last)) return -1;
    let first = last;
    while (first > 0 && isNameWord(first - 1) && joined(first - 1, first) && !words[first - 1]!.possessive) first--;
    if (last - first + 1 > MAX_NAME_WORDS) return -1;
    // Preceded by a capitalised word the pass cannot take (a person's title, a name): not a place's name.
    const prev = words[first - 1];
    if (prev && startsUpper(prev.raw) && joined(first - 1, first) && !covered(first - 1))
      if (!FUNCTION.has(prev.key) && !PARENT.has(prev.key) && !UNIT_PARTS.has(prev.key)) return -1;
    // One word at a sentence's start is any word.
    if (first === last && !atStart && sentenceStart(first)) return -1;
    return first;
  };
  /** The name ending at word `i` before a strong cue (", a village", "is a village"), at a sentence's start too. */
  const nameBefore = (i: number): number => {
    if (!isNameWord(i)) return -1;
    let first = i;
    while (first > 0 && isNameWord(first - 1) && joined(first - 1, first)) first--;
    if (i - first + 1 > MAX_NAME_WORDS) return -1;
    const prev = words[first - 1];
    const capitalised = prev && startsUpper(prev.raw) && joined(first - 1, first) && !covered(first - 1);
    return capitalised && !FUNCTION.has(prev.key) && !PARENT.has(prev.key) ? -1 : first;
  };
  /** The name starting at word `first`: its last word, or -1. */
  const nameStartingAt = (first: number): number => {
    if (!isNameWord(first)) return -1;
    let last = first;
    for (;;) {
      if (isNameWord(last + 1) && joined(last, last + 1) && !words[last]!.possessive) last++;
      // "Takh-e-Bai": the izafat joins the name's halves.
      else if (IZAFAT_WORDS.has(words[last + 1]?.key ?? '') && izafatGaps(last) && isNameWord(last + 2)) last += 2;
      // "Faiz abad": the region's ending, written apart and small.
      else if (ENDING_WORDS.has(words[last + 1]?.key ?? '') && joined(last, last + 1)) {
        last++;
        break;
      } else break;
    }
    return last - first + 1 > MAX_NAME_WORDS ? -1 : last;
  };
  /** A list before a name: "A, B and C" (the names before the last), read backwards from word `before`. */
  const listBefore = (before: number): [number, number][] => {
    const out: [number, number][] = [];
    let at = before;
    while (at >= 0 && out.length < 6) {
      const sep = text.slice(words[at]!.end, words[at + 1]!.start);
      const and = words[at]!.key === 'and' && /^\s+$/u.test(sep);
      const comma = /^\s*,\s*$/u.test(sep) && isNameWord(at);
      if (and) at--;
      else if (!comma) break;
      const first = nameEndingAt(at);
      if (first < 0) break;
      out.unshift([first, at]);
      at = first - 1;
      if (at < 0 || !/^\s*,\s*$/u.test(text.slice(words[at]!.end, words[at + 1]!.start))) break;
    }
    return out;
  };
  /** A list after word `after`: "A, B and C". */
  const listAfter = (from: number): [number, number][] => {
    const out: [number, number][] = [];
    let at = from;
    for (let items = 0; items < 24 && out.length < 20; items++) {
      // A gazetteer place in the list is passed over: the list goes on after it.
      const knownLast = knownFrom(at);
      const last = knownLast >= 0 ? knownLast : nameStartingAt(at);
      if (last < 0) break;
      if (knownLast < 0) out.push([at, last]);
      // A bracket after an item ("Lower Zhob (comprising Zhob tehsil)") is passed over: the list goes on after it,
      // and so is a gazetteer place's feature word ("Dargai, Malakand Pass, Batkhela").
      let end = endWithWord(last);
      const bracket = /^\s*\([^()]{0,120}\)/u.exec(text.slice(end, end + 130));
      if (bracket) end += bracket[0].length;
      let nextAt = last + 1;
      while (words[nextAt] && words[nextAt]!.start < end) nextAt++;
      const next = words[nextAt];
      if (!next) break;
      const sep = text.slice(end, next.start);
      if (/^\s*,\s*$/u.test(sep)) at = next.key === 'and' ? nextAt + 1 : nextAt;
      else if (next.key === 'and' && /^\s+$/u.test(sep)) at = nextAt + 1;
      else break;
    }
    return out;
  };
  /**
   * The gazetteer place the text puts the name (ending at word `last`) in or near, in its sentence:
   * loose when no word ties the two, only the sentence.
   */
  const parentOf = (last: number, known: readonly Known[] = knownPlaces): Tie | undefined => {
    const end = words[last]!.end;
    const [startAt, sentenceEnd] = sentenceAround(end);
    // "… near Miranshah", "… of Khyber district": the first place after a word that ties it, in the sentence.
    // Tied to the name when only names and place words stand between ("Alpan, Beshto and Cemra in Qalban
    // district"); loose after other words ("Dorak village met the governor of Qalban").
    let plain = true;
    for (let i = last + 1; i < words.length && words[i]!.start < sentenceEnd && i <= last + 12; i++) {
      const key = words[i]!.key;
      // Eight words on at most; "near" a little further.
      if (PARENT.has(key) && (i <= last + 8 || NEAR_WORDS.has(key))) {
        const k = known.find(
          (x) => x.start >= words[i]!.end && x.start - words[i]!.end <= 6 && !isUnlocatedId(x.placeId),
        );
        // "Near" and "outside" say where the place is, whatever stands between ("the Jalozai camp run by the
        // United Nations near Peshawar"); "of", "in" and "at" may belong to the words between ("the governor of Qalban").
        if (k) return plain || NEAR_WORDS.has(key) ? { parent: k.placeId } : { parent: k.placeId, loose: true };
      }
      if (!(isNameWord(i) || key === 'and' || AFTER.has(key) || UNITS.has(key) || PLURAL_AFTER.has(key))) plain = false;
    }
    // Else the nearest gazetteer place of a kind that can hold a village, in the same sentence.
    // Not the dateline's place ("BAGRAM AIRFIELD, Afghanistan –"): it says where the report was filed.
    const holders = known.filter(
      (k) =>
        k.start >= startAt &&
        k.end <= sentenceEnd &&
        !isUnlocatedId(k.placeId) &&
        !(k.start === 0 && DATELINE.test(text)) &&
        ['district', 'town', 'province', 'region', 'crossing', 'capital'].includes(kindOf(k.placeId)),
    );
    holders.sort((a, b) => Math.abs(a.start - end) - Math.abs(b.start - end));
    return holders[0] && { parent: holders[0].placeId, loose: true };
  };

  const out: CuedFind[] = [];
  const taken = (start: number, end: number) => out.some((f) => start < f.end && end > f.start);
  /** Words first..last as written, and as folded (the key the text's other mentions are found by). */
  const nameOf = (first: number, last: number) => {
    const ws = words.slice(first, last + 1);
    return { name: ws.map((w) => w.raw).join(' '), key: ws.map((w) => w.key).join(' ') };
  };
  /** The finds that are another spelling of a gazetteer place, as they are kept (not filtered from `out`'s shapes). */
  const spelledHere: CuedFind[] = [];
  const keep = (f: CuedFind, key?: string) => {
    out.push(f);
    if (f.variantOf !== undefined) spelledHere.push(f);
    if (key !== undefined && !named.has(key)) named.set(key, f);
  };
  /** A gazetteer place the text spells otherwise, marked as such. */
  const spelledAs = (start: number, end: number, spelled: { entry: number; name: string }): CuedFind => ({
    start,
    end,
    placeId: entries[spelled.entry]!.i,
    variantOf: spelled.name,
  });
  /** The place a feature named after entry `e` stands at: a town's feature at the town of the name, if there is one. */
  const placeOfFeature = (e: number, word: string): string => {
    const of = entries[e]!;
    if (!TOWN_FEATURES.has(word) || SETTLEMENT_KINDS.has(of.k)) return of.i;
    return entries.find((x) => SETTLEMENT_KINDS.has(x.k) && x.n === of.n && x.c === of.c)?.i ?? of.i;
  };
  /**
   * "Khair Kot Garrison", "the Kushamond District Center": after the name ending at word `last` (and the span's
   * place or unit word), a base's or an office's word makes it that base's or office's name.
   */
  const officeAfter = (last: number, spanEnd: number) => {
    let after = last + 1;
    while (words[after] && words[after]!.start < spanEnd) after++;
    const word = words[after]?.key ?? '';
    if ((UNITS.has(word) || AFTER.has(word)) && joined(after - 1, after)) after++;
    const w = words[after];
    return w !== undefined && startsUpper(w.raw) && ORGANISATION.has(w.key) && joined(after - 1, after);
  };
  const add = (first: number, last: number, spanEnd: number, cue: PlaceCue, written?: string, partOf?: string) => {
    const start = words[first]!.start;
    if (taken(start, spanEnd) || peopleAfter(last)) return;
    for (let j = first; j <= last; j++) if (ORGANISATION.has(words[j]!.key)) return;
    // "the Battle of Wana Camp": an event's name.
    if (first >= 2 && words[first - 1]!.key === 'of' && EVENTS.has(words[first - 2]!.raw)) return;
    if (officeAfter(last, spanEnd)) return;
    // "71°43′40″E": a single letter is no place's name.
    if (first === last && words[first]!.raw.length === 1) return;
    // "a Political Agency", "a Central District": a kind of unit, described; a unit's name takes no "a".
    const article = words[first - 1]?.key;
    if ((article === 'a' || article === 'an') && UNITS.has(words[last + 1]?.key ?? '')) return;
    const nameWords = nameOf(first, last);
    const key = nameWords.key;
    const name = written ?? nameWords.name;
    // "Sulaiman Ranges", "Peiwar Khotal": the gazetteer's Sulaiman Mountains and Peiwar Kotal, named with another word.
    const relief = words[last + 1];
    const synonyms = relief && SYNONYMS.find((g) => g.includes(relief.key));
    if (synonyms && spanEnd === relief.end) {
      for (const other of synonyms) {
        const same = other === relief.key ? undefined : variant(`${name} ${other}`);
        if (same?.exact) return keep(spelledAs(start, spanEnd, same), key);
      }
    }
    // "Khaiber Pass": the gazetteer's Khyber Pass, the feature's whole name spelled otherwise.
    const feature = words[last + 1];
    if (feature && FEATURES.has(feature.key) && spanEnd === feature.end) {
      const whole = variant(`${name} ${featureWord(feature.raw)}`);
      if (whole && !whole.exact) return keep(spelledAs(start, spanEnd, whole), key);
    }
    const spelled = cue === 'village-name' ? undefined : nearVariant(name, last);
    if (spelled?.exact) {
      // "Swat River", "Chagai Hills": a feature named after a gazetteer place, put at that place.
      const word = words[last + 1];
      if (!word || spanEnd !== word.end || !FEATURES.has(word.key)) return;
      const feature = `${name} ${word.raw[0]!.toUpperCase()}${word.raw.slice(1)}`;
      const unlocated = { name: feature, cue, parent: placeOfFeature(spelled.entry, word.key) };
      keep({ start, end: spanEnd, placeId: `${UNLOCATED_PREFIX}${slug(feature)}`, unlocated });
      return;
    }
    if (spelled) {
      keep(spelledAs(start, spanEnd, spelled), key);
      return;
    }
    const parent = partOf ? { parent: partOf } : parentOf(last);
    const cased = name === name.toUpperCase() ? name.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : name;
    // A feature is named with its word ("Bara River", "Khot Valley", "Qissa Khwani Bazaar"); a village or a tehsil without it.
    const word = words[last + 1];
    const withWord = word !== undefined && spanEnd === word.end && AFTER.has(word.key) && !NAME_ALONE.has(word.key);
    const shown = withWord ? `${cased} ${featureWord(word.raw)}` : cased;
    const unlocated = { name: shown, cue, ...parent };
    const f: CuedFind = { start, end: spanEnd, placeId: `${UNLOCATED_PREFIX}${slug(shown)}`, unlocated };
    keep(f, withWord ? `${key} ${word.key}` : key);
    // Named again without its word ("the Korangal Valley … in Korangal"): the same place, if nothing else has the name.
    if (withWord && !named.has(key)) named.set(key, f);
  };

  /** A unit the gazetteer has, spelled otherwise ("Bajour Agency"): that place, marked; else nothing. */
  /**
   * Another spelling of a gazetteer name, if the place is in the country of
   * the place the sentence puts the name by: "Shewa Tehsil" among North
   * Waziristan's tehsils is not Shewah in Kunar.
   */
  /** Whether the gazetteer puts a place in the one of this id, at any level above it. */
  const inside = (place: GazetteerEntry, id: string) => {
    for (let p = place.p, up = 0; p !== undefined && up < 4; up++) {
      if (p === id) return true;
      p = entries[indexOf(entries).get(p) ?? -1]?.p;
    }
    return false;
  };
  /** The gazetteer places on the ground the passage names, once. */
  let groundMemo: Known[] | undefined;
  const groundPlaces = () =>
    (groundMemo ??= knownPlaces.filter((k) => !isUnlocatedId(k.placeId) && NEAR_KINDS.has(kindOf(k.placeId))));
  /** Whether a gazetteer place lies within `km` of one of them. */
  const nearGround = (its: GazetteerEntry, km: number) =>
    groundPlaces().some((k) => distanceKm(entries[indexOf(entries).get(k.placeId)!]!, its) <= km);
  const nearVariant = (name: string, last: number) => {
    const spelled = variant(name);
    // "Shewa Tehsil": a tehsil is Pakistan's, so no place of Afghanistan's, spelled so or otherwise.
    const unitCountry = DESIGNATOR_COUNTRY[words[last + 1]?.key ?? ''];
    const its = spelled && entries[spelled.entry]!;
    if (its && unitCountry && its.c && its.c !== unitCountry) return undefined;
    if (!spelled || spelled.exact) return spelled;
    const by = parentOf(last)?.parent;
    if (!its) return spelled;
    const withWord = AFTER.has(words[last + 1]?.key ?? '') || UNITS.has(words[last + 1]?.key ?? '');
    if (by === undefined && !/\s/u.test(name) && !withWord) {
      // A name of one word, without a place word, and no place in its sentence: near one of the places on the ground its passage names,
      // if it names any ("Damana area" is not Daman, in Kandahar, in a story of Swat).
      return groundPlaces().length === 0 || nearGround(its, VARIANT_MAX_KM) ? spelled : undefined;
    }
    if (by === undefined) return spelled;
    // A place in a province the passage names is the story's, however far its sentence's place ("Dilaram district"
    // of Nimroz, in a sentence on the Kandahar-Herat highway).
    if (its.p !== undefined && knownPlaces.some((k) => k.placeId === its.p)) return spelled;
    const parent = entries[indexOf(entries).get(by)!]!;
    // "Kumrat lies … north of Thal" is not Kamra, 220 km away in Punjab.
    if (parent.k !== 'country' && parent.k !== 'province' && distanceKm(parent, its) > VARIANT_MAX_KM) return undefined;
    // "Matin, a village … of Konar province" is not Matun, a town of Khost: a place the gazetteer puts in another
    // province, and far from the one its sentence names.
    if (
      parent.k === 'province' &&
      its.p !== undefined &&
      !inside(its, parent.i) &&
      distanceKm(parent, its) > VARIANT_MAX_KM
    )
      return undefined;
    return parent.c && its.c && parent.c !== its.c ? undefined : spelled;
  };
  const addVariant = (first: number, last: number, spanEnd: number) => {
    const start = words[first]!.start;
    if (taken(start, spanEnd)) return true;
    if (officeAfter(last, spanEnd)) return true;
    const { name, key } = nameOf(first, last);
    const spelled = nearVariant(name, last);
    if (!spelled) return false;
    if (!spelled.exact) keep(spelledAs(start, spanEnd, spelled), key);
    return true;
  };

  /** A list's name read as a feature ("Malakand" in "the Malakand and Lowari passes"): the gazetteer's, or the text's own. */
  const addFeature = (first: number, last: number, spanEnd: number, word: string) => {
    const start = words[first]!.start;
    if (taken(start, spanEnd)) return;
    const { name, key } = nameOf(first, last);
    const isKnown = knownByStart.get(start);
    const feature = `${name} ${word}`;
    const same = variant(feature);
    if (same?.exact) {
      keep({ start, end: spanEnd, placeId: entries[same.entry]!.i, ...(isKnown ? { replaces: true as const } : {}) });
      return;
    }
    const parent = isKnown ? { parent: isKnown.placeId } : parentOf(last);
    const unlocated = { name: feature, cue: 'named-as-place' as const, ...parent };
    const placeId = `${UNLOCATED_PREFIX}${slug(feature)}`;
    if (isKnown) keep({ start, end: spanEnd, placeId, unlocated, replaces: true });
    else keep({ start, end: spanEnd, placeId, unlocated }, key);
  };

  /**
   * The other names a place's name is followed by, as the text spells them: "Nuristān, also spelled Nurestān or
   * Nooristan", "Zhob (Fort Sandeman)", "Jamrūd (Pashto/Urdu: جمرود)", "Khar (ښار, X̌ār)". Each is a mention of
   * it, made by `as` (`latin`: a Latin name, another spelling of it, not its name in another script).
   */
  const readAliases = (after: number, as: (start: number, end: number, latin: boolean) => CuedFind | undefined) => {
    if (text[after] !== ' ' && text[after] !== ',') return;
    /** A name in another script, if none found it already (the gazetteer may have it too). */
    const native = (start: number, end: number) => {
      const inName = words.filter((x) => x.start >= start && x.end <= end);
      const f = as(start, end, false);
      if (f && inName.length && !taken(start, end) && !known.some((x) => start < x.end && end > x.start))
        keep(f, inName.map((x) => x.key).join(' '));
    };
    // Up to three groups in turn: "Lanḍī Kōtal (Pashto: …) or Lwargai (Pashto: … Lwāṛgai)".
    for (let group = 0, from = after; group < 3; group++) {
      ALIAS_AFTER.lastIndex = from;
      const m = ALIAS_AFTER.exec(text);
      if (!m) break;
      from = m.index + m[0].length;
      const body = m[1] ?? m[2]!;
      let pos = m.index + m[0].length - body.length - (m[1] !== undefined ? 1 : 0);
      const bodyEnd = pos + body.length;
      while (pos < bodyEnd) {
        pos += ALIAS_SEPARATOR.exec(text.slice(pos, bodyEnd))![0].length;
        // Languages' labels and the name in their script: that name, and the Latin name after them, if any, are its other names.
        const label = LANGUAGE_LABEL.exec(text.slice(pos, bodyEnd));
        if (label) {
          // The names in the language's script are the place's own ("Jamrūd (Pashto/Urdu: جمرود)").
          const at = label[1] === undefined ? 0 : pos + label[0].indexOf(label[1]);
          for (const n of label[1]?.matchAll(NATIVE_NAMES) ?? []) native(at + n.index, at + n.index + n[0].length);
          pos += label[0].length;
          continue;
        }
        // A name in another script without a label ("Khar (ښار, X̌ār)"), and its romanisation in small letters after it.
        const unlabelled = NATIVE_AT.exec(text.slice(pos, bodyEnd));
        if (unlabelled) {
          native(pos, pos + unlabelled[0].length);
          pos += unlabelled[0].length;
          pos += ROMANISED_AT.exec(text.slice(pos, bodyEnd))?.[0].length ?? 0;
          continue;
        }
        const name = ALIAS_NAME.exec(text.slice(pos, bodyEnd))?.[0];
        if (!name || name === name.toUpperCase()) break;
        const first = words.findIndex((x) => x.start === pos);
        const last = first + name.split(/\s+/u).length - 1;
        if (
          first < 0 ||
          AGENCIES.has(words[first]!.key) ||
          DESCRIPTORS.has(words[first]!.key) ||
          LANGUAGE_WORDS.has(words[first]!.key)
        )
          break;
        if (!words.slice(first, last + 1).every((_, j) => isNameWord(first + j))) break;
        // "the Tochi or Dawari Expedition": an event's name after "or", not another name of the place.
        if (words.slice(first, last + 2).some((x) => NAMES_NO_PLACE_AFTER.has(x.key))) break;
        // "(Pashto: …)" names a language.
        const rest = text.slice(words[last]!.end, bodyEnd);
        if (/^\s*[:=\d]/u.test(rest)) break;
        // "KABUL, Afghanistan (Apr. 29, 2008)": a date.
        if (ABBREVIATED.has(words[first]!.raw) || /^\.?\s*\d/u.test(rest)) break;
        const f = as(pos, words[last]!.end, true);
        if (f && !taken(pos, words[last]!.end)) keep(f, nameOf(first, last).key);
        pos = words[last]!.end;
        // Another name follows a separator: "Nooristan, is a region" ends at "is".
        if (!ALIAS_GOES_ON.test(rest)) break;
      }
    }
  };
  // A gazetteer place's, before any other reading of those names.
  for (const k of known) {
    if (isUnlocatedId(k.placeId)) continue;
    const entry = entries[indexOf(entries).get(k.placeId)!];
    if (!entry) continue;
    readAliases(k.end, (start, end, latin) =>
      latin ? { start, end, placeId: k.placeId, variantOf: entry.n } : { start, end, placeId: k.placeId },
    );
  }

  // The states of the United States, and a town with its state after it ("Sgt. Ann Lee, of Winchester, Va."): places
  // the map does not show, the town in its state.
  // (Asked only of a passage with a word a state's name or abbreviation starts with: the patterns cost.)
  if (words.some((w) => STATE_WORDS.has(w.raw))) {
    const state = (start: number, end: number, name: string) => {
      if (!taken(start, end) && !known.some((k) => start < k.end && end > k.start))
        keep(
          { start, end, placeId: `${UNLOCATED_PREFIX}${slug(name)}`, unlocated: { name, cue: 'state' } },
          wordKey(name),
        );
    };
    for (const m of text.matchAll(TOWN_STATE)) {
      const [, town, st] = m as unknown as [string, string, string];
      const name = STATE_OF.get(st)!;
      const first = words.findIndex((x) => x.start === m.index);
      const last = words.findIndex((x) => x.end === m.index + town.length);
      const start = m.index;
      const end = start + town.length;
      const person = PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
      if (first < 0 || last < 0 || person || peopleAfter(last)) continue;
      if (!taken(start, end) && !known.some((k) => start < k.end && end > k.start))
        keep({
          start,
          end,
          placeId: `${UNLOCATED_PREFIX}${slug(town)}`,
          unlocated: { name: town, cue: 'state', within: name },
        });
      const at = m.index + m[0].length - st.length;
      state(at, at + st.length, name);
    }
    for (const m of text.matchAll(STATE_NAME)) {
      const first = words.findIndex((x) => x.start === m.index);
      if (first < 0 || PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      state(m.index, m.index + m[0].length, m[0]);
    }
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Capitalised words only (most words are not): names formed as places are, and wholes of parts.
    if (capital(w.raw) && !covered(i)) {
      // "Hayatabad", "Sarkanikalay": a word with a place's ending is a place's name.
      if (endsAsPlace(w.key) && isNameWord(i)) {
        let first = i;
        while (first > 0 && isNameWord(first - 1) && joined(first - 1, first) && !words[first - 1]!.possessive) first--;
        if (i - first < MAX_NAME_WORDS) add(first, i, w.end, 'toponym');
      }
      // "Surkh Abad", "Inayat Kalay": the ending as a word of its own, after a name.
      if (ENDING_WORDS.has(w.key) && i > 0 && joined(i - 1, i)) {
        const first = nameEndingAt(i - 1, true);
        if (first >= 0 && i - first < MAX_NAME_WORDS) add(first, i, w.end, 'toponym');
      }
      // "Waziristan", which the gazetteer knows only as North and South Waziristan: the whole of its parts.
      if (
        parts.has(w.key) &&
        isNameWord(i) &&
        !(i > 0 && PARTS.has(words[i - 1]!.key)) &&
        !NAMES_NO_PLACE_AFTER.has(words[i + 1]?.key ?? '')
      )
        add(i, i, w.end, 'parts', undefined, parts.get(w.key));
    }
    // "The chief posts are Saidgi, Idak, Miranshah, Datta Khel and Sheranni": a list of three names or more, two of
    // them gazetteer places on the ground, read at its "and" or "or"; its other names are places too.
    if (
      (w.key === 'and' || w.key === 'or') &&
      i > 0 &&
      /^\s+$/u.test(gapAfter(i)) &&
      /^\s*,?\s+$/u.test(gapAfter(i - 1))
    ) {
      const known = knownFrom(i + 1);
      const end = known >= 0 ? known : nameStartingAt(i + 1);
      const items = end >= 0 ? itemsEndingAt(end) : [];
      const onGround = (a: number, b: number) => {
        const k = knownEndingAt(b) === a ? knownByEnd.get(words[b]!.end) : undefined;
        return k !== undefined && GROUND_KINDS.has(kindOf(k.placeId));
      };
      const head = items[0] ? words.slice(Math.max(0, items[0][0] - 4), items[0][0]) : [];
      if (
        items.length >= 3 &&
        items.filter(([a, b]) => onGround(a, b)).length >= 2 &&
        !head.some((h) => LIST_OF_PEOPLES.has(h.key)) &&
        !peopleAfter(end)
      )
        for (const [a, b] of items)
          // A name with its place word ("the Dand and Zharay districts") is for the rules that read that word.
          if (knownEndingAt(b) !== a && knownFrom(a) < 0 && !(a === b && sentenceStart(a)) && !placeWordNext(b))
            add(a, b, words[b]!.end, 'in-list');
    }
    // "south of Rowzeh Bagh, Herat province, to disrupt …", "villagers of Khoni Kawr, Khowst Province, Afghanistan":
    // a name put in the unit a comma and the unit's name with its word set after it, as press releases place villages
    // (not before more words: "Abdul Jabbar, Khowst province governor" is a person).
    const unitHere = i > 0 && /^,\s+$/u.test(gapAfter(i - 1)) ? knownFrom(i) : -1;
    if (
      unitHere >= 0 &&
      UNITS.has(words[unitHere]!.key) &&
      /^(?:\s*[,.;:)]|\s*$)/u.test(text.slice(words[unitHere]!.end))
    ) {
      const unit = knownByStart.get(w.start)!;
      const first = GROUND_KINDS.has(kindOf(unit.placeId)) ? nameEndingAt(i - 1) : -1;
      if (first >= 0 && i - 1 - first < 3) add(first, i - 1, words[i - 1]!.end, 'located', undefined, unit.placeId);
    }
    // "in Quetta, Gawardar and Kech": a name between two gazetteer places on the ground, in a list.
    if (capital(w.raw) && isNameWord(i) && i > 0 && /^\s*,\s*$/u.test(gapAfter(i - 1))) {
      const left = knownByEnd.get(words[i - 1]!.end);
      const last = left && GROUND_KINDS.has(kindOf(left.placeId)) ? nameStartingAt(i) : -1;
      const gap = last >= 0 ? gapAfter(last) : '';
      const next =
        last < 0
          ? -1
          : /^\s*,\s*$/u.test(gap)
            ? last + 1 + (words[last + 1]?.key === 'and' ? 1 : 0)
            : words[last + 1]?.key === 'and' && /^\s+$/u.test(gap)
              ? last + 2
              : -1;
      const right = next >= 0 && words[next] ? knownByStart.get(words[next]!.start) : undefined;
      if (right && GROUND_KINDS.has(kindOf(right.placeId)) && !addVariant(i, last, words[last]!.end))
        add(i, last, words[last]!.end, 'route');
    }
    // "Kaur-Wana", "Wana-Kaur": a road's or a route's two ends, one of them a gazetteer place on the ground.
    const ground = covered(i) && knownByStart.get(w.start);
    if (ground && GROUND_KINDS.has(kindOf(ground.placeId))) {
      if (i > 0 && hyphens(i - 1, i) && isNameWord(i - 1) && !(i > 1 && hyphens(i - 2, i - 1)))
        add(i - 1, i - 1, words[i - 1]!.end, 'route');
      const last = knownFrom(i);
      if (last >= 0 && hyphens(last, last + 1) && isNameWord(last + 1) && !hyphens(last + 1, last + 2))
        add(last + 1, last + 1, words[last + 1]!.end, 'route');
    }
    // "Kalam, Utror, Gabral, and other regions": the list before "and other" and a place word.
    if (
      w.key === 'other' &&
      i > 1 &&
      (words[i - 1]!.key === 'and' || words[i - 1]!.key === 'or') &&
      LIST_NOUNS.has(words[i + 1]?.key ?? '') &&
      /^\s*,?\s*$/u.test(gapAfter(i - 2))
    ) {
      const items = itemsEndingAt(i - 2);
      if (items.length >= 2) for (const [a, b] of items) if (knownFrom(a) < 0) add(a, b, words[b]!.end, 'introduced');
    }
    // "Kalam's village Mankyal", "the village Azam Warsak": the word, in small letters, before the name.
    // ("Kutya village Jan. 12": the word ends the name before it, and a month's abbreviation is no name.)
    if (
      w.raw === 'village' &&
      /^\s+$/u.test(gapAfter(i)) &&
      !(i > 0 && startsUpper(words[i - 1]!.raw) && !words[i - 1]!.possessive)
    ) {
      const last = nameStartingAt(i + 1);
      if (last >= 0 && !ABBREVIATED.has(words[i + 1]!.raw)) add(i + 1, last, words[last]!.end, 'introduced');
    }
    // "the loftiest peak is Sikharam, 15,620 feet above sea-level": a height in feet or metres after a name and a comma.
    if (
      capital(w.raw) &&
      (text.charCodeAt(w.end) === 44 || text.startsWith(' (', w.end)) &&
      HEIGHT_AFTER.test(text.slice(w.end, w.end + 32))
    ) {
      const first = nameBefore(i);
      if (first >= 0 && (first < i || !sentenceStart(first))) add(first, i, w.end, 'apposition');
    }
    // "Broze to the east, Chitral to the north, and Gahirat to the south": where a place lies from another.
    if (capital(w.raw) && text.startsWith(' to the ', w.end) && DIRECTION_AFTER.test(text.slice(w.end, w.end + 24))) {
      const first = nameBefore(i);
      if (first >= 0 && (first < i || !sentenceStart(first))) add(first, i, w.end, 'located');
    }
    // Most words are no cue, nor followed by one: passed at once.
    if (!TRIGGERS.has(w.key) && !NEXT_TRIGGERS.has(words[i + 1]?.key ?? '')) continue;
    // "Tehsil Babuzai", "District Swat": Pakistan's way of putting the unit's word before its name.
    if (PREFIX_UNITS.has(w.key) && startsUpper(w.raw) && !covered(i) && joined(i, i + 1)) {
      const last = nameStartingAt(i + 1);
      const more = words[last + 1];
      const office = words.slice(i + 1, last + 2).some((x) => OFFICE_NAME_WORDS.has(x.key));
      if (last >= 0 && !office && !(more && startsUpper(more.raw) && joined(last, last + 1)))
        add(i + 1, last, words[last]!.end, 'named-as-place');
    }
    // "Machas village", "Chagai Hills", "Mamand and Bandar valleys".
    const featureWord = FEATURE_PLURAL.get(w.key);
    // "the road from Kabul to Kandahar passes this way": the verb, not the passes.
    const verb = w.key === 'passes' && VERB_AFTER.has(words[i + 1]?.key ?? '') && /^\s+$/u.test(gapAfter(i));
    if (featureWord !== undefined && !verb && i > 0 && joined(i - 1, i)) {
      const items = itemsEndingAt(i - 1);
      items.forEach(([a, b], n) => addFeature(a, b, n === items.length - 1 ? w.end : words[b]!.end, featureWord));
    }
    // "Sambaza sub-tehsil": the place word's "sub-" is part of it.
    const sub = i > 1 && words[i - 1]!.key === 'sub' && text.slice(words[i - 1]!.end, w.start) === '-' ? 1 : 0;
    // "the Bajur border area": "border" between the name and its place word.
    const border = i - sub > 1 && words[i - 1 - sub]!.raw === 'border' && joined(i - 1 - sub, i - sub) ? 1 : 0;
    const nameLast = i - 1 - sub - border;
    const next = words[i + 1];
    // "Khyber Rifles Hospital"; and "Operation Mountain Thrust", "the British Mountain Battery": a capitalised place
    // word inside a longer name of capitalised words is no place's.
    const institution =
      next !== undefined &&
      startsUpper(next.raw) &&
      (ORGANISATION.has(next.key) ||
        (startsUpper(w.raw) && joined(i, i + 1) && !AFTER.has(next.key) && !UNITS.has(next.key)));
    if (
      AFTER.has(w.key) &&
      !institution &&
      nameLast >= 0 &&
      joined(nameLast, nameLast + 1) &&
      !words[nameLast]!.possessive
    ) {
      // A capitalised place word makes the name one even at a sentence's start ("Safi Tehsil is …").
      const first = nameEndingAt(nameLast, startsUpper(w.raw));
      if (first >= 0) {
        if (PLURAL_AFTER.has(w.key))
          for (const [a, b] of listBefore(first - 1)) add(a, b, words[b]!.end, 'named-as-place');
        // "Tseri Kandao Pass": the Pashto word is the name's, and a place word may follow it.
        if (NAME_FINAL.has(w.key)) {
          // Named after a gazetteer place ("Wana Algad"): at that place.
          const after = variant(nameOf(first, nameLast).name);
          add(
            first,
            i,
            endWithWord(i),
            'named-as-place',
            undefined,
            after?.exact ? entries[after.entry]!.i : undefined,
          );
        } else if (w.key === 'airport' && nameLast > first && words[nameLast]!.key === 'international') {
          // "Herat International Airport": the airport of a gazetteer place, put at that place.
          const of = variant(nameOf(first, nameLast - 1).name);
          add(
            first,
            nameLast,
            w.end,
            'named-as-place',
            undefined,
            of?.exact ? placeOfFeature(of.entry, w.key) : undefined,
          );
        } else add(first, nameLast, w.end, 'named-as-place');
      }
      // "the Waziri Hills", "the Marri Hills": the land named after a people is a place.
      const people = words[nameLast];
      if (
        first < 0 &&
        people &&
        PLACE_OF_PEOPLE.has(w.key) &&
        startsUpper(w.raw) &&
        startsUpper(people.raw) &&
        PEOPLE_NAMES.has(people.key) &&
        !(nameLast > 0 && joined(nameLast - 1, nameLast) && startsUpper(words[nameLast - 1]!.raw))
      )
        add(nameLast, i, w.end, 'named-as-place', `${people.raw} ${w.raw}`);
    }
    // "in the Ferozi area of Khyber district": a place only with the place it lies in,
    // or after a word of the ground ("to the Shiekwal area", "in the Sapari area").
    if (AFTER_WITH_PARENT.has(w.key) && nameLast >= 0 && joined(nameLast, nameLast + 1)) {
      const next = words[i + 2];
      // "the Mamound area of Bajur": the place it lies in, if the gazetteer has it spelled otherwise.
      let ofSpelled: string | undefined;
      if (words[i + 1]?.key === 'of' && next && /^\s+$/u.test(gapAfter(i)) && !covered(i + 2)) {
        const last = nameStartingAt(i + 2);
        const spelled = last >= 0 && addVariant(i + 2, last, words[last]!.end) && variant(nameOf(i + 2, last).name);
        if (spelled) ofSpelled = entries[spelled.entry]!.i;
      }
      const first = nameEndingAt(nameLast);
      const ofKnown = words[i + 1]?.key === 'of' && next !== undefined && knownByStart.has(next.start);
      const onGround =
        first >= 2 &&
        words[first - 1]!.key === 'the' &&
        AREA_BEFORE.has(words[first - 2]!.key) &&
        !words[first - 1]!.possessive;
      // "in Torawarai area": no article.
      const bare = first >= 1 && AREA_BEFORE.has(words[first - 1]!.key) && !words[first - 1]!.possessive;
      // "Lower Dir's Lajbok area", "Peshawar's suburban Hassan Khel area": in the place before it.
      let owner = first >= 1 && words[first - 1]!.possessive ? first - 1 : -1;
      if (first >= 2 && owner < 0 && /^\p{Ll}/u.test(words[first - 1]!.raw) && words[first - 2]!.possessive)
        owner = first - 2;
      const holder =
        owner >= 0 && covered(owner)
          ? known.find((k) => k.end >= words[owner]!.end - 2 && k.start <= words[owner]!.start)
          : undefined;
      if (first >= 0 && ofSpelled) add(first, nameLast, w.end, 'named-as-place', undefined, ofSpelled);
      else if (first >= 0 && (ofKnown || onGround || bare)) add(first, nameLast, w.end, 'named-as-place');
      else if (first >= 0 && holder && !isUnlocatedId(holder.placeId))
        add(first, nameLast, w.end, 'named-as-place', undefined, holder.placeId);
    }
    // "Bajour Agency", "Speen Boldak district": another spelling of a gazetteer unit, or nothing.
    if (UNITS.has(w.key) && i > 0 && joined(i - 1, i) && !words[i - 1]!.possessive) {
      const first = nameEndingAt(i - 1, startsUpper(w.raw));
      // A unit the gazetteer lacks ("Dand District", newer than its data) is a place of the text's own.
      if (first >= 0 && !addVariant(first, i - 1, w.end)) add(first, i - 1, w.end, 'named-as-place');
      // "the Zharay and Maiwand districts": each of the list before a plural unit is a unit too.
      if (first > 0 && PLURAL_UNITS.has(w.key))
        for (const [a, b] of listBefore(first - 1))
          if (!addVariant(a, b, words[b]!.end)) add(a, b, words[b]!.end, 'named-as-place');
      // "Chakhansor district is located …": at a sentence's start, another spelling of a gazetteer unit only.
      if (first < 0 && i > 0 && sentenceStart(i - 1) && isNameWord(i - 1)) addVariant(i - 1, i - 1, w.end);
    }
    // "Upper Tehsil", "Central Tehsil": a unit named by its part of the district alone.
    if (PART_UNITS.has(w.key) && startsUpper(w.raw) && i > 0 && joined(i - 1, i)) {
      const part = words[i - 1]!;
      if (
        startsUpper(part.raw) &&
        (PARTS.has(part.key) || UNIT_PARTS.has(part.key)) &&
        !covered(i - 1) &&
        !(i > 1 && joined(i - 2, i - 1) && startsUpper(words[i - 2]!.raw) && !sentenceStart(i - 1))
      )
        add(i - 1, i, w.end, 'named-as-place', `${part.raw} ${w.raw}`);
    }
    // "the villages of A, B and C", "the small town of X".
    const before = BEFORE_FIRST.has(w.key) && BEFORE.find((keys) => keys.every((k, j) => words[i + j]?.key === k));
    if (before) {
      // "the valley of the Panjkora": an article before the name.
      const from = i + before.length + (words[i + before.length]?.key === 'the' ? 1 : 0);
      for (const [a, b] of listAfter(from)) add(a, b, endWithWord(b), 'introduced');
    }
    // "Killi Faizabad": the Pashto or Balochi word for village begins the name.
    if (PREFIXES.has(w.key) && startsUpper(w.raw) && !covered(i)) {
      const last = words[i + 1] && joined(i, i + 1) ? nameStartingAt(i + 1) : -1;
      if (last >= 0) add(i, last, words[last]!.end, 'village-name');
    }
    // "Machas is a village in North Waziristan": a place's name, even at a sentence's start.
    const copula =
      COPULA_FIRST.has(words[i + 1]?.key ?? '') &&
      words[i + 1] &&
      /^\s+$/u.test(text.slice(w.end, words[i + 1]!.start)) &&
      COPULAS.find((keys) => keys.every((k, j) => words[i + 1 + j]?.key === k));
    if (copula) {
      const first = nameBefore(i);
      if (first >= 0) add(first, i, w.end, 'apposition');
    }
    // "Door Baba is the only district where …", "Kumrat is a remote mountain valley in …": a few words may describe it.
    if (!copula && (words[i + 1]?.key === 'is' || words[i + 1]?.key === 'was') && /^\s+$/u.test(gapAfter(i))) {
      const article = words[i + 2]?.key;
      if (article === 'a' || article === 'an' || article === 'the') {
        let j = i + 3;
        while (j < i + 6 && words[j] && /^\p{Ll}/u.test(words[j]!.raw) && !COPULA_NOUNS.has(words[j]!.key)) j++;
        const after = words[j] ? text.slice(words[j]!.end, words[j]!.end + 12) : '';
        if (
          words[j] &&
          COPULA_NOUNS.has(words[j]!.key) &&
          /^(?:\s*[.,;:]|\s+(?:in|of|on|near|at|north|south|east|west|where|that|and|with)\b|\s*$)/u.test(after)
        ) {
          const first = nameBefore(i);
          if (first >= 0) add(first, i, w.end, 'apposition');
        }
      }
    }
    // "Ayun lies on the river", "Khanashin is adjacent to the border": where the place lies.
    const predicate =
      PREDICATE_FIRST.has(words[i + 1]?.key ?? '') &&
      /^\s+$/u.test(gapAfter(i)) &&
      PREDICATES.find((keys) => keys.every((k, j) => words[i + 1 + j]?.key === k));
    if (predicate) {
      const first = nameBefore(i);
      if (first >= 0) add(first, i, w.end, 'located');
    }
    // "via Ayun", "near Isa Khel", "via Dargai, Malakand Pass and Batkhela": names on the ground.
    if (ROUTE.has(w.key) && /^\s+$/u.test(gapAfter(i)))
      for (const [a, b] of listAfter(i + 1)) add(a, b, endWithWord(b), 'route');
    // "from Chitral to Mastuj", "between Dargai and Batkhela": the other side of a gazetteer place.
    const closer = PAIR_OPENERS.get(w.key);
    if (closer !== undefined && /^\s+$/u.test(gapAfter(i))) {
      const aKnown = knownFrom(i + 1);
      const aLast = aKnown >= 0 ? aKnown : nameStartingAt(i + 1);
      if (aLast >= 0 && words[aLast + 1]?.key === closer && /^\s+$/u.test(gapAfter(aLast))) {
        const b = aLast + 2;
        const bKnown = knownFrom(b);
        const ground = (at: number) => GROUND_KINDS.has(kindOf(knownByStart.get(words[at]!.start)!.placeId));
        if (aKnown >= 0 && bKnown < 0 && ground(i + 1)) {
          const bLast = nameStartingAt(b);
          if (bLast >= 0) add(b, bLast, endWithWord(bLast), 'route');
        } else if (aKnown < 0 && bKnown >= 0 && ground(b) && /^\s+$/u.test(gapAfter(b - 1))) {
          add(i + 1, aLast, endWithWord(aLast), 'route');
        }
      }
    }
    // "in Usterzai, near the town of Kohat", "at Machas, North Waziristan": a name the text places by another.
    if (LOCATIVE.has(w.key) && /^\s+$/u.test(gapAfter(i))) {
      const last = nameStartingAt(i + 1);
      if (last >= 0 && !words[last]!.possessive && /^\s*,\s*$/u.test(gapAfter(last))) {
        let j = last + 1;
        if (ROUTE.has(words[j]?.key ?? '') || words[j]?.key === 'in') j++;
        if (words[j]?.key === 'the' && words[j + 2]?.key === 'of') j += 3;
        const k = words[j] && knownByStart.get(words[j]!.start);
        if (k && GROUND_KINDS.has(kindOf(k.placeId))) add(i + 1, last, words[last]!.end, 'located');
      }
    }
    // "to Dargai and Malakand", "in Kutya and Nari": a name beside a gazetteer place, after a word of the ground.
    if ((LOCATIVE.has(w.key) || ROUTE.has(w.key)) && /^\s+$/u.test(gapAfter(i))) {
      const last = nameStartingAt(i + 1);
      const k = last >= 0 && words[last + 1]?.key === 'and' && /^\s+$/u.test(gapAfter(last)) ? knownFrom(last + 2) : -1;
      if (k >= 0 && GROUND_KINDS.has(kindOf(knownByStart.get(words[last + 2]!.start)!.placeId)))
        add(i + 1, last, endWithWord(last), 'route');
    }
    // "villages such as A, B and C", "its tehsils are A and B", "the valleys: A, B".
    if (LIST_NOUNS.has(w.key)) {
      // "the valleys: A, B", "three villages — A, B and C —".
      // "the three passes, Agzam, Khartiza, and Nuksan": a count before the noun, and a comma.
      const counted =
        /^\s*,\s*$/u.test(gapAfter(i)) && COUNT_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start));
      const colon = counted || /^\s*[:(—–]\s*$/u.test(gapAfter(i));
      const opener = colon
        ? []
        : /^\s*,?\s+$/u.test(gapAfter(i)) &&
          LIST_OPENERS.find((keys) => keys.every((k, j) => words[i + 1 + j]?.key === k));
      if (opener) for (const [a, b] of listAfter(i + 1 + opener.length)) add(a, b, endWithWord(b), 'introduced');
      // "the villages in Dara e Noor are A, B and C", "Villages in Shegal district include A": where they are, between.
      else if (words[i + 1]?.key === 'in') {
        let j = i + 2;
        while (
          j < i + 7 &&
          words[j] &&
          (startsUpper(words[j]!.raw) || IZAFAT_WORDS.has(words[j]!.key) || UNITS.has(words[j]!.key))
        )
          j++;
        if (j > i + 2 && LIST_VERBS.has(words[j]?.key ?? '') && /^\s+$/u.test(gapAfter(j - 1)))
          for (const [a, b] of listAfter(j + 1)) add(a, b, endWithWord(b), 'introduced');
      }
    }
    // "Lake Hamun", "Mount Tirich": the word begins the name.
    if (NAME_PREFIXES.has(w.key) && startsUpper(w.raw) && !covered(i) && joined(i, i + 1)) {
      const last = nameStartingAt(i + 1);
      if (last >= 0) add(i, last, words[last]!.end, 'toponym');
    }
    // "Machas, a village near Miranshah".
    const comma =
      APPOSITION_FIRST.has(words[i + 1]?.key ?? '') && /^\s*,\s*$/u.test(text.slice(w.end, words[i + 1]!.start));
    const apposition = comma && APPOSITIONS.find((keys) => keys.every((k, j) => words[i + 1 + j]?.key === k));
    if (apposition) {
      const first = nameBefore(i);
      if (first >= 0) add(first, i, w.end, 'apposition');
    }
    // "Darra Adam Khel, a gun factory village 40 km from Peshawar": a village described in passing.
    if (!apposition && /^\s*,\s*$/u.test(gapAfter(i)) && (words[i + 1]?.key === 'a' || words[i + 1]?.key === 'an')) {
      let j = i + 2;
      while (j < i + 5 && words[j] && /^\p{Ll}/u.test(words[j]!.raw) && !APPOSITION_NOUNS.has(words[j]!.key)) j++;
      if (words[j] && APPOSITION_NOUNS.has(words[j]!.key) && j > i + 2) {
        const first = nameBefore(i);
        if (first >= 0) add(first, i, w.end, 'apposition');
      }
    }
    // "Barawal and Usherai, villages of the Panjkora valley": each name of the list.
    const plural =
      !apposition &&
      APPOSITION_PLURAL_FIRST.has(words[i + 1]?.key ?? '') &&
      /^\s*,\s*$/u.test(gapAfter(i)) &&
      APPOSITIONS_PLURAL.find((keys) => keys.every((k, j) => words[i + 1 + j]?.key === k));
    if (plural) {
      const items = itemsEndingAt(i);
      if (items.length >= 2) for (const [a, b] of items) if (knownFrom(a) < 0) add(a, b, words[b]!.end, 'apposition');
    }
  }

  // "Dasht-i-Margo", "Hamun-e Puzak": a Persian place word and the izafat begin a place's name.
  if (/[- ](?:e|i|ye|yi)[- ]/u.test(text)) {
    for (const m of text.matchAll(IZAFAT)) {
      const first = words.findIndex((x) => x.start === m.index);
      let last = first;
      while (last >= 0 && words[last + 1] && words[last + 1]!.end <= m.index + m[0].length) last++;
      if (first < 0 || words.slice(first, last + 1).some((_, j) => covered(first + j))) continue;
      add(first, last, words[last]!.end, 'toponym', m[0]);
    }
  }

  // "Peshawur", "the Gomul": a word of six letters or more, anywhere but a sentence's start, spelled as a major place
  // of the gazetteer is (a province, district, capital, crossing, region or a town of 100,000), with no cue needed.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.raw.length < MAJOR_VARIANT_LETTERS || !capital(w.raw) || covered(i)) continue;
    // Most words are no spelling of a major place: asked first, of the bounded memory of comparisons.
    const spelled = variant(w.raw);
    if (!spelled || spelled.exact) continue;
    const its = entries[spelled.entry]!;
    if (!MAJOR_KINDS.has(its.k) && (its.r ?? 0) < 100_000) continue;
    // A people or a person of the place ("the Pamiris", "a Chitrali"): no mention of it.
    if (demonymOf(w.key, wordKey(spelled.name))) continue;
    if (!isNameWord(i) || sentenceStart(i) || taken(w.start, w.end) || peopleAfter(i)) continue;
    if (i + 1 < words.length && joined(i, i + 1) && capital(words[i + 1]!.raw)) continue;
    if (i > 0 && joined(i - 1, i) && capital(words[i - 1]!.raw)) continue;
    // Near the places on the ground the passage names, or in the border's two countries if it names none:
    // "Angorey" in a story of Nangarhar is not Ankara, nor "Khaisor" in Waziristan Qaisar in Faryab.
    const near = groundPlaces().length ? nearGround(its, MAJOR_VARIANT_KM) : its.c === 'AF' || its.c === 'PK';
    if (near) keep(spelledAs(w.start, w.end, spelled), w.key);
  }
  // "the Bolan", "the Peiwar", "the Gomul": a river's or a pass's name without its word, after "the" and
  // alone (no place word or capitalised word after it), is the gazetteer's river or pass of that name.
  // Where the gazetteer pass read the word as another place of the name ("beyond the Swat"), the feature takes its place.
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (words[i - 1]!.key !== 'the' || !capital(w.raw)) continue;
    const isKnown = knownByStart.get(w.start);
    if (isKnown ? isKnown.end !== w.end : covered(i) || !isNameWord(i)) continue;
    // "in the Swat", "in the Khyber": the valley or the district as much as the river or the pass.
    if (isKnown && words[i - 2]?.key === 'in') continue;
    if (w.raw.length < BARE_FEATURE_LETTERS || taken(w.start, w.end) || peopleAfter(i)) continue;
    const next = words[i + 1];
    if (next && joined(i, i + 1) && (startsUpper(next.raw) || AFTER.has(next.key) || UNITS.has(next.key))) continue;
    // "the Bolan road", "the Swat column": the name of something else that bears the feature's name.
    if (next && joined(i, i + 1) && (BARE_FEATURE_NOT.has(next.key) || NAMES_NO_PLACE_AFTER.has(next.key))) continue;
    if (/^[-’']/u.test(text.slice(w.end, w.end + 1))) continue;
    for (const word of BARE_FEATURE_WORDS) {
      const spelled = variant(`${w.raw} ${word}`);
      if (!spelled || !BARE_FEATURE_KINDS.has(entries[spelled.entry]!.k)) continue;
      if (!new RegExp(`\\s${word}$`, 'iu').test(spelled.name)) continue;
      if (isKnown) {
        const placeId = entries[spelled.entry]!.i;
        if (spelled.exact && placeId !== isKnown.placeId) keep({ start: w.start, end: w.end, placeId, replaces: true });
        break;
      }
      // Not named again without "the": "Dwa Gomul" is another river.
      keep(spelledAs(w.start, w.end, spelled));
      break;
    }
  }
  // A dateline ("KHANASHIN, Afghanistan —"): another spelling of a gazetteer place, if it is one.
  const dateline = DATELINE.exec(text);
  if (dateline && !taken(0, dateline[1]!.length) && !known.some((k) => k.start === 0)) {
    const spelled = variant(dateline[1]!);
    if (spelled && !spelled.exact)
      keep(spelledAs(0, dateline[1]!.length, spelled), dateline[1]!.split(/\s+/u).map(wordKey).join(' '));
  }

  // The other names after a place the finder found itself: another spelling of a gazetteer place ("Neelam District
  // (Urdu: ضلع نیلم)"), or a place the gazetteer lacks ("Mamund Tehsil (Pashto: تحصیل ماموند)").
  for (const f of out.slice()) {
    if (f.variantOf !== undefined)
      readAliases(f.end, (start, end, latin) => ({
        start,
        end,
        placeId: f.placeId,
        ...(latin ? { variantOf: f.variantOf } : {}),
      }));
    else if (f.unlocated && f.unlocated.cue !== 'named-again') {
      const u = f.unlocated;
      // Its names in other scripts only: a Latin word in a bracket after a name the finder guessed is too weak
      // a cue ("the Defence Area (Z-Block)").
      readAliases(f.end, (start, end, latin) =>
        latin ? undefined : { start, end, placeId: f.placeId, unlocated: { ...u, cue: 'named-again' } },
      );
    }
  }

  // A place found before the sentence's other spelling of a gazetteer place ("three villages — A, B and C — in
  // Chapa Dara district"): that place holds it too.
  if (spelledHere.length > 0) {
    // (Copied and pushed, not spread: spreading the finder's several shapes of mention deoptimised V8 in a loop.)
    const places: Known[] = known.slice();
    for (let k = 0; k < spelledHere.length; k++) {
      const f = spelledHere[k]!;
      places.push({ start: f.start, end: f.end, placeId: f.placeId });
    }
    places.sort(byStart);
    for (const f of out) {
      if (!f.unlocated || f.unlocated.parent || f.unlocated.cue === 'parts') continue;
      let last = 0;
      while (words[last + 1] && words[last + 1]!.end <= f.end) last++;
      const parent = parentOf(last, places);
      if (parent) f.unlocated = { ...f.unlocated, ...parent };
    }
  }

  // One sense per text: the same name later, with or without its cue, is the same place.
  // The names by their first word: each word of the text is looked up once, not compared with every name.
  const again = new Map<string, (readonly [string[], CuedFind])[]>();
  for (const [key, f] of carried ? [...named, ...[...carried].filter(([k]) => !named.has(k))] : named) {
    const keys = key.split(' ');
    const list = again.get(keys[0]!);
    if (list) list.push([keys, f]);
    else again.set(keys[0]!, [[keys, f]]);
  }
  for (let i = 0; i < words.length && again.size > 0; i++) {
    for (const [keys, f] of again.get(words[i]!.key) ?? []) {
      if (!keys.every((k, j) => words[i + j]?.key === k)) continue;
      const last = i + keys.length - 1;
      // Its first and last words capitalised ("Dasht-i-Margo" has a small izafat inside).
      if (!startsUpper(words[i]!.raw) || !startsUpper(words[last]!.raw)) continue;
      // Not an event's name ("the Battle of Wanna", "the Chenagai airstrike").
      if (i >= 2 && words[i - 1]!.key === 'of' && EVENTS.has(words[i - 2]!.raw)) continue;
      if (NAMES_NO_PLACE_AFTER.has(words[last + 1]?.key ?? '')) continue;
      // Not an organisation's or an outpost's name ("the Korangal Outpost", "the Tornaou Village School"), nor a
      // people ("the Zazi tribe").
      if (officeAfter(last, words[last]!.end) || peopleAfter(last)) continue;
      // Not part of a hyphenated word ("Afghan-Kalash" is a people).
      if (/\p{L}-$/u.test(text.slice(Math.max(0, words[i]!.start - 2), words[i]!.start))) continue;
      if (/^-\p{L}/u.test(text.slice(words[last]!.end, words[last]!.end + 2))) continue;
      if (keys.length > 1 && !keys.every((_, j) => j === 0 || joined(i + j - 1, i + j))) continue;
      const start = words[i]!.start;
      const end = words[last]!.end;
      if (taken(start, end) || known.some((k) => start < k.end && end > k.start)) continue;
      out.push(
        f.unlocated
          ? {
              start,
              end,
              placeId: f.placeId,
              unlocated: { ...f.unlocated, cue: f.unlocated.cue === 'gone-to' ? 'gone-to' : 'named-again' },
            }
          : { start, end, placeId: f.placeId, variantOf: f.variantOf! },
      );
    }
  }
  return out.sort(byStart);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A US state's name, longest first ("West Virginia" before "Virginia"). */
const STATE_NAMES = [...US_STATES].map(([n]) => n).sort((a, b) => b.length - a.length);
const STATE_OF = new Map(US_STATES.flatMap(([n, a]) => (a ? [[n, n] as const, [a, n] as const] : [[n, n] as const])));
/** The words a state's name or abbreviation starts with, as written ("New", "Va", "N"). */
const STATE_WORDS = new Set(US_STATES.flatMap(([n, a]) => [n.split(' ')[0]!, ...(a ? [a.split('.')[0]!] : [])]));
/** A state named in full, not the first of a person's names ("Virginia Smith") nor of a longer name ("New York City"). */
const STATE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${STATE_NAMES.map(escaped).join('|')})(?![\\p{L}\\p{N}])(?![^\\S\\n]+\\p{Lu})`,
  'gu',
);
/** A town and its state after a comma: "Winchester, Va.", "Fort Knox, Ky.", "Minneapolis, Minnesota". */
const TOWN_STATE = new RegExp(
  `(?<![\\p{L}\\p{N}.’'-])(\\p{Lu}[\\p{Ll}’'-]+(?:\\s\\p{Lu}[\\p{Ll}’'-]+){0,2}),\\s(${[
    ...STATE_NAMES,
    ...US_STATES.flatMap(([, a]) => (a ? [a] : [])),
  ]
    .map(escaped)
    .join('|')})(?=[\\s,;:)-]|$)`,
  'gu',
);

/** Whether a word is a demonym of a place's name: the name, or the name less its plural's "s", and "i" or "is". */
function demonymOf(word: string, name: string): boolean {
  const stem = word.endsWith('is') ? word.slice(0, -2) : word.endsWith('i') ? word.slice(0, -1) : undefined;
  return stem !== undefined && stem.length >= 4 && (stem === name || `${stem}s` === name);
}

const upperFirst = (words: readonly string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
/** A going word and one capitalised word after it, not the first of several ("to Abdul Ghaffar"). */
const GONE_TO = new RegExp(
  `(?<![\\p{L}\\p{N}])(${upperFirst(GOING_WORDS).join('|')})\\s+(\\p{Lu}[\\p{Ll}\\p{M}]{2,})(?![\\p{L}\\p{M}\\p{N}’'-])(?![^\\S\\n]+(?!I\\b)\\p{Lu})(?!\\s+of\\s+\\p{Lu})`,
  'gu',
);
/** Going words that count for half (they also give and say to persons), but not at a route's end. */
const TWICE = new Set(GOING_WORDS_TWICE);
/** "from" and a capitalised name of one or two words, right before a going word. */
const FROM_BEFORE = /(?<![\p{L}\p{N}])[Ff]rom\s+(\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+)?)\s+$/u;
/**
 * Whether the going word at `at` ends a route ("from Ladha to Sararogha"): its start is a place
 * found, or one word a going word puts there too ("from Ahmad Khan to" is a person's).
 */
function routeEnd(text: string, at: number, found: readonly { start: number; end: number }[]): boolean {
  const from = Math.max(0, at - 40);
  const before = FROM_BEFORE.exec(text.slice(from, at));
  if (!before) return false;
  const name = before[1]!;
  const start = from + before.index + before[0].indexOf(name);
  return !name.includes(' ') || found.some((f) => f.start <= start && f.end >= start + name.length);
}
const NOT_GONE = new Set([...NOT_GONE_TO, ...LANGUAGE_LABELS, ...NEWS_AGENCIES].map(wordKey));
const PERSON_BEFORE = new RegExp(`(?:${PERSON_TITLES.join('|')})\\.?\\s+$`, 'u');
const PERSON_AFTER = new RegExp(`^,?\\s+(?:${PERSON_VERBS_AFTER.join('|')})\\b`, 'u');

/**
 * Names an article puts again and again where someone went, stayed or came
 * from ("marched to Ghizr", "At Ghizr we found"), that no other rule found and
 * no passage gives a person's title: places the gazetteer lacks, by their
 * folded word.
 */
export function goneToPlaces(
  texts: readonly string[],
  found: readonly (readonly { start: number; end: number }[])[],
  /** The gazetteer place a name is another spelling of, if any (`exact`: the gazetteer's own name). */
  spelledAs: (name: string) => { placeId: string; name: string; exact: boolean } | undefined = () => undefined,
): Map<string, CuedFind> {
  const seen = new Map<string, { count: number; first: CuedFind }>();
  texts.forEach((text, k) => {
    for (const m of text.matchAll(GONE_TO)) {
      const name = m[2]!;
      const key = wordKey(name);
      if (NOT_NAME.has(key) || NOT_GONE.has(key) || ORGANISATION.has(key) || PEOPLE.has(key)) continue;
      const end = m.index + m[0].length;
      const start = end - name.length;
      if (found[k]!.some((f) => start < f.end && end > f.start)) continue;
      const weight = TWICE.has(m[1]!.toLowerCase()) && !routeEnd(text, m.index, found[k]!) ? 0.5 : 1;
      const had = seen.get(key);
      if (had) had.count += weight;
      else {
        const unlocated: UnlocatedPlace = { name, cue: 'gone-to' };
        seen.set(key, { count: weight, first: { start, end, placeId: `${UNLOCATED_PREFIX}${slug(name)}`, unlocated } });
      }
    }
  });
  const out = new Map<string, CuedFind>();
  for (const [key, { count, first }] of seen) {
    if (count < GOING_MIN) continue;
    // A person's name: after a title, or before "said", anywhere in the article.
    const name = first.unlocated!.name;
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
    const person = texts.some((text) =>
      [...text.matchAll(at)].some(
        (m) =>
          PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
          PERSON_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 12)),
      ),
    );
    if (person) continue;
    // The gazetteer's own name, left by every other rule, is no place of the text's own either.
    const spelled = spelledAs(name);
    if (spelled?.exact) continue;
    out.set(
      key,
      spelled ? { start: first.start, end: first.end, placeId: spelled.placeId, variantOf: spelled.name } : first,
    );
  }
  return out;
}
