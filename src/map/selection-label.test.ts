import { describe, expect, it } from 'vitest';
import { selectionLabel } from './selection-label.ts';

describe('the selection label', () => {
  it('names a selected point place at its anchor, with the uncertain mark where it applies', () => {
    const [f] = selectionLabel('torkham', []).features;
    expect(f?.properties).toEqual({ id: 'torkham', name: 'Torkham' });
    expect(selectionLabel('torkham', ['torkham']).features[0]?.properties?.name).toBe('Torkham (?)');
  });
  it('leaves areas, lines and no selection to their own labels', () => {
    expect(selectionLabel('kunar', []).features).toEqual([]);
    expect(selectionLabel('durand-line', []).features).toEqual([]);
    expect(selectionLabel(null, []).features).toEqual([]);
    expect(selectionLabel('no-such-place', []).features).toEqual([]);
  });
});
