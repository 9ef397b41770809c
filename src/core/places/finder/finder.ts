// The place finder for any article: one pass over the words of a text with a
// token trie of every name in the gazetteer, then rules for case, designators,
// organisations and ambiguity. Pure: the gazetteer comes in as data.
import type { Mention, MentionFinder } from '../mentions.ts';
import type { GazetteerEntry } from './gazetteer-file.ts';
import { distanceKm } from './distance.ts';
import { foldArabic, foldWord, isArabicScript, nameKeys, slug, WORD, wordKey } from './normalise.ts';
import {
  findCued,
  goneToPlaces,
  isUnlocatedId,
  prepareCued,
  UNLOCATED_PREFIX,
  VARIANT_MAX_KM,
  variantIndex,
  type CuedFind,
  type UnlocatedPlace,
} from './unlocated.ts';
import {
  COMMON_WORD_NAMES,
  CUE_BEFORE,
  DESIGNATORS,
  DESIGNATOR_COUNTRY,
  DESIGNATORS_BEFORE,
  EVENT_WORDS_BEFORE,
  GROUP_WORDS_AFTER,
  FUNCTION_WORDS,
  GENERIC_WORDS,
  MONTH_NAMES,
  NOT_PLACE_NAMES,
  NAME_WORD_FORMS,
  NOT_PLACE_AFTER,
  OFFICE_WORDS_BEFORE_HYPHEN,
  NOT_BEFORE_UNIT_NAME,
  NOT_PLACE_PREFIXES,
  PLACE_WORDS_AFTER,
  PERSON_TITLES,
  ORGANISATION_WORDS,
  EVENT_WORDS_AFTER,
  CLAN_WORDS_AFTER,
  FORCE_WORDS_AFTER,
  PART_OF_UNIT_WORDS,
  PART_WORDS,
  PEOPLE_LIST_NOUNS,
  PEOPLE_WORDS_AFTER,
  PLACE_LIST_NOUNS,
  type Designator,
} from './rules.ts';

/**
 * A found mention; `uncertain` when the name fits more than one place and
 * nothing in the text decides, or the place is one the gazetteer lacks
 * (`unlocated`), or the text spells it otherwise than the gazetteer (`variantOf`, the gazetteer's name).
 */
export interface FoundMention extends Mention {
  uncertain?: true;
  /** The gazetteer's only place of this name lies far from every other place the article names. */
  outlier?: true;
  unlocated?: UnlocatedPlace;
  variantOf?: string;
}

/** A finder of one passage's mentions that can also read a whole article's passages at once. */
export type ArticleFinder = ((text: string) => FoundMention[]) &
  MentionFinder & { article: (texts: readonly string[]) => FoundMention[][] };

/** One word of the text. */
interface Token {
  key: string;
  raw: string;
  start: number;
  /** end of the word, possessive included */
  end: number;
  /** "Kabul’s": the span takes the possessive */
  possessive: boolean;
}

/** A name as written in the gazetteer: which words must be capitalised in text. */
interface NameForm {
  /** entry index, or -1 for an organisation that is not a place */
  entry: number;
  /** per word: must start with a capital letter in text */
  capital: boolean[];
  /** ends with a dot that belongs to it ("U.S.") */
  dot: boolean;
  /** a name of several words run together ("Landikotal"): a place whose own name is this word comes first */
  joined: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  forms: NameForm[];
}

const APOSTROPHES = new Set(['’', "'", '‘']);
const node = (): TrieNode => ({ next: new Map(), forms: [] });
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/** The words of a text. WORD keeps an apostrophe inside a word, so a possessive ("Kabul’s") is one word whose span includes it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, plain: boolean) => {
    let raw = text.slice(start, end);
    // "Kabul’s": a word of two letters or more, an apostrophe and an s.
    const possessive = raw.length >= 4 && raw.endsWith('s') && APOSTROPHES.has(raw[raw.length - 2]!);
    if (possessive) raw = raw.slice(0, -2);
    out.push({ key: plain ? raw.toLowerCase() : wordKey(raw), raw, start, end, possessive });
  };
  // Text outside the Basic Multilingual Plane is read by the regular expression; all else by its letters' codes.
  if (ASTRAL.test(text)) {
    for (const m of text.matchAll(WORD)) push(m.index, m.index + m[0].length, false);
    return out;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!wordCode(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let plain = c < 128;
    i++;
    while (i < n && wordCode(text.charCodeAt(i), text, i)) {
      if (text.charCodeAt(i) >= 128) plain = false;
      i++;
    }
    // An apostrophe inside a word ("Qal‘ah", "Kabul’s"), then letters or marks only.
    while (i + 1 < n && INNER_APOSTROPHES.has(text[i]!) && letterCode(text.charCodeAt(i + 1), text, i + 1)) {
      plain = false;
      i += 2;
      while (i < n && letterCode(text.charCodeAt(i), text, i)) i++;
    }
    push(start, i, plain);
  }
  return out;
}

// Without the u flag: a pair of surrogates is two code units here.
const ASTRAL = /[\uD800-\uDFFF]/;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const INNER_APOSTROPHES = new Set(['’', "'", '‘', 'ʼ', 'ʻ', '`']);
/** A letter, digit or mark at `i` (code `c`): by its code where it is ASCII. */
const wordCode = (c: number, text: string, i: number) =>
  c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_CHAR.test(text[i]!);
/** A letter or mark at `i`. */
const letterCode = (c: number, text: string, i: number) =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_MARK.test(text[i]!);

/** Designator words that may follow a name, folded, longest first. */
const DESIGNATOR_KEYS = Object.entries(DESIGNATORS)
  .map(([words, kind]) => ({ keys: nameKeys(words), kind, country: DESIGNATOR_COUNTRY[words] }))
  .sort((a, b) => b.keys.length - a.keys.length);

