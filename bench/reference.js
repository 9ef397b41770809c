// The benchmark's fair limit: the same MapLibre drawing the same public/geo
// data, with labels on points, areas and the line in the same glyphs, default
// styling otherwise. It opens at the camera in the hash (`#zoom/lat/lon`, read
// by MapLibre's own hash option) and at the canvas size in `?w=&h=`: the app's
// map on the page it is compared with (bench/run.mjs passes both). With
// `?style=<url>` it draws that style instead: the app's own, to tell what the
// app's map costs from what the rest of its page costs.
import { Map, setWorkerUrl } from '/vendor/maplibre-gl.mjs';

setWorkerUrl('/vendor/maplibre-gl-worker.mjs');

const params = new URLSearchParams(location.search);
const given = params.has('style') ? await (await fetch(params.get('style'))).json() : null;
const container = document.getElementById('map');
for (const [key, prop] of [
  ['w', 'width'],
  ['h', 'height'],
]) {
  if (params.has(key)) container.style[prop] = `${Number(params.get(key))}px`;
}

const is = (type) => ['match', ['geometry-type'], [type, `Multi${type}`], true, false];
const text = { 'text-field': ['get', 'name'], 'text-font': ['NotoSans-Regular'] };

const map = new Map({
  container,
  hash: true,
  // Without a hash: the whole border, as the app's home view.
  bounds: [
    [60.873, 29.377],
    [74.565, 37.031],
  ],
  style: given ?? {
    version: 8,
    glyphs: `${location.origin}/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      places: { type: 'geojson', data: '/geo/places.geojson' },
      context: { type: 'geojson', data: '/geo/context.geojson' },
    },
    layers: [
      { id: 'background', type: 'background' },
      { id: 'context-fill', type: 'fill', source: 'context', filter: is('Polygon') },
      { id: 'places-fill', type: 'fill', source: 'places', filter: is('Polygon') },
      { id: 'places-line', type: 'line', source: 'places' },
      { id: 'places-circle', type: 'circle', source: 'places', filter: is('Point') },
      {
        id: 'towns-circle',
        type: 'circle',
        source: 'context',
        filter: ['all', is('Point'), ['!=', ['get', 'kind'], 'label']],
      },
      // Labels: the line's name along it, the areas' names at their label points, the points' names.
      {
        id: 'line-label',
        type: 'symbol',
        source: 'places',
        filter: is('LineString'),
        layout: { ...text, 'symbol-placement': 'line' },
      },
      { id: 'area-label', type: 'symbol', source: 'context', filter: ['==', ['get', 'kind'], 'label'], layout: text },
      { id: 'point-label', type: 'symbol', source: 'places', filter: is('Point'), layout: text },
      {
        id: 'town-label',
        type: 'symbol',
        source: 'context',
        filter: ['all', is('Point'), ['!=', ['get', 'kind'], 'label']],
        layout: text,
      },
    ],
  },
});
performance.mark('map:created');
map.once('idle', () => {
  performance.mark('map:first-idle');
  document.body.dataset.mapState = 'idle';
});
