// The facts the pipeline measured, written as a TypeScript module the app
// imports: parsed with their schema here, and checked against its type by the
// compiler (`satisfies`), so a wrong file fails the build, never the page.
import * as v from 'valibot';
import { GeoFactsSchema, type GeoFacts } from '../../src/core/places/schema.ts';

/** The module's text for these facts; throws, naming the fault, if they do not fit the schema. */
export function factsModule(facts: unknown): string {
  const parsed = v.safeParse(GeoFactsSchema, facts);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    throw new Error(`geo facts do not fit their schema at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return (
    '// Written by `npm run build:geo` (scripts/geo/build.ts) and checked against\n' +
    '// its schema there and here by the compiler: do not edit by hand.\n' +
    "import type { GeoFacts } from './schema.ts';\n\n" +
    `const facts = ${JSON.stringify(parsed.output satisfies GeoFacts, null, 1)} satisfies GeoFacts;\n\nexport default facts;\n`
  );
}
