// The article bundle: an article with everything the reader set on it, in one
// versioned JSON file that "Open an article" takes back. Reading refuses, with
// a message for the reader, anything that is not a bundle of this version, is
// broken, or whose id does not match its text. Pure but for hashing.
import * as v from 'valibot';
import { MAX_TEXT_BYTES, textOverLimit, tooLarge } from '../article/sizes.ts';
import { contentId } from '../article/readers/content-id.ts';
import { CorrectionSchema, UserPlaceSchema } from '../corrections/schema.ts';

export const BUNDLE_FORMAT = 'border-explorer/article@1';
export const BUNDLE_TYPE = 'application/json';
/** The largest bundle "Open an article" takes. */
export const MAX_BUNDLE_BYTES = 12 * 1024 * 1024;

const PassageSchema = v.strictObject({
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  kind: v.string(),
  text: v.string(),
});

const BundleSchema = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/)),
  /** Which reader the text goes through. */
  articleFormat: v.picklist(['text', 'markdown', 'html']),
  text: v.pipe(v.string(), v.nonEmpty()),
  title: v.string(),
  source: v.string(),
  passages: v.array(PassageSchema),
  corrections: v.array(CorrectionSchema),
  /** Places the reader added, which corrections may name. */
  userPlaces: v.array(UserPlaceSchema),
  /** When it was published ('YYYY-MM-DD' or 'YYYY-MM'), how that was had, and by whom: as the reader's library keeps them. */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/))),
  dateFrom: v.optional(v.picklist(['meta', 'source', 'text', 'reader', 'opened'])),
  outlet: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** The gazetteer (and finder) version the places were found with. */
  gazetteer: v.string(),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type ArticleBundle = v.InferOutput<typeof BundleSchema>;

export type BundleRead = { ok: true; bundle: ArticleBundle } | { ok: false; message: string };

/** The bundle as JSON text. */
export function writeBundle(bundle: Omit<ArticleBundle, 'format'>): string {
  return `${JSON.stringify({ format: BUNDLE_FORMAT, ...bundle }, null, 2)}\n`;
}

/** Whether parsed JSON claims to be some version of our bundle. */
const claimsBundle = (x: unknown): x is { format: string } =>
  typeof x === 'object' && x !== null && typeof (x as { format?: unknown }).format === 'string';

/** Read a bundle's text; the message says what is wrong, for the reader. */
export async function readBundle(json: string, name = 'The file'): Promise<BundleRead> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: `${name} is not valid JSON.` };
  }
  if (!claimsBundle(raw) || !raw.format.startsWith('border-explorer/article@')) {
    return { ok: false, message: `${name} is not a Border Explorer article bundle.` };
  }
  if (raw.format !== BUNDLE_FORMAT) {
    return {
      ok: false,
      message: `${name} is a bundle of another version (${raw.format.slice(0, 60)}); this explorer reads ${BUNDLE_FORMAT}.`,
    };
  }
  const parsed = v.safeParse(BundleSchema, raw);
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? 'the top';
    return { ok: false, message: `${name} is a damaged bundle: ${where} is not what a bundle holds.` };
  }
  const over = textOverLimit(parsed.output.text);
  if (over) return { ok: false, message: tooLarge(`The text in ${name}`, over, MAX_TEXT_BYTES, 'texts') };
  if ((await contentId(parsed.output.text)) !== parsed.output.id) {
    return { ok: false, message: `${name} has been changed: its text does not match its id.` };
  }
  return { ok: true, bundle: parsed.output };
}
