// A reader's corrections of an article's places, as kept in the library and
// carried in the article bundle. Each is anchored by passage, words and
// occurrence (or, for every mention of the words, by the words alone), so that
// a later place finder keeps every correction that still applies.
import * as v from 'valibot';

const passage = v.pipe(v.number(), v.integer(), v.minValue(1));
const words = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
/** `null`: the words name no place. */
const placeId = v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)));

/** One mention: the `occurrence`-th time (from 1) the words appear in the passage. */
export const OneCorrectionSchema = v.strictObject({
  passage,
  words,
  occurrence: v.pipe(v.number(), v.integer(), v.minValue(1)),
  placeId,
});

/** Every mention of the words, in every passage. */
export const EveryCorrectionSchema = v.strictObject({ every: v.literal(true), words, placeId });

export const CorrectionSchema = v.union([OneCorrectionSchema, EveryCorrectionSchema]);
export type Correction = v.InferOutput<typeof CorrectionSchema>;

/** A place the reader added: its name and point; `id` is `user-` and a hash of both. */
export const UserPlaceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^user-[0-9a-f]{8}$/)),
  name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(120)),
  point: v.tuple([
    v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  ]),
});
export type UserPlace = v.InferOutput<typeof UserPlaceSchema>;

/** Everything the reader set on an article's places. */
export interface ArticleCorrections {
  corrections: Correction[];
  userPlaces: UserPlace[];
}
