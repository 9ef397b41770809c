// When an article was published and by whom: from what the file says of
// itself (reader metadata), else its source line, else a dateline in its first
// passages. Dates are read only where they cannot be misread: a numeric date
// that could be day-month or month-day is no date at all. Pure.
import { isByline, type ArticleMeta } from '../article/passages.ts';

/** An article's publication as far as it can be told. */
export interface FoundPublished {
  /** 'YYYY-MM-DD', or 'YYYY-MM' where only a month is given; null where nothing says. */
  date: string | null;
  /** The outlet's name ('' when none). */
  outlet: string;
  /** Where the date was found: reader metadata, the source line, or the first passages. */
  dateFrom: 'meta' | 'source' | 'text' | null;
}

/** How many passages from the start may hold the publication date. */
const FIRST_PASSAGES = 3;
/** A passage this short is read whole for a date; a longer one only in its first MAX_READ characters. */
const SHORT_PASSAGE = 200;
const MAX_READ = 160;
/** The longest outlet name. */
const MAX_OUTLET = 80;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTH = String.raw`\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?`;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** After a year: no more digits, nor another number joined to it ("2024-12-05" is no "Dec 2024"). */
const YEAR_END = String.raw`(?!\d|[./-]\d)`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`;

/** yyyy-mm-dd (also with / or . between): always year, month, day. */
const YMD = /(?<!\d|\d[./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)/g;
/** d.m.yyyy, d/m/yyyy, d-m-yyyy: day-month or month-day, as far as the numbers tell. */
const NUMERIC = /(?<!\d|\d[./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d|[./-]\d)/g;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH},?\s+(\d{4})${YEAR_END}`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`${MONTH}\s*(\d{1,2})${ORDINAL},?\s+(\d{4})${YEAR_END}`, 'gi');
const MONTH_YEAR = new RegExp(String.raw`${MONTH},?\s+(\d{4})${YEAR_END}`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const inYears = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** 'YYYY-MM-DD' for a real calendar date in the years read, else null. */
function ymd(y: number, m: number, d: number): string | null {
  if (!inYears(y) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
/** 'YYYY-MM' for a real month in the years read, else null. */
const ym = (y: number, m: number) => (inYears(y) && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : null);

/** A month's number from its name, or 0 for a name not written as one (a lower-case "may" or "march"). */
const monthOf = (name: string) => (/^\p{Lu}/u.test(name) ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 : 0);

/** Day and month from two numbers of a numeric date, or null where either order could be meant. */
function dayMonth(a: number, b: number): [number, number] | null {
  if (a === b) return [a, b];
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  return null;
}

/** A date written in a text: where it stands and what it is (null: a date that is ambiguous or not real). */
interface Found {
  at: number;
  end: number;
  date: string | null;
}

function candidates(text: string): Found[] {
  const out: Found[] = [];
  const add = (re: RegExp, read: (m: RegExpMatchArray) => string | null) => {
    for (const m of text.matchAll(re)) out.push({ at: m.index, end: m.index + m[0].length, date: read(m) });
  };
  add(YMD, (m) => ymd(+m[1]!, +m[3]!, +m[4]!));
  add(NUMERIC, (m) => {
    const dm = dayMonth(+m[1]!, +m[3]!);
    return dm && ymd(+m[4]!, dm[1], dm[0]);
  });
  add(DAY_MONTH_YEAR, (m) => ymd(+m[3]!, monthOf(m[2]!), +m[1]!));
  add(MONTH_DAY_YEAR, (m) => ymd(+m[3]!, monthOf(m[1]!), +m[2]!));
  add(MONTH_YEAR, (m) => ym(+m[2]!, monthOf(m[1]!)));
  return out;
}

/**
 * The dates in a text, in order. Where two readings overlap the one that
 * starts first (then the longer) counts: "12 March 2024" is a day, not the
 * month in it; and a date that is not real or is ambiguous hides the month in
 * it too ("31 February 2024" gives nothing).
 */
function datesIn(text: string): { at: number; date: string }[] {
  const all = candidates(text).sort((x, y) => x.at - y.at || y.end - x.end);
  const out: { at: number; date: string }[] = [];
  let end = 0;
  for (const c of all) {
    if (c.at < end) continue;
    end = c.end;
    if (c.date) out.push({ at: c.at, date: c.date });
  }
  return out;
}

/** The first unambiguous date in a short text: 'YYYY-MM-DD', 'YYYY-MM' for a month alone, else null. */
export function dateIn(text: string): string | null {
  return datesIn(text)[0]?.date ?? null;
}

/** A date as reader metadata gives it: ISO 8601 (its date part, as written, in no other time zone), else as text. */
function metaDate(value: string): string | null {
  const s = value.trim();
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?=$|[T\s])/.exec(s);
  if (full) return ymd(+full[1]!, +full[2]!, +full[3]!);
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) return ym(+month[1]!, +month[2]!);
  return dateIn(s);
}

const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
/** A source that is nothing but a web address: its host. */
const ADDRESS = /^(?:https?:\/\/)?(?:www\.)?([^/\s]+\.[a-z]{2,})(?:[/?#]\S*)?$/i;

/** The date in a source line: in its words, else as a web address's path has it (/2024/03/12/). */
function sourceDate(source: string): string | null {
  const words = dateIn(source.replace(WEB_ADDRESS, ' '));
  if (words) return words;
  for (const [url] of source.matchAll(WEB_ADDRESS)) {
    const m = /\/(\d{4})\/(\d{2})\/(\d{2})(?=[/?#]|$)/.exec(url);
    const date = m && ymd(+m[1]!, +m[2]!, +m[3]!);
    if (date) return date;
  }
  return null;
}

/** A date just after "Published" or "Posted" (within a few words: "Published on Tuesday, 21 October 2025"). */
const PUBLISHED_BEFORE = /\b(?:published|posted|publication\s+date)\b[^\n]{0,30}$/i;
/** A date just after "Updated", "Date" and the like. */
const UPDATED_BEFORE = /\b(?:updated|modified|dated?|released|issued)\b[^\n]{0,30}$/i;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}`;
/** What may stand before the date in a dateline: places ("PESHAWAR, Pakistan,"), an agency in brackets, a weekday. */
const DATELINE_BEFORE = new RegExp(
  String.raw`^\s*(?:${PLACE}(?:\s*,\s*${PLACE}){0,3}(?:\s*\([^()\n]{1,40}\))?\s*[,:—–-]\s*)?(?:${WEEKDAY},?\s*)?$`,
  'u',
);
const MAX_DATELINE = 80;

/**
 * The publication date in the first passages. Preferred, in order: a date
 * after "Published" or "Posted"; a dateline's date, at the start of a line
 * ("WASHINGTON, Aug. 23, 2011 —", "Updated: 12 March 2024"); then any date
 * in a short passage, or near the start of a long one.
 */
function textDate(texts: readonly string[]): string | null {
  const found = texts.map((text) => {
    const limit = text.length <= SHORT_PASSAGE ? text.length : MAX_READ;
    return datesIn(text)
      .filter((d) => d.at < limit)
      .map((d) => {
        const line = text.slice(text.lastIndexOf('\n', d.at - 1) + 1, d.at);
        return {
          date: d.date,
          published: PUBLISHED_BEFORE.test(line.slice(-60)),
          dateline: UPDATED_BEFORE.test(line.slice(-60)) || (line.length <= MAX_DATELINE && DATELINE_BEFORE.test(line)),
        };
      });
  });
  const all = found.flat();
  return (all.find((d) => d.published) ?? all.find((d) => d.dateline) ?? all[0])?.date ?? null;
}

/** A source line's part that names no outlet: a word before a date, a time, a weekday. */
const NOT_A_NAME =
  /^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|dated?|on|at|\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,5}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)$/i;
/** Dates as a source line may write them, real or not (all are cut from the outlet's name). */
const ANY_DATE = new RegExp(
  [
    String.raw`\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b`,
    String.raw`\b\d{1,2}${ORDINAL}\s+(?:of\s+)?${MONTH},?\s+\d{4}\b`,
    String.raw`${MONTH}\s*\d{1,2}${ORDINAL},?\s+\d{4}\b`,
    String.raw`${MONTH},?\s+\d{4}\b`,
  ].join('|'),
  'gi',
);

/** A name of at most MAX_OUTLET characters, cut at a word with an ellipsis. */
function short(name: string): string {
  if (name.length <= MAX_OUTLET) return name;
  const cut = name.slice(0, MAX_OUTLET - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_OUTLET / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The outlet named in a source line: "Dawn, 2025-10-20, https://www.dawn.com/news/123"
 * → "Dawn"; "Source: Reuters — March 12, 2024" → "Reuters"; a bare web address
 * → its host ("dawn.com"); a byline ("By Jane Doe") → ''.
 */
export function outletOf(source: string): string {
  const s = source
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^source\s*:\s*/i, '');
  if (!s || isByline(s)) return '';
  const address = ADDRESS.exec(s);
  if (address) return address[1]!.toLowerCase();
  const name = s
    .replace(WEB_ADDRESS, ' ')
    .replace(ANY_DATE, ' ')
    .split(/\s-\s|[—–,;|·•()[\]]/)
    .map((p) =>
      p
        .replace(/\s+(?:published|updated|posted|dated|on)\s*:?\s*$/i, '')
        .trim()
        .replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''),
    )
    .find((p) => p && !NOT_A_NAME.test(p) && /\p{L}/u.test(p));
  if (name) return short(name);
  const url = s.match(WEB_ADDRESS)?.[0];
  return url ? (ADDRESS.exec(url)?.[1]?.toLowerCase() ?? '') : '';
}

/**
 * When and by whom an article was published. Trusted in order: what the
 * reader found in the file (`meta`), the source line, then a dateline in the
 * first three passages; never a date further into the text, which tells of
 * events, not of the article.
 */
export function findPublished(a: {
  source: string;
  passages: readonly { text: string }[];
  meta?: ArticleMeta;
}): FoundPublished {
  const outlet = outletOf(a.meta?.outlet ?? '') || outletOf(a.source);
  const fromMeta = a.meta?.date ? metaDate(a.meta.date) : null;
  if (fromMeta) return { date: fromMeta, outlet, dateFrom: 'meta' };
  const fromSource = sourceDate(a.source);
  if (fromSource) return { date: fromSource, outlet, dateFrom: 'source' };
  const fromText = textDate(a.passages.slice(0, FIRST_PASSAGES).map((p) => p.text));
  return { date: fromText, outlet, dateFrom: fromText ? 'text' : null };
}
