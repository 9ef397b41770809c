import { describe, expect, it } from 'vitest';
import { litPlaceIds, type SelectionState } from './selection.ts';

const state = (over: Partial<SelectionState>): SelectionState => ({
  placeId: null,
  passage: null,
  seq: 0,
  origin: 'user',
  hoverPlaceId: null,
  hoverFrom: null,
  ...over,
});

describe('litPlaceIds', () => {
  it('lights the selected place and the place under the map pointer', () => {
    expect(litPlaceIds(state({ placeId: 'kunar', hoverPlaceId: 'torkham', hoverFrom: 'map' }))).toEqual([
      'kunar',
      'torkham',
    ]);
  });
  it('leaves a mention under the reader’s own pointer to its hover style', () => {
    expect(litPlaceIds(state({ hoverPlaceId: 'torkham', hoverFrom: 'text' }))).toEqual([]);
  });
});
