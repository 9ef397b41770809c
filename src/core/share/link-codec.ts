// The article a link carries (issue 29): the text, its title and source as the
// reader set them, and their corrections, in the bundle's own schemas; JSON,
// deflate-raw with a preset dictionary of news English (fflate: the platform's
// CompressionStream takes no dictionary, and the dictionary saves about a
// tenth on a news story; see docs/links.md for the figures), base64url, behind
// a versioned prefix so that later versions still read old links. Decoding
// never trusts the payload: it checks the characters, the version, stops
// inflating at the text limit (a decompression bomb is never allocated whole),
// validates the schema and checks the text against the link's content id.
// Pure but for hashing.
import { deflateSync, Inflate } from 'fflate';
import * as v from 'valibot';
import { contentId } from '../article/readers/content-id.ts';
import { MAX_TEXT_BYTES } from '../article/sizes.ts';
import { CorrectionSchema, UserPlaceSchema, type Correction, type UserPlace } from '../corrections/schema.ts';
import { DICTIONARY_A1 } from './dictionary-a1.ts';

/** The codec prefix of this version: `a1.` then the payload. */
export const CODEC = 'a1';

/** What a link carries of an article. */
export interface CarriedArticle {
  format: 'text' | 'markdown' | 'html';
  text: string;
  title: string;
  source: string;
  corrections: Correction[];
  userPlaces: UserPlace[];
}

const ArticleSchema = v.strictObject({
  format: v.picklist(['text', 'markdown', 'html']),
  text: v.pipe(v.string(), v.nonEmpty()),
  title: v.string(),
  source: v.string(),
});
const FixesSchema = v.strictObject({ corrections: v.array(CorrectionSchema), userPlaces: v.array(UserPlaceSchema) });

/** Why a payload was refused. */
export type RefusedPayload =
  | 'empty'
  | 'bad-characters'
  | 'unknown-version'
  | 'cut-short'
  | 'too-large'
  | 'damaged'
  | 'bad-corrections'
  | 'text-mismatch';

export type DecodedPayload =
  { ok: true; article: CarriedArticle } | { ok: false; reason: RefusedPayload; version?: string };

/** The most the JSON of a payload may inflate to: the text limit, and room for the rest. */
export const MAX_INFLATED_BYTES = MAX_TEXT_BYTES + 1024 * 1024;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array | null => {
  // A length of 1 mod 4 is never base64: a character was lost.
  if (text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

/** How much compressed input is inflated at a time: at most about a megabyte comes out of it. */
const STEP = 1024;

/** Inflate up to `limit` bytes; 'too-large' past it (inflating stops there), 'cut-short' for a stream that ends early. */
function inflate(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | 'cut-short' {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new Inflate({ dictionary: DICTIONARY_A1 }, (chunk) => {
    size += chunk.length;
    if (size <= limit) parts.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += STEP) {
      stream.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
      if (size > limit) return 'too-large';
    }
    if (bytes.length === 0) stream.push(bytes, true);
  } catch {
    return 'cut-short';
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The payload for an article: `a1.` and its compressed JSON in base64url. */
export function encodeArticle(article: CarriedArticle): string {
  const json = JSON.stringify([
    article.format,
    article.text,
    article.title,
    article.source,
    article.corrections,
    article.userPlaces,
  ]);
  return `${CODEC}.${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9, dictionary: DICTIONARY_A1 }))}`;
}

/** Read a payload, checking it against the content id the link names. */
export async function decodeArticle(payload: string, id: string): Promise<DecodedPayload> {
  if (payload === '') return { ok: false, reason: 'empty' };
  const dot = payload.indexOf('.');
  const version = dot === -1 ? '' : payload.slice(0, dot);
  const body = dot === -1 ? payload : payload.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]*$/.test(body) || !/^[a-z0-9]*$/i.test(version)) return { ok: false, reason: 'bad-characters' };
  if (version !== CODEC) return { ok: false, reason: 'unknown-version', version: version.slice(0, 12) };
  if (body === '') return { ok: false, reason: 'empty' };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, reason: 'cut-short' };
  const inflated = inflate(bytes, MAX_INFLATED_BYTES);
  if (inflated === 'too-large' || inflated === 'cut-short') return { ok: false, reason: inflated };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    // A stream cut at a block boundary inflates cleanly to half a JSON text.
    return { ok: false, reason: 'cut-short' };
  }
  if (!Array.isArray(raw) || raw.length !== 6) return { ok: false, reason: 'damaged' };
  const [format, text, title, source, corrections, userPlaces] = raw as unknown[];
  const parsed = v.safeParse(ArticleSchema, { format, text, title, source });
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  if (new TextEncoder().encode(parsed.output.text).length > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large' };
  if ((await contentId(parsed.output.text)) !== id) return { ok: false, reason: 'text-mismatch' };
  const fixes = v.safeParse(FixesSchema, { corrections, userPlaces });
  if (!fixes.success) return { ok: false, reason: 'bad-corrections' };
  return { ok: true, article: { ...parsed.output, ...fixes.output } };
}
