// Places as CSV: one row per mention, for a spreadsheet. UTF-8 with a byte
// order mark (so a spreadsheet reads it as UTF-8), text fields quoted, and
// formulas neutralised: a text cell that a spreadsheet would run is prefixed
// with an apostrophe; numbers stay numbers. Pure.
import Papa from 'papaparse';
import type { ExportPlace } from './places.ts';

export const CSV_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

/** A text cell starting with one of these is a formula to a spreadsheet (OWASP's list). */
const FORMULA = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  'place_id',
  'name',
  'kind',
  'country',
  'geonames_id',
  'passage',
  'mention',
  'longitude',
  'latitude',
  'uncertain',
  'corrected',
  'position',
] as const;

/** The CSV text; `pointOf` gives the point that stands for a place (its anchor). */
export function placesCsv(
  places: readonly ExportPlace[],
  pointOf: (id: string) => readonly [number, number] | null,
): string {
  const rows = places.flatMap((p) => {
    const point = pointOf(p.id);
    return p.mentions.map((m) => [
      p.id,
      p.name,
      p.kind,
      p.country,
      p.geonames,
      m.passage,
      m.text,
      // Empty cells where unknown (null is written as nothing).
      point?.[0] ?? null,
      point?.[1] ?? null,
      p.uncertain,
      // Row by row: this mention is one the reader made or changed.
      m.corrected,
      // Empty where the point is the place's own.
      p.position ?? null,
    ]);
  });
  return csvText([...CSV_COLUMNS], rows);
}

/** CSV text for these columns and rows: text quoted, formulas neutralised, numbers bare. */
export function csvText(fields: readonly string[], rows: readonly unknown[][]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...fields], data: rows as unknown[][] },
      {
        // Text is quoted; numbers and booleans are left bare, so they stay numbers.
        quotes: (value: unknown) => typeof value === 'string',
        escapeFormulae: FORMULA,
        newline: '\r\n',
      },
    )
  );
}
