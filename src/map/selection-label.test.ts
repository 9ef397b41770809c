import { describe, expect, it } from 'vitest';
import { addPlaces } from '../core/places/gazetteer.ts';
import { addFacts, factsOf } from '../core/places/place-data.ts';
import { selectionLabel } from './selection-label.ts';

describe('the selection label', () => {
  it('names a selected point place at its anchor, with the uncertain mark where it applies', () => {
    const [f] = selectionLabel('torkham', []).features;
    expect(f?.properties).toEqual({ id: 'torkham', name: 'Torkham' });
    expect(selectionLabel('torkham', ['torkham']).features[0]?.properties?.name).toBe('Torkham (?)');
  });
  it('names the place a selected one is drawn beside, as the panel does', () => {
    addPlaces([{ id: 'text-dorak', name: 'Dorak', kind: 'town', country: 'AF', aliases: [], description: '' }]);
    const [x, y] = factsOf('torkham')!.anchor;
    addFacts(
      new Map([
        [
          'text-dorak',
          {
            anchor: [x + 0.03, y],
            bbox: [x, y, x + 0.03, y],
            geometry: 'point',
            source: 'article',
            pointNote: 'text',
            beside: 'torkham',
          },
        ],
      ]),
    );
    expect(selectionLabel('text-dorak', ['text-dorak']).features.map((f) => f.properties)).toEqual([
      { id: 'text-dorak', name: 'Dorak (?)' },
      { id: 'torkham', name: 'Torkham', role: 'beside' },
    ]);
  });
  it('leaves areas, lines and no selection to their own labels', () => {
    expect(selectionLabel('kunar', []).features).toEqual([]);
    expect(selectionLabel('durand-line', []).features).toEqual([]);
    expect(selectionLabel(null, []).features).toEqual([]);
    expect(selectionLabel('no-such-place', []).features).toEqual([]);
  });
});