/** After a name: a people's word, alone or ending a list of names ("Jaji tribe", "Zadran and Mangal tribes"). */
const PEOPLE_AFTER = new RegExp(
  `^(?:\\s*(?:,|,?\\s+and)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)*\\s+(?:${PEOPLE_WORDS_AFTER.map(
    (w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`,
  ).join('|')})(?![\\p{L}-])`,
  'u',
);
const PEOPLE_LIST = new RegExp(
  `(?<![\\p{L}-])(?:${PEOPLE_LIST_NOUNS.join('|')})(?:\\s+of\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?)?(?:\\s+(?:include|includes|included|are|were|such as|like|namely)\\s|\\s*:\\s*)`,
  'gu',
);
/** Where the text lists peoples ("the tribes of Zhob include A, B and C"): from the list's start to its sentence's end. */
function peopleLists(text: string): [number, number][] {
  if (!/tribes|clans/u.test(text)) return [];
  return [...text.matchAll(PEOPLE_LIST)].map((m) => {
    const from = m.index + m[0].length;
    const stop = text.slice(from).search(/[.;]/u);
    return [from, stop < 0 ? text.length : from + stop];
  });
}
const GROUPS_AFTER = new Set([...GROUP_WORDS_AFTER, ...EVENT_WORDS_AFTER]);
const CLANS_AFTER = new Set(CLAN_WORDS_AFTER);
const FORCES_AFTER = new Set(FORCE_WORDS_AFTER);
const FEATURES_AFTER = new Set(PLACE_WORDS_AFTER);
/** Kinds of place on the ground an article's towns are measured against. */
const GROUND = new Set(['town', 'district', 'capital', 'crossing']);
/** How far (km) a small town may lie from every other place its article names before it is marked uncertain. */
/** Kinds of place that are towns: a town of a country the text names for sure makes that country one it is about. */
const TOWN_KINDS: ReadonlySet<string> = new Set(['town', 'capital']);
const OUTLIER_KM = 250;
/** The fewest places on the ground an article names for its small towns to be measured against them. */
const OUTLIER_MIN_PLACES = 2;
const TITLES = new Set(PERSON_TITLES);
const INSTITUTIONS = new Set(ORGANISATION_WORDS);
const UNIT_KEYS = new Set(Object.keys(DESIGNATORS).map(wordKey));
/** Capitalised words before a unit's name that leave it the unit: parts and peoples. */
const NOT_BEFORE_UNIT = new Set(
  [...PART_OF_UNIT_WORDS, ...PART_WORDS, ...NOT_BEFORE_UNIT_NAME].map((w) => w.toLowerCase()),
);
const EVENTS_BEFORE = new Set(EVENT_WORDS_BEFORE);
/** A road's words after the first place of its name: "-Jalalabad highway", "-Parachinar Road". */
const ROAD_WORD = '(?:[Rr]oad|[Hh]ighway|[Mm]otorway|[Rr]ailway|[Rr]ail [Ll]ink)(?![\\p{L}])';
const ROAD_AFTER = new RegExp(`^-\\p{Lu}[\\p{L}\\p{M}’']*(?:[ -]\\p{Lu}[\\p{L}\\p{M}’']*){0,2}\\s+${ROAD_WORD}`, 'u');
/** …and after the last: " highway". */
const ROAD_END = new RegExp(`^\\s+${ROAD_WORD}`, 'u');
/**
 * Mentions in text order. One comparator for every call: a new one per passage, on the finder's several shapes
 * of mention, sent V8 into a loop of deoptimisations (thousands in a warm run, --trace-deopt).
 */
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
/** An acronym: capitals only, two to six of them ("INL", "PRT"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words before a base's name ("Forward Operating Base Salerno", "FOB Wilderness", "COP Keating"). */
const BASE_BEFORE = new Set(['base', 'fob', 'cop']);
/** Words of speech a person's name follows ("…," said Mohammad Agha, the governor). */
const SPEECH_BEFORE = new Set(['said', 'says']);
const OFFICE_BEFORE = new Set(OFFICE_WORDS_BEFORE_HYPHEN.map((w) => w.toLowerCase()));
/** The Persian izafat joining a name's halves with hyphens ("Takh-e-Bai", "Dara-i-Pech"), after or before one. */
const IZAFAT_AFTER = /^-(?:e|i|ye|yi)-\p{Lu}/u;
const IZAFAT_BEFORE = /\p{L}-(?:e|i|ye|yi)-$/u;
/** A row of a list or a table opens with a name: a run of capitalised words. */
const ROW_NAME = /^\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*)*/u;
/** After a row's name: figures and a bracket, to the line's end ("Barawal 3", "Khal 4-3=1 (3 UC shifted)"). */
const ROW_FIGURES_ONLY = /^(?:\s+[\d.,=+\-–%]+)*(?:\s*\([^()]*\))?\s*$/u;
/** After a row's name: figures, then what the table says of it ("Dara-I-Pech 44,958 Commonly known as …"). */
const ROW_FIGURES_THEN_NOTE = /^(?:\s+[\d.,=+\-–%]+)+\s/u;
/** After a row's name and the note's first word: the note goes on as a sentence does ("Gardez Includes the capital …"). */
const ROW_NOTE_GOES_ON = /^[\s,;]+\p{Ll}/u;
/** The longest a row is: a name, figures and a line or two of notes. */
const ROW_MAX_CHARS = 200;
/** A name in a row's list of items: one to four capitalised words ("Khall-II", "Sadbar Kali"). */
const ROW_ITEM = /^\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*){0,3}$/u;
/**
 * The names of a line that is a row of a list or a table, and where they
 * are: the name it opens with ("Sirkani 24,080"), or a label and its items
 * ("Adenzai: Asbanr, Badwan, Chakdara (Urban)"), where most items are names.
 */
function rowNames(whole: string): { name: string; at: number }[] | undefined {
  // "1.  Datta Khel Tehsil", "• Shewa Tehsil": a list's mark before the row is passed over.
  const mark = ROW_MARK.exec(whole)?.[0].length ?? 0;
  const names = rowNamesAfterMark(whole.slice(mark));
  return mark && names ? names.map(({ name, at }) => ({ name, at: at + mark })) : names;
}
/** A row's name that ends with its unit's word ("Muslim Bagh Tehsil", "Loiband Sub-Tehsil"). */
const UNIT_END = /\s+(?:Sub-)?(?:Tehsil|District|Agency|Province|Sub-Division|Subdivision)$/iu;
/** A numbered or bulleted list's mark before a row. */
const ROW_MARK = /^\s*(?:\d{1,3}[.)]|[-–•*·])\s+/u;
/** A line that runs a numbered list together ("1. Ningolai 2. Kabal …"), and where each item after the first starts. */
const INLINE_NUMBERED = /^\s*1[.)]\s+\p{Lu}[^\n]*?\s2[.)]\s+\p{Lu}/u;
const INLINE_ITEM_START = /\s+(?=\d{1,2}[.)]\s+\p{Lu})/gu;
function rowNamesAfterMark(line: string): { name: string; at: number }[] | undefined {
  const name = rowName(line);
  if (name) return [{ name, at: 0 }];
  const label = ROW_NAME.exec(line)?.[0];
  if (!label || label.split(' ').length > 3 || !/^\s*:\s*\S/u.test(line.slice(label.length))) return undefined;
  const out = [{ name: label, at: 0 }];
  let tried = 0;
  for (const m of line.slice(label.length).matchAll(/[^,:]+/gu)) {
    // "Kotkai (Maidan)", "Timergara (Urban)": a bracket after the item is passed over.
    const item = m[0].replace(/\s*\([^()]*\)?\s*$/u, '').trim();
    if (!item) continue;
    tried++;
    if (ROW_ITEM.test(item)) out.push({ name: item, at: label.length + m.index + m[0].indexOf(item) });
  }
  return out.length - 1 >= 2 && (out.length - 1) * 2 >= tried ? out : undefined;
}
/**
 * The name a line opens with, if the line is a row of a list or a table,
 * flattened as text: a name and figures ("Sirkani 24,080"), a name, figures
 * and a note, or a name and a note that starts as a sentence does ("Zazi
 * People fleeing …": the note's first word is capitalised, and not the name's).
 */
function rowName(line: string): string | undefined {
  if (line.length > ROW_MAX_CHARS) return undefined;
  const run = ROW_NAME.exec(line)?.[0];
  if (!run) return undefined;
  const words = run.split(' ');
  const rest = line.slice(run.length);
  if (ROW_FIGURES_ONLY.test(rest) || ROW_FIGURES_THEN_NOTE.test(rest)) return words.length <= 3 ? run : undefined;
  if (words.length >= 2 && words.length <= 4 && ROW_NOTE_GOES_ON.test(rest)) return words.slice(0, -1).join(' ');
  return undefined;
}
/** A list's heading that says its lines are places. */
const LIST_HEADING = new RegExp(`(?<![\\p{L}])(?:${PLACE_LIST_NOUNS.join('|')}|councils)(?![\\p{L}])`, 'iu');
const COMMON = new Set(COMMON_WORD_NAMES.map((n) => nameKeys(n).join(' ')));
const CUES = new Set(CUE_BEFORE.map((w) => w.toLowerCase()));
const MONTHS = new Set(MONTH_NAMES.map((n) => nameKeys(n).join(' ')));
const GENERIC = new Set(GENERIC_WORDS);
const FUNCTION = new Set(FUNCTION_WORDS);
const DESIGNATORS_BEFORE_KEYS = Object.entries(DESIGNATORS_BEFORE).map(([words, kind]) => ({
  keys: nameKeys(words),
  kind,
}));

/** Kinds a designator allows. */
const KINDS_FOR: Readonly<Record<Designator, readonly string[]>> = {
  province: ['province'],
  district: ['district', 'region'],
  town: ['town', 'capital', 'district'],
  crossing: ['crossing'],
  region: ['region', 'district', 'province', 'crossing'],
};

/** How likely a bare mention means each kind; lower is likelier. */
const KIND_RANK: Readonly<Record<string, number>> = {
  country: 0,
  capital: 1,
  border: 1,
  crossing: 2,
  province: 3,
  region: 3,
  town: 4,
  district: 5,
};

/** A span found in the first pass, with every entry its name fits. */
interface Candidate {
  start: number;
  end: number;
  entries: number[];
  designator: Designator | undefined;
  /** the name's folded words */
  key: string;
}

/** The other forms of each word names write several ways, by the form names are indexed under ("khel": Kheyl, Khail…). */
const FORM_OF = new Map(Object.entries(NAME_WORD_FORMS));
const WORD_FORMS = new Map<string, string[]>();
for (const [other, form] of Object.entries(NAME_WORD_FORMS))
  WORD_FORMS.set(form, [...(WORD_FORMS.get(form) ?? []), other]);

/** A Latin word of three letters or fewer. */
const SHORT_LATIN = /^\p{Lu}\p{Ll}{0,2}$/u;

/**
 * Build a finder over gazetteer entries. Names are matched on folded words
 * (case, diacritics, apostrophes, hyphens and spaces), then:
 * - every capitalised word of a name must be capitalised in the text (Title
 *   Case or ALL CAPS); lower-case names match only where the gazetteer lists
 *   them lower case on purpose;
 * - names that are also common words need a cue (a designator after, or
 *   "in", "at", "near", "Upper", "Lower" before);
 * - the longest name wins, organisations included (they are not places);
 * - a following designator ("district", "crossing") joins the span and
 *   chooses among places of that name;
 * - a small town's name inside a longer run of capitalised words is part of a
 *   person's or an organisation's name, not the town;
 * - among places of one name: the designator's kind, then a place inside or
 *   near the others the text names, then kind and population. A choice that
 *   nothing in the text decided between places far apart is marked uncertain.
 */
export function createPlaceFinder(entries: readonly GazetteerEntry[]): ArticleFinder {
  const root = node();
  const addName = (name: string, entry: number, lowercaseOk: boolean, joined = false) => {
    const words = [...name.matchAll(WORD)].map((m) => m[0]);
    if (words.length === 0) return;
    let n = root;
    for (const w of words) {
      const k = FORM_OF.get(wordKey(w)) ?? wordKey(w);
      let nx = n.next.get(k);
      if (!nx) {
        n.next.set(k, (nx = node()));
        // "Ali Khel" is read as written "Ali Kheyl" or "Ali Khail" too: each form leads to the same node.
        for (const other of WORD_FORMS.get(k) ?? []) n.next.set(other, nx);
      }
      n = nx;
    }
    const form: NameForm = {
      entry,
      // The first word carries the name; generic words after it ("gate", "pass") may be lower case.
      // A name written in lower case counts so only from our own layer; from elsewhere its first word needs a capital.
      capital: words.map(
        (w, k) =>
          !isArabicScript(w) && (startsUpper(w) || (k === 0 && !lowercaseOk)) && !(k > 0 && GENERIC.has(wordKey(w))),
      ),
      dot: /\.$/u.test(name),
      joined,
    };
    if (!n.forms.some((f) => f.entry === entry && f.capital.join() === form.capital.join())) n.forms.push(form);
  };
  entries.forEach((e, i) => {
    // Lower-case names count only where our own layers list them (the seed's "tribal districts").
    const own = e.s !== 'geonames' && e.s !== 'natural-earth';
    addName(e.n, i, own);
    // GeoNames' other names of three letters or fewer ("Las" for Lash, "Bay" for Tagaw Bay, "Edo" for Tokyo) are
    // words of other use far more often than the place; a place's own name of that length ("Dir", "Hub") stays.
    for (const a of e.a ?? []) if (e.s !== 'geonames' || !SHORT_LATIN.test(a)) addName(a, i, own);
    // "Landikotal", "Hindukush": a name of two or three words written as one, by its words run together.
    for (const name of [e.n, ...(e.a ?? [])]) {
      const parts = name.split(/[\s-]+/u);
      const joinedName = parts.join('');
      if (
        parts.length >= 2 &&
        parts.length <= 3 &&
        joinedName.length >= 7 &&
        /^\p{Lu}[\p{Ll}]+$/u.test(parts.map((p, k) => (k ? p.toLowerCase() : p)).join(''))
      )
        addName(joinedName[0]! + joinedName.slice(1).toLowerCase(), i, false, true);
    }
  });
  for (const n of NOT_PLACE_NAMES) addName(n, -1, false);

  const byId = new Map(entries.map((e, i) => [e.i, i]));
  const variant = variantIndex(entries);
  prepareCued(entries);
  const parentsOf = (i: number): string[] => {
    const out: string[] = [];
    let p = entries[i]!.p;
    while (p && out.length < 4) {
      out.push(p);
      const j = byId.get(p);
      p = j === undefined ? undefined : entries[j]!.p;
    }
    return out;
  };

  /**
   * Whether up to three capitalised words after token `last` end in an institution's word ("… Agricultural High
   * School", "the Ghazni Minarets"), "for" among them ("the U.S. Agency for International Development").
   */
  const institutionAfter = (toks: readonly Token[], text: string, last: number): boolean => {
    for (let k = last + 1, words = 0; words < 3 && k < toks.length; k++) {
      const t = toks[k]!;
      const gap = text.slice(toks[k - 1]!.end, t.start);
      // A space; after an abbreviation's last letter, its dot too ("U.S. Forest Service").
      if (gap !== ' ' && !(gap === '. ' && k === last + 1 && toks[last]!.raw.length === 1)) return false;
      if (t.raw === 'for' && k > last + 1) continue;
      words++;
      if (!startsUpper(t.raw)) return false;
      if (INSTITUTIONS.has(t.raw)) return true;
    }
    return false;
  };
  const caseFits = (form: NameForm, toks: readonly Token[], from: number) =>
    form.capital.every((cap, k) => {
      const raw = toks[from + k]!.raw;
      return !cap || startsUpper(raw);
    });

  const designatorAt = (
    toks: readonly Token[],
    i: number,
    text: string,
  ): { kind: Designator; length: number; country: string | undefined } | undefined => {
    // Only after a space: "Zhob (town)" is a heading, not "Zhob town".
    if (i > 0 && toks[i] && !/^\s+$/u.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) return undefined;
    for (const d of DESIGNATOR_KEYS) {
      if (d.keys.every((k, j) => toks[i + j]?.key === k))
        return { kind: d.kind, length: d.keys.length, country: d.country };
    }
    return undefined;
  };

  /** A village or small town from GeoNames: its name is often a person's too. */
  const smallTown = (e: number) => {
    const en = entries[e]!;
    return en.s === 'geonames' && en.k === 'town' && (en.r ?? 0) < 100_000;
  };

  /** The mentions of one passage, with the names found by a cue in others (`carried`) named again here. */
  const findIn = (
    text: string,
    carried?: ReadonlyMap<string, CuedFind>,
  ): { mentions: FoundMention[]; named: Map<string, CuedFind> } => {
    const toks = tokenize(text);
    const peoples = peopleLists(text);
    const mayNamePeople = /tribe|clan/iu.test(text);
    const personNames = new Set<string>();
    const found: Candidate[] = [];
    // Where an organisation's name stands ("Islamic State Khorasan Province"), as start and end offsets in turn:
    // no name in it is a place for the cued pass either.
    const notPlaces: number[] = [];
    let i = 0;
    while (i < toks.length) {
      // The longest name starting here whose case fits.
      let n: TrieNode | undefined = root;
      let best: { len: number; forms: NameForm[] } | undefined;
      for (let j = i; j < toks.length && n; j++) {
        if (j > i && toks[j - 1]!.possessive) break; // a possessive ends a name
        // Punctuation between words ends a name, except the dots of an abbreviation ("U.S.", "F.A.T.A.").
        const between = j > i ? text.slice(toks[j - 1]!.end, toks[j]!.start) : '';
        if (j > i && (/[,;:!?()"“”\u2013\u2014/]/u.test(between) || /\.\s/u.test(between))) break;
        n = n.next.get(toks[j]!.key);
        if (!n) break;
        let fits = n.forms.filter((f) => caseFits(f, toks, i));
        // "Lasbela" is the district of that name before the town of Las Bela.
        if (fits.some((f) => f.joined) && fits.some((f) => !f.joined)) fits = fits.filter((f) => !f.joined);
        if (fits.length) best = { len: j - i + 1, forms: fits };
      }
      // "Rawal Pindi": a one-word name written as two words.
      if (!best && i + 1 < toks.length && text.slice(toks[i]!.end, toks[i + 1]!.start) === ' ') {
        const a = toks[i]!;
        const b = toks[i + 1]!;
        // Not inside a longer run of capitalised words: "Nawab Shah Jehan Khan" is a person.
        const c = toks[i + 2];
        const inRun = c !== undefined && startsUpper(c.raw) && text.slice(b.end, c.start) === ' ';
        const split = a.key.length >= 3 && b.key.length >= 3 && !a.possessive && !inRun && root.next.get(a.key + b.key);
        const forms =
          split && startsUpper(a.raw) && startsUpper(b.raw) ? split.forms.filter((f) => !f.joined && f.entry >= 0) : [];
        if (forms.length && a.key.length + b.key.length >= 7) best = { len: 2, forms };
      }
      if (!best) {
        i++;
        continue;
      }
      const last = i + best.len - 1;
      if (best.forms.some((f) => f.entry === -1)) {
        notPlaces.push(toks[i]!.start, toks[last]!.end);
        i = last + 1; // an organisation: its words are not places
        continue;
      }
      const first = toks[i]!;
      const keyOfName = toks
        .slice(i, last + 1)
        .map((t) => t.key)
        .join(' ');
      // A designator after the name ("Kurram district", "Torkham crossing") joins the span.
      const des = toks[last]!.possessive ? undefined : designatorAt(toks, last + 1, text);
      const before = i > 0 ? toks[i - 1] : undefined;
      const gap = before ? text.slice(before.end, first.start) : '';
      // The place that ends an institution's name ("Islamia College Peshawar", "the University of Peshawar").
      const ofWord = before?.key === 'of' && gap === ' ' && i > 1 ? toks[i - 2]! : undefined;
      if (
        (before && gap === ' ' && INSTITUTIONS.has(before.raw)) ||
        (ofWord && INSTITUTIONS.has(ofWord.raw) && text.slice(ofWord.end, before!.start) === ' ')
      ) {
        notPlaces.push(first.start, toks[last]!.end);
        i = last + 1;
        continue;
      }
      const cued =
        des !== undefined ||
        (before !== undefined && /^\s+$/u.test(gap) && CUES.has(before.key)) ||
        (i === 0 || /[\n]/u.test(gap)
          ? /^\s*(?:[:,—–-]|\(|$)/u.test(text.slice(toks[last]!.end, toks[last]!.end + 3)) &&
            first.raw === first.raw.toUpperCase()
          : false);
      // In a list of places ("Kohat, Tank, Bannu"), a common word's name is one of them.
      const listed =
        COMMON.has(keyOfName) &&
        /^\s*,\s*$/u.test(gap) &&
        found.length > 0 &&
        found[found.length - 1]!.end === before!.end &&
        /^\s*(?:,|and\b)/u.test(text.slice(toks[last]!.end, toks[last]!.end + 5));
      if ((COMMON.has(keyOfName) && !cued && !listed) || (MONTHS.has(keyOfName) && des === undefined)) {
        i = last + 1;
        continue;
      }
      // Organisations named by a place and a following word ("Pakistan Army" is listed; "Kabul University" is a place's name in use).
      const after = toks[last + 1];
      if (
        after &&
        // Only a name's own dot stands between ("U.S. Army"); any other ends a sentence ("Nawa Pass. Provincial …").
        (best.forms.some((f) => f.dot) ? /^\.?\s+$/u : /^\s+$/u).test(text.slice(toks[last]!.end, after.start)) &&
        ((NOT_PLACE_PREFIXES.has(after.key) && startsUpper(after.raw)) ||
          // ("Pakistan's army" is the army of a place it names.)
          (GROUPS_AFTER.has(after.key) && !toks[last]!.possessive) ||
          (FORCES_AFTER.has(after.key) && best.forms.every((f) => entries[f.entry]?.k !== 'country')))
      ) {
        // An organisation's, a force's or a railway's name holds no place for the cued pass either;
        // a feature's ("Swat River", "Khyber Bazaar") is a place of its own, which that pass names.
        if (!FEATURES_AFTER.has(after.key)) notPlaces.push(first.start, after.end);
        i = last + 2;
        continue;
      }
      const spaceAfter = after !== undefined && /^\s+$/u.test(text.slice(toks[last]!.end, after.start));
      if (
        spaceAfter &&
        // An airport's proper name ("Quetta Airport", "Herat International Airport") is a place of its own, which the
        // cued pass names and puts at the place; "the Quetta airport" is the airport of the town it names.
        (after.raw === 'Airport' ||
          (after.key === 'international' && toks[last + 2]?.raw === 'Airport') ||
          // A clan named after a place ("the Kabul Khel Wazirs"): no mention of the place; "X Khel" may still be a
          // village the cued pass finds.
          CLANS_AFTER.has(after.key))
      ) {
        i = last + 1;
        continue;
      }
      // "the Garmsir Agricultural High School": a run of capitalised words after the place that ends an institution's name.
      // (Not after a unit's word: "the Daman District Afghan Uniform Police" names the district as its place;
      // but "the Zoban Agency for International Development" is an agency "for" something, no unit.)
      const agencyFor = des !== undefined && toks[last + 1 + des.length]?.raw === 'for';
      if ((agencyFor || (!des && !UNIT_KEYS.has(toks[last]!.key))) && institutionAfter(toks, text, last)) {
        i = last + 1;
        continue;
      }
      // "the Musa Kheyl District Center": an office's word right after the unit's is the office's name.
      const afterUnit = des ? last + 1 + des.length : UNIT_KEYS.has(toks[last]!.key) ? last + 1 : -1;
      const office = afterUnit > 0 ? toks[afterUnit] : undefined;
      if (office && INSTITUTIONS.has(office.raw) && text.slice(toks[afterUnit - 1]!.end, office.start) === ' ') {
        i = last + 1;
        continue;
      }
      // A people named after a place, or a place after a people ("the Jaji tribe", "the Zadran and Mangal tribes",
      // "the tribes of Zhob include the Sherani and Kakar").
      if (
        !des &&
        ((mayNamePeople && PEOPLE_AFTER.test(text.slice(toks[last]!.end, toks[last]!.end + 120))) ||
          peoples.some(([a, b]) => first.start >= a && first.start < b))
      ) {
        i = last + 1;
        continue;
      }
      // A road named by the places it joins ("the Kabul-Jalalabad highway", "the Tall-Parachinar road"): neither is
      // a mention (eval/places/GUIDELINES.md), nor is any word of the road's name for the cued pass.
      const roadAfter = ROAD_AFTER.exec(text.slice(toks[last]!.end, toks[last]!.end + 60));
      const roadBefore =
        gap === '-' && before && startsUpper(before.raw) ? ROAD_END.exec(text.slice(toks[last]!.end)) : null;
      if (roadAfter || roadBefore) {
        const from = roadBefore ? before!.start : first.start;
        notPlaces.push(from, toks[last]!.end + (roadAfter ?? roadBefore)![0].length);
        i = last + 1;
        continue;
      }
      // A service named after a place or language ("BBC Pashto", "VOA Dari", "Radio Khyber") is not the place.
      if (before && NOT_PLACE_AFTER.has(before.key) && /^\s+$/u.test(gap) && startsUpper(before.raw)) {
        i = last + 1;
        continue;
      }
      // An office's name for its country or province ("INL-Pakistan", "Provincial Reconstruction Team-Kunar", "ISIL–KP"):
      // an acronym the gazetteer does not know, or an organisation's word, and a hyphen before the place.
      if (
        before &&
        (gap === '-' || gap === '–') &&
        ((ACRONYM.test(before.raw) && !(found.length > 0 && found[found.length - 1]!.end === before.end)) ||
          OFFICE_BEFORE.has(before.key))
      ) {
        i = last + 1;
        continue;
      }
      // "the Battle of Wanna": an event's name.
      if (
        i >= 2 &&
        toks[i - 1]!.key === 'of' &&
        EVENTS_BEFORE.has(toks[i - 2]!.raw) &&
        /^\s+$/u.test(gap) &&
        /^\s+$/u.test(text.slice(toks[i - 2]!.end, toks[i - 1]!.start))
      ) {
        i = last + 1;
        continue;
      }
      // Half of a name the izafat joins ("Takh-e-Bai"): that name is another place, not this one.
      if (
        IZAFAT_AFTER.test(text.slice(toks[last]!.end, toks[last]!.end + 5)) ||
        IZAFAT_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start))
      ) {
        i = last + 1;
        continue;
      }
      // "FORWARD OPERATING BASE SPIN BOLDAK", "FOB Salerno": a base's name, not its place (eval/places/GUIDELINES.md).
      if (
        !des &&
        before &&
        BASE_BEFORE.has(before.raw.toLowerCase()) &&
        startsUpper(before.raw) &&
        /^\s+$/u.test(gap)
      ) {
        i = last + 1;
        continue;
      }
      // "…," said Mohammad Agha, the district governor: a name between "said" and a comma is a person's.
      if (!des && before && SPEECH_BEFORE.has(before.key) && gap === ' ' && text.startsWith(',', toks[last]!.end)) {
        i = last + 1;
        continue;
      }
      // "Lt. Col. Hazrat", "Colonel Kelly": a name right after a person's title is the person's.
      if (!des && before && TITLES.has(before.raw) && /^\.?\s+$/u.test(gap)) {
        i = last + 1;
        continue;
      }
      let entriesHere = [...new Set(best.forms.map((f) => f.entry))];
      // A small town's name inside a run of capitalised words belongs to a person or an organisation.
      // (By index: a search for the token would make a text of one repeated name quadratic.)
      const capitalisedNeighbour = (at: number, between: string) => {
        const t = toks[at];
        return (
          t !== undefined &&
          // A line break ends a run of names: the next line is a row or a heading of its own.
          /^[^\S\n]+$/u.test(between) &&
          startsUpper(t.raw) &&
          !CUES.has(t.key) &&
          !FUNCTION.has(t.key) &&
          !designatorAt(toks, at, text)
        );
      };
      const beforeIsWord = capitalisedNeighbour(i - 1, gap);
      // A possessive ends the name: "Peshawar's Qissa Khwani Bazaar" is Peshawar's.
      const afterIsWord =
        !toks[last]!.possessive &&
        capitalisedNeighbour(last + 1, after ? text.slice(toks[last]!.end, after.start) : '') &&
        first.raw !== first.raw.toUpperCase();
      // "Muslim Bagh town": a capitalised word before a name and its designator makes a longer name the
      // gazetteer lacks (not a part's word, "Eastern Nangarhar province", nor a people's, "Afghan Helmand province").
      if (
        beforeIsWord &&
        des &&
        !NOT_BEFORE_UNIT.has(toks[i - 1]!.key) &&
        !(found.length > 0 && found[found.length - 1]!.end >= toks[i - 1]!.start)
      ) {
        i = last + 1;
        continue;
      }
      if ((beforeIsWord || afterIsWord) && !des) {
        const kept = entriesHere.filter((e) => !smallTown(e));
        if (kept.length < entriesHere.length) personNames.add(keyOfName);
        entriesHere = kept;
        if (entriesHere.length === 0) {
          i = last + 1;
          continue;
        }
      }
      // "the province of Kandahar", "the town of Kohat": the kind, before the name.
      const desBefore = DESIGNATORS_BEFORE_KEYS.find((d) =>
        d.keys.every((k, j) => toks[i - d.keys.length + j]?.key === k),
      );
      let end = toks[last]!.end;
      if (best.forms.some((f) => f.dot) && text[end] === '.') end++;
      let designator: Designator | undefined;
      if (desBefore && !des) {
        const allowed = KINDS_FOR[desBefore.kind];
        const fitting = entriesHere.filter((e) => allowed.includes(entries[e]!.k));
        if (fitting.length) {
          entriesHere = fitting;
          designator = desBefore.kind;
        }
      }
      if (des?.country) {
        // "Shewa Tehsil": a place of the designator's country, or none the gazetteer has (the text's own, if cued).
        const its = entriesHere.filter((e) => !entries[e]!.c || entries[e]!.c === des.country);
        if (!its.length) {
          i = last + 1;
          continue;
        }
        entriesHere = its;
      }
      if (des) {
        // The designator is part of the mention ("Nari District") even where no place of its kind has that name.
        const allowed = KINDS_FOR[des.kind];
        const fitting = entriesHere.filter((e) => allowed.includes(entries[e]!.k));
        if (fitting.length) {
          entriesHere = fitting;
          designator = des.kind;
        } else if (toks[last + 1]!.key === 'gate') {
          // "the Kabul Gate" of Peshawar's old city: a gate named after the city it faces, not a crossing, nor the city.
          i = last + 2;
          continue;
        }
        end = toks[last + des.length]!.end;
      }
      // One shape for every candidate (no spread fields): mixed shapes sent V8 into a loop of deoptimisations.
      found.push({ start: first.start, end, entries: entriesHere, designator, key: keyOfName });
      i = last + 1 + (des ? des.length : 0);
    }
    // One sense per text: a small town's name once used as part of a person's name is that person elsewhere too.
    const kept: Candidate[] = [];
    for (const c of found) {
      const its =
        personNames.has(c.key) && !c.designator
          ? {
              start: c.start,
              end: c.end,
              entries: c.entries.filter((e) => !smallTown(e)),
              designator: c.designator,
              key: c.key,
            }
          : c;
      if (its.entries.length > 0) kept.push(its);
    }
    const known = resolve(kept);
    // Then the places the text introduces with a cue that the gazetteer lacks, or spells otherwise.
    const named = new Map<string, CuedFind>();
    const finds = findCued(text, toks, known, variant, entries, notPlaces, named, carried);
    // One loop and three fixed shapes: a map with spread fields sent V8 into a loop of deoptimisations.
    const cued: FoundMention[] = [];
    for (const c of finds) {
      // A name in a list of peoples is none of the places found by a cue either.
      if (peoples.length > 0 && peoples.some(([a, b]) => c.start >= a && c.start < b)) continue;
      if (c.unlocated)
        cued.push({ placeId: c.placeId, start: c.start, end: c.end, unlocated: c.unlocated, uncertain: true });
      else if (c.variantOf)
        cued.push({ placeId: c.placeId, start: c.start, end: c.end, variantOf: c.variantOf, uncertain: true });
      else cued.push({ placeId: c.placeId, start: c.start, end: c.end });
    }
    if (!cued.length) return { mentions: known, named };
    // A find that reads a gazetteer name otherwise ("the Malakand and Lowari passes") takes its place.
    const over = finds.filter((c) => c.replaces);
    // By a loop, not spread arrays: a spread of mentions of several shapes sent V8 into a loop of deoptimisations here.
    const mentions: FoundMention[] = [];
    for (let j = 0; j < known.length; j++) {
      const k = known[j]!;
      if (over.length === 0 || !over.some((c) => k.start < c.end && k.end > c.start)) mentions.push(k);
    }
    for (let j = 0; j < cued.length; j++) mentions.push(cued[j]!);
    return { mentions: mentions.sort(byStart), named };
  };

  const find = (text: string): FoundMention[] => findIn(text).mentions;
  /**
   * A whole article's passages: one sense per text, so a place the text
   * introduces with a cue in one passage is the same place where another names it bare.
   */
  const article = (texts: readonly string[]): FoundMention[][] => {
    const union = new Map<string, CuedFind>();
    const first = texts.map((t) => findIn(t));
    for (const { named } of first) for (const [k, f] of named) if (!union.has(k)) union.set(k, f);
    // Names the article puts again and again where someone went or stayed ("to Ghizr", "At Ghizr").
    // One the gazetteer has under another spelling ("in Orgun", Urgun) is that place, if it lies near one the article names.
    // (The article's gazetteer places, gathered only if a name asks.)
    let named: number[] | undefined;
    const spelledNear = (name: string) => {
      const spelled = variant(name);
      if (!spelled || spelled.exact) return spelled;
      const at = entries[spelled.entry]!;
      named ??= [...new Set(first.flatMap((r) => r.mentions.map((m) => byId.get(m.placeId) ?? -1)))].filter(
        (e) => e >= 0,
      );
      return named.some((e) => entries[e]!.c === at.c && distanceKm(entries[e]!, at) <= VARIANT_MAX_KM)
        ? spelled
        : undefined;
    };
    const goneTo = goneToPlaces(
      texts,
      first.map((r) => r.mentions),
      (name) => {
        const spelled = spelledNear(name);
        return spelled && { placeId: entries[spelled.entry]!.i, name: spelled.name, exact: spelled.exact };
      },
    );
    for (const [k, f] of goneTo) if (!union.has(k)) union.set(k, f);
    // Lists are read line by line: a passage's lines too ("Villages of Sarkani District:" and a name a line).
    const lines: { k: number; at: number; text: string }[] = [];
    texts.forEach((t, k) => {
      let at = 0;
      for (const line of t.split('\n')) {
        // "1. Ningolai 2. Kabal 3. Bara Bandai": a numbered list run into one line is read as a line each.
        if (INLINE_NUMBERED.test(line)) {
          let from = 0;
          for (const m of line.matchAll(INLINE_ITEM_START)) {
            lines.push({ k, at: at + from, text: line.slice(from, m.index) });
            from = m.index + m[0].length;
          }
          lines.push({ k, at: at + from, text: line.slice(from) });
        } else lines.push({ k, at, text: line });
        at += line.length + 1;
      }
    });
    const lineFirst = lines.map(({ k, at, text }) => ({
      mentions: first[k]!.mentions.flatMap((m) =>
        m.start >= at && m.end <= at + text.length ? [{ ...m, start: m.start - at, end: m.end - at }] : [],
      ),
    }));
    const rows = listedRows(
      lines.map((l) => l.text),
      lineFirst,
    );
    for (const [, finds] of rows) for (const { key, find } of finds) if (!union.has(key)) union.set(key, find);
    // Read again only the passages that hold a word a carried name begins with: elsewhere the second reading
    // would find what the first did.
    const firstWords = [...new Set([...union.keys()].map((k) => k.split(' ')[0]!))];
    const out = texts.map((t, k) => {
      if (firstWords.length === 0) return first[k]!.mentions;
      const folded = foldArabic(foldWord(t));
      return firstWords.some((w) => folded.includes(w)) ? findIn(t, union).mentions : first[k]!.mentions;
    });
    for (const [n, finds] of rows) {
      const { k, at } = lines[n]!;
      for (const { find } of finds) {
        const start = at + find.start;
        const end = at + find.end;
        const row: FoundMention = find.unlocated
          ? { placeId: find.placeId, start, end, uncertain: true, unlocated: find.unlocated }
          : find.variantOf
            ? { placeId: find.placeId, start, end, uncertain: true, variantOf: find.variantOf }
            : { placeId: find.placeId, start, end };
        out[k] = [row, ...out[k]!.filter((m) => m.end <= start || m.start >= end)].sort(byStart);
      }
    }
    return markOutliers(out);
  };

  /**
   * A small town far from every other place the article names ("Langar" in a story of the Shandur Pass is not
   * the Langar of Samangan, 350 km away, that the gazetteer has): the map's only place of the name, marked
   * uncertain, and no place of the text's own is put beside it.
   */
  function markOutliers(out: FoundMention[][]): FoundMention[][] {
    const ground = new Set<string>();
    for (const ms of out)
      for (const m of ms)
        if (!m.unlocated && GROUND.has(entries[byId.get(m.placeId) ?? -1]?.k ?? '')) ground.add(m.placeId);
    if (ground.size < OUTLIER_MIN_PLACES) return out;
    const far = new Set<string>();
    for (const id of ground) {
      const e = byId.get(id)!;
      if (!smallTown(e)) continue;
      const near = [...ground].some(
        (other) => other !== id && distanceKm(entries[e]!, entries[byId.get(other)!]!) <= OUTLIER_KM,
      );
      if (!near) far.add(id);
    }
    if (far.size === 0) return out;
    return out.map((ms) =>
      ms.map((m): FoundMention => {
        if (far.has(m.placeId) && !m.unlocated && !m.variantOf)
          return { placeId: m.placeId, start: m.start, end: m.end, uncertain: true, outlier: true };
        if (m.unlocated?.parent !== undefined && far.has(m.unlocated.parent))
          return {
            placeId: m.placeId,
            start: m.start,
            end: m.end,
            uncertain: true,
            unlocated: { name: m.unlocated.name, cue: m.unlocated.cue },
          };
        return m;
      }),
    );
  }

  /**
   * A list set out one place a line ("Barawal 3", "Chapar 3", "Dir 13"): where
   * the gazetteer knows at least two of its lines and a third of them, the
   * names of the others are places of that kind too, in the same place.
   */
  function listedRows(
    texts: readonly string[],
    first: readonly { mentions: FoundMention[] }[],
  ): Map<number, { key: string; find: CuedFind }[]> {
    const out = new Map<number, { key: string; find: CuedFind }[]>();
    const row = texts.map(rowNames);
    /** The gazetteer place the first pass read at a row's name, if it read one there. */
    const knownAt = (k: number, at: number) => {
      const m = first[k]!.mentions.find((x) => x.start === at);
      return m && !isUnlocatedId(m.placeId) && !m.variantOf ? m.placeId : undefined;
    };
    for (let a = 0; a < texts.length;) {
      let b = a;
      while (b < texts.length && row[b]) b++;
      if (b - a >= 3) {
        const known: string[] = [];
        let names = 0;
        for (let k = a; k < b; k++) {
          for (const { at } of row[k]!) {
            names++;
            const id = knownAt(k, at);
            if (id) known.push(id);
          }
        }
        // A heading that names the list's kind ("Districts of Nuristan Province", "… six tehsils …:") says so too.
        // Of a heading line, its last sentence ("… Act 2013. Tehsil Kabal have following 14 Wards.").
        const heading = texts[a - 1]?.split(/(?<=[.!?])\s+(?=\S)/u).pop();
        const headed =
          heading !== undefined &&
          (/:\s*$/u.test(heading) || heading.split(/\s+/u).length <= 8) &&
          LIST_HEADING.test(heading);
        if (headed || (known.length >= 2 && known.length * 3 >= names)) {
          const parents = known.map((id) => entries[byId.get(id)!]!.p).filter((p) => p !== undefined);
          // The known lines' most common parent, the first of them on a tie.
          const counts = new Map<string, number>();
          for (const p of parents) counts.set(p, (counts.get(p) ?? 0) + 1);
          let parent: string | undefined;
          for (const [p, n] of counts) if (parent === undefined || n > counts.get(parent)!) parent = p;
          // Else the place the heading names ("Villages of Sarkani District:").
          if (parent === undefined && headed)
            parent = first[a - 1]!.mentions.find((m) => !isUnlocatedId(m.placeId))?.placeId;
          const inCountry = (id: string) => known.some((k) => entries[byId.get(k)!]!.c === entries[byId.get(id)!]!.c);
          // With no known line, another spelling is taken only near the place the heading names, if it names one
          // ("2. Kabal" of Swat's wards is not Kabul).
          const nearHeading = (e: number) =>
            parent === undefined || distanceKm(entries[byId.get(parent)!]!, entries[e]!) <= VARIANT_MAX_KM;
          for (let k = a; k < b; k++) {
            const finds: { key: string; find: CuedFind }[] = [];
            // "Adenzai: Asbanr, Badwan": a row's label holds its items, where the gazetteer knows it.
            let label = row[k]!.length > 1 ? knownAt(k, 0) : undefined;
            for (const [j, { name, at }] of row[k]!.entries()) {
              // A name the first pass read already stays as read, unless it found no place for it ("Kalkot 3" by its
              // ending), or read it as another spelling of a place outside the country of the list's known lines.
              const read = (x: FoundMention) =>
                x.start === at && !(x.unlocated && !x.unlocated.parent) && !(x.variantOf && !inCountry(x.placeId));
              if (first[k]!.mentions.some(read)) continue;
              const key = nameKeys(name).join(' ');
              // A unit's word alone ("Tehsil Kabal is located …" after a list) names no place.
              if (UNIT_KEYS.has(key)) continue;
              // "Killa Saifullah Tehsil 132,264": the unit's name without its word.
              const unit = UNIT_END.exec(name);
              const found = variant(name) ?? (unit ? variant(name.slice(0, unit.index)) : undefined);
              // A tehsil is Pakistan's: "Shinkai Sub-Tehsil" is not Shinkai in Zabul.
              const unitCountry = unit ? DESIGNATOR_COUNTRY[nameKeys(unit[0].trim()).join(' ')] : undefined;
              const spelled =
                found && unitCountry && entries[found.entry]!.c && entries[found.entry]!.c !== unitCountry
                  ? undefined
                  : found;
              // Another spelling only of a place in the country of the list's known lines, and near one of them.
              const sameCountry =
                spelled &&
                known.some(
                  (id) =>
                    entries[byId.get(id)!]!.c === entries[spelled.entry]!.c &&
                    distanceKm(entries[byId.get(id)!]!, entries[spelled.entry]!) <= VARIANT_MAX_KM,
                );
              const end = at + name.length;
              const holder = j > 0 ? (label ?? parent) : parent;
              // The gazetteer's own name, where the first pass read it as part of a person's ("Morvani Created in 2005").
              const find: CuedFind = spelled?.exact
                ? { start: at, end, placeId: entries[spelled.entry]!.i }
                : spelled && (sameCountry || (known.length === 0 && nearHeading(spelled.entry)))
                  ? { start: at, end, placeId: entries[spelled.entry]!.i, variantOf: spelled.name }
                  : {
                      start: at,
                      end,
                      placeId: `${UNLOCATED_PREFIX}${slug(name)}`,
                      unlocated: { name, cue: 'listed', ...(holder ? { parent: holder } : {}) },
                    };
              finds.push({ key, find });
              if (j === 0 && row[k]!.length > 1 && !find.unlocated) label = find.placeId;
            }
            if (finds.length) out.set(k, finds);
          }
        }
      }
      a = b + 1;
    }
    return out;
  }
  return Object.assign(find, { article });

  function resolve(found: readonly Candidate[]): FoundMention[] {
    // Context: the places the text names without doubt, and their admin parents.
    const sure = found.filter((c) => c.entries.length === 1).map((c) => c.entries[0]!);
    const named = new Set<string>();
    for (const e of sure) {
      named.add(entries[e]!.i);
      for (const p of parentsOf(e)) named.add(p);
    }
    const regional = sure.map((e) => entries[e]!).filter((e) => e.c === 'AF' || e.c === 'PK');
    // The countries the text is about: Afghanistan and Pakistan, and any other it names a town of for sure
    // ("Mashhad" in a story of Zahedan and Isfahan is Iran's city, not an Afghan village of the name). A town,
    // not the country or a province: "British India" does not make "Punjab" India's.
    const home = new Set(['AF', 'PK', '']);
    for (const e of sure) if (TOWN_KINDS.has(entries[e]!.k)) home.add(entries[e]!.c);
    const centre = regional.length
      ? {
          x: regional.reduce((s, e) => s + e.x, 0) / regional.length,
          y: regional.reduce((s, e) => s + e.y, 0) / regional.length,
        }
      : { x: 69.5, y: 32.5 }; // the border region, for texts that name nothing else for sure

    const pick = (c: Candidate): FoundMention => {
      if (c.entries.length === 1) return { placeId: entries[c.entries[0]!]!.i, start: c.start, end: c.end };
      const scored = c.entries.map((e) => {
        const en = entries[e]!;
        // One sense per text: a place the text names for sure elsewhere is what this name means here too.
        const sameNamed = named.has(en.i) ? 1 : 0;
        const inNamed = parentsOf(e).some((p) => named.has(p)) ? 1 : 0;
        const regionalScore = home.has(en.c) ? 1 : 0;
        // A town that is the seat of a place of the same name (Kandahar, Khost) is what a bare mention means.
        const seatOfSameName = en.k === 'town' && c.entries.some((o) => o !== e && entries[o]!.i === en.p) ? 1 : 0;
        return { e, en, sameNamed, inNamed, regionalScore, seatOfSameName, dist: distanceKm(en, centre) };
      });
      scored.sort(
        (a, b) =>
          b.regionalScore - a.regionalScore ||
          b.sameNamed - a.sameNamed ||
          b.inNamed - a.inNamed ||
          (c.designator ? 0 : b.seatOfSameName - a.seatOfSameName) ||
          KIND_RANK[a.en.k]! - KIND_RANK[b.en.k]! ||
          (a.en.s === 'geonames' ? 1 : 0) - (b.en.s === 'geonames' ? 1 : 0) ||
          (b.en.r ?? 0) - (a.en.r ?? 0) ||
          a.dist - b.dist,
      );
      const top = scored[0]!;
      const second = scored[1]!;
      // Decided by the text (a designator or a named parent), or the places are one place in practice (within 25 km).
      const decided =
        c.designator !== undefined ||
        top.sameNamed > second.sameNamed ||
        top.inNamed > second.inNamed ||
        top.regionalScore > second.regionalScore ||
        distanceKm(top.en, second.en) <= 25;
      return decided
        ? { placeId: top.en.i, start: c.start, end: c.end }
        : { placeId: top.en.i, start: c.start, end: c.end, uncertain: true as const };
    };
    // Pushed into an array literal, not mapped: V8 gives an array \`map\` makes of nothing another map than one of
    // objects, and the finder's readers of these mentions deoptimised on every switch between the two.
    const out: FoundMention[] = [];
    for (let j = 0; j < found.length; j++) out.push(pick(found[j]!));
    return out;
  }
}
