// The direction of the code, enforced in `npm run lint` (docs/architecture.md):
// the pure core under everything, views off the map's internals, no cycles.
// Tests, e2e, benchmarks and scripts may import anything.
const TESTS = '\\.test\\.ts$';

/** The map owner's internals: only src/map itself reaches into them. */
const MAP_INTERNALS =
  '^src/map/(concerns/|session\\.ts|viewport\\.ts|pick\\.ts|framing\\.ts|found-places\\.ts|selection-label\\.ts|test-api\\.ts|webgl\\.ts|label-charset\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'core-imports-nothing-above-it',
      comment:
        'src/core is the pure core (the article model and readers, the finder, corrections, claims, export writers): it runs in Node and imports only itself and pure libraries.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-has-no-ui-or-storage',
      comment: 'No React, zustand, MapLibre or IndexedDB in the core.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: 'node_modules/(react|react-dom|zustand|maplibre-gl|idb)/' },
    },
    {
      name: 'views-stay-off-the-map-internals',
      comment: 'Only src/map reaches into the map owner’s internals; others use MapView, its layers, theme and data.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/map/', TESTS] },
      to: { path: MAP_INTERNALS },
    },
    {
      name: 'no-cycles',
      comment: 'Import cycles make the layers meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};
