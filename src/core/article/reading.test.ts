import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_DATA } from '../../article/default-article.ts';
import { placesOf, readBefore, stepPassage } from './reading.ts';

const { index, article } = DEFAULT_ARTICLE_DATA;
const numbers = article.passages.map((p) => p.n);

describe('following the reading', () => {
  it('knows the places a passage names, once each', () => {
    expect(placesOf(index, 6)).toEqual(expect.arrayContaining(['kunar', 'nangarhar', 'paktika']));
    expect(new Set(placesOf(index, 6)).size).toBe(placesOf(index, 6).length);
    expect(placesOf(index, null)).toEqual([]);
  });
  it('fades the places of passages read before, not those read now', () => {
    const before = readBefore(index, new Set([2, 6]), 6);
    expect(before).toEqual(placesOf(index, 2).filter((id) => !placesOf(index, 6).includes(id)));
  });
  it('steps to the next and previous passage that names a place, skipping those that name none', () => {
    const named = numbers.filter((n) => placesOf(index, n).length > 0);
    const empty = numbers.find((n) => placesOf(index, n).length === 0 && n > named[0]!)!;
    expect(stepPassage(index, numbers, empty, 1)).toBe(named.find((n) => n > empty));
    expect(stepPassage(index, numbers, empty, -1)).toBe(named.findLast((n) => n < empty));
    expect(stepPassage(index, numbers, null, 1)).toBe(named[0]);
    expect(stepPassage(index, numbers, named.at(-1)!, 1)).toBeNull();
  });
});
