// The benchmark's limit: the same MapLibre drawing the same public/geo data
// with default styling, nothing else (no React, no article, no labels).
import { Map, setWorkerUrl } from '/vendor/maplibre-gl.mjs';

setWorkerUrl('/vendor/maplibre-gl-worker.mjs');

const map = new Map({
  container: 'map',
  bounds: [
    [60.873, 29.377],
    [74.565, 37.031],
  ],
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      places: { type: 'geojson', data: '/geo/places.geojson' },
      context: { type: 'geojson', data: '/geo/context.geojson' },
    },
    layers: [
      { id: 'background', type: 'background' },
      {
        id: 'context-fill',
        type: 'fill',
        source: 'context',
        filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      },
      {
        id: 'places-fill',
        type: 'fill',
        source: 'places',
        filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      },
      { id: 'places-line', type: 'line', source: 'places' },
      {
        id: 'places-circle',
        type: 'circle',
        source: 'places',
        filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
      },
      {
        id: 'towns-circle',
        type: 'circle',
        source: 'context',
        filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
      },
    ],
  },
});
performance.mark('map:created');
map.once('idle', () => {
  performance.mark('map:first-idle');
  document.body.dataset.mapState = 'idle';
});
