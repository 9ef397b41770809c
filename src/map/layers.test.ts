import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { buildLayers, buildStyle, PALETTES, UNCERTAIN_MARK, type Palette, type Theme } from './layers.ts';

const contrast = (a: string, b: string) => Color.contrast(a, b, 'WCAG21');

/** A fill of `color` at `alpha` over `base`, as the map blends it. */
const over = (base: string, color: string, alpha: number) =>
  new Color(base).mix(color, alpha, { space: 'srgb' }).to('srgb').toString({ format: 'hex' });

describe.each(Object.keys(PALETTES) as Theme[])('the %s map theme', (theme) => {
  const c: Palette = PALETTES[theme];
  const layers = buildLayers(['kunar'], c);

  it('draws every label at 4.5:1 against its halo (WCAG AA for text)', () => {
    const labels = layers.filter((l) => l.type === 'symbol' && l.layout && 'text-field' in l.layout);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const l of labels) {
      const paint = l.paint as { 'text-color': unknown; 'text-halo-color': string; 'text-halo-width': number };
      // A colour, or a `match` of colours (the detail's labels: rivers in blue): every one of them.
      const colours = [paint['text-color']]
        .flat(Infinity)
        .filter((v): v is string => /^#[0-9a-f]{6}$/i.test(String(v)));
      expect(colours.length, l.id).toBeGreaterThan(0);
      expect(paint['text-halo-width'], l.id).toBeGreaterThanOrEqual(1.5);
      for (const colour of colours)
        expect(contrast(colour, paint['text-halo-color']), `${l.id} ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('sets symbols and the border at 3:1 against the land and the article provinces (non-text AA)', () => {
    const provinces = over(c.land, c.articleFill, 0.55);
    for (const [name, color] of Object.entries({
      border: c.border,
      point: c.point,
      district: c.district,
      selected: c.selectedFill,
    })) {
      expect(contrast(color, c.land), `${name} on land`).toBeGreaterThanOrEqual(3);
      if (name !== 'selected')
        expect(contrast(color, provinces), `${name} on an article province`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(c.countryLine, c.land), 'country line').toBeGreaterThanOrEqual(3);
  });

  it('keeps land and water apart', () => {
    expect(contrast(c.land, c.water)).toBeGreaterThan(1.1);
  });
});

it('the dark theme is dark and the light one light', () => {
  expect(new Color(PALETTES.dark.land).luminance).toBeLessThan(0.05);
  expect(new Color(PALETTES.light.land).luminance).toBeGreaterThan(0.8);
});

/**
 * Which paint properties a layer gives per feature: MapLibre compiles one shader
 * per combination, and the map keeps to one per layer kind (see perState).
 */
function perFeatureProperties(paint: object): string {
  return Object.entries(paint)
    .filter(([, v]) => /"(feature-state|get)"/.test(JSON.stringify(v)))
    .map(([k]) => k)
    .sort()
    .join(' ');
}

describe('shader variants', () => {
  const layers = buildLayers(['kunar']);
  // A layer at constant opacity 0 (the border's hit area) is never drawn.
  const drawn = layers.filter(
    (l) => !('paint' in l && l.paint && (l.paint as Record<string, unknown>)['line-opacity'] === 0),
  );
  it.each([
    ['line', (l: LayerSpecification) => l.type === 'line' && !(l.paint && 'line-dasharray' in l.paint)],
    ['dashed line', (l: LayerSpecification) => l.type === 'line' && !!(l.paint && 'line-dasharray' in l.paint)],
    ['circle', (l: LayerSpecification) => l.type === 'circle'],
  ])('every %s layer gives the same properties per feature', (_, kind) => {
    const mixes = new Set(drawn.filter(kind).map((l) => perFeatureProperties(('paint' in l && l.paint) || {})));
    expect([...mixes]).toHaveLength(1);
  });
  it('no fill layer draws its own outline', () => {
    for (const l of layers.filter((x) => x.type === 'fill'))
      expect((l.paint as Record<string, unknown>)['fill-antialias'], l.id).toBe(false);
  });
});

describe('the style', () => {
  const fc = (name: string) => ({
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, properties: { name }, geometry: { type: 'Point' as const, coordinates: [0, 0] } },
    ],
  });
  const dataOf = (style: ReturnType<typeof buildStyle>, id: string) => (style.sources[id] as { data: unknown }).data;

  it('carries geodata that is already here, so that MapLibre loads it once', () => {
    const style = buildStyle([], 'credits', PALETTES.light, [fc('p'), fc('c')]);
    expect(dataOf(style, 'places')).toEqual(fc('p'));
    expect(dataOf(style, 'context')).toEqual(fc('c'));
  });

  it('starts with empty sources when the geodata is still on its way', () => {
    const style = buildStyle([], 'credits');
    expect(dataOf(style, 'places')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(dataOf(style, 'context')).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('labels of uncertain places', () => {
  /** The label a layer draws for a feature with these properties. */
  const label = (layers: LayerSpecification[], id: string, properties: Record<string, string>) => {
    const layer = layers.find((l) => l.id === id)!;
    const field = (layer.layout as { 'text-field': unknown })['text-field'];
    const parsed = createExpression(field, `layers.${id}.layout.text-field`);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
  };

  it('carry the mark after the name, keyed by the feature’s id or, for context labels, its place', () => {
    const layers = buildLayers(['kabul', 'kunar'], PALETTES.light, ['kabul', 'kunar']);
    expect(label(layers, 'points-label', { id: 'kabul', name: 'Kabul' })).toBe(`Kabul${UNCERTAIN_MARK}`);
    expect(label(layers, 'points-label', { id: 'jalalabad', name: 'Jalalabad' })).toBe('Jalalabad');
    expect(label(layers, 'province-label', { place: 'kunar', name: 'Kunar' })).toBe(`Kunar${UNCERTAIN_MARK}`);
    expect(label(layers, 'crossings-symbol', { id: 'torkham', name: 'Torkham' })).toBe('Torkham');
  });

  it('are plain names when the article names no place uncertainly', () => {
    const layers = buildLayers(['kabul'], PALETTES.light);
    expect(label(layers, 'points-label', { id: 'kabul', name: 'Kabul' })).toBe('Kabul');
  });
});
