import { describe, expect, it } from 'vitest';
import { formatLibraryUrl, isLibraryLink, parseLibraryUrl } from './library-url.ts';

describe('the library view’s link', () => {
  it('round-trips its place, months and outlet', () => {
    const url = '?view=library&place=chaman&from=2024-01&to=2025-06&source=Dawn';
    const { state, notices } = parseLibraryUrl(url);
    expect(notices).toEqual([]);
    expect(state).toEqual({ place: 'chaman', from: '2024-01', to: '2025-06', source: 'Dawn' });
    expect(formatLibraryUrl(state, '#6/33/69')).toBe(`${url}#6/33/69`);
    expect(isLibraryLink(url)).toBe(true);
    expect(isLibraryLink('?place=chaman')).toBe(false);
  });

  it('leaves out what is not a month or a place id, and says so', () => {
    const { state, notices } = parseLibraryUrl('?view=library&from=2024-13&to=June&place=%3Cscript%3E');
    expect(state).toEqual({ place: null, from: null, to: null, source: null });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain('“2024-13”');
  });

  it('puts months given the wrong way round in order, and reads a place id in any case', () => {
    expect(parseLibraryUrl('?view=library&from=2025-06&to=2024-01&place=Chaman').state).toEqual({
      place: 'chaman',
      from: '2024-01',
      to: '2025-06',
      source: null,
    });
  });
});
