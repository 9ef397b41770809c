import { describe, expect, it } from 'vitest';
import { PALETTES, UNCERTAIN_MARK, type Theme } from '../map/layers.ts';
import { legendEntries } from './entries.ts';

describe.each(Object.keys(PALETTES) as Theme[])('the key in the %s theme', (theme) => {
  const palette = PALETTES[theme];
  const entries = legendEntries(palette);

  it('draws every swatch in the map’s own colours, and nothing else', () => {
    const colours = new Set(Object.values(palette));
    for (const e of entries) {
      for (const shape of e.shapes) {
        for (const [key, value] of Object.entries(shape)) {
          if (!['fill', 'stroke', 'color', 'halo'].includes(key) || value === 'none') continue;
          expect(colours.has(value as string), `${e.id} ${shape.type} ${key} ${String(value)}`).toBe(true);
        }
      }
    }
  });

  it('has one entry for each thing the map draws apart, the border first', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'border',
      'crossing',
      'article-province',
      'context-province',
      'district',
      'town',
      'approx-place',
      'capital',
      'background-town',
      'river',
      'seasonal-river',
      'selected',
      'uncertain',
    ]);
    expect(entries.find((e) => e.id === 'border')!.shapes).toContainEqual(
      expect.objectContaining({ type: 'line', color: palette.border, dash: [2.5, 1.5] }),
    );
    expect(entries.find((e) => e.id === 'uncertain')!.shapes).toContainEqual(
      expect.objectContaining({ type: 'text', text: UNCERTAIN_MARK.trim() }),
    );
  });
});
