import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameInSelection } from './words.ts';

describe('the name in a selection', () => {
  it.each([
    ['Khar’s', 'Khar', 0],
    ["Khar's", 'Khar', 0],
    ['the Afridis’', 'the Afridis', 0],
    ['“Landi Kotal,”', 'Landi Kotal', 1],
    ['(Bajaur).', 'Bajaur', 1],
    ['  Spin Boldak’s. ', 'Spin Boldak', 2],
    ['Torkham', 'Torkham', 0],
    ['Qal‘ah-e Kuhna', 'Qal‘ah-e Kuhna', 0],
  ])('%j names %j', (raw, words, offset) => {
    expect(nameInSelection(raw)).toEqual({ offset, words });
  });

  it('keeps an apostrophe inside a name and a word that only ends in s', () => {
    expect(nameInSelection("Shi'a").words).toBe("Shi'a");
    expect(nameInSelection('Wams').words).toBe('Wams');
  });

  it('always gives a stretch of the selection itself, at its offset (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        const { offset, words } = nameInSelection(raw);
        expect(raw.slice(offset, offset + words.length)).toBe(words);
      }),
    );
  });
});
