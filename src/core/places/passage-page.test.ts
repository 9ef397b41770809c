import { describe, expect, it } from 'vitest';
import { passagesShown } from './passage-page.ts';

describe('the passages a panel lists', () => {
  const many = Array.from({ length: 100 }, (_, i) => i * 2 + 1);
  it('lists every passage of a place named a few times', () => {
    expect(passagesShown([1, 4, 9], 40, 4)).toEqual({ shown: [1, 4, 9], hidden: 0 });
  });
  it('lists the first page of many, and the passage the reader is at after it', () => {
    const { shown, hidden } = passagesShown(many, 40, 151);
    expect(shown.slice(0, 40)).toEqual(many.slice(0, 40));
    expect(shown.at(-1)).toBe(151);
    expect(hidden).toBe(59);
    expect(passagesShown(many, 40, 3)).toEqual({ shown: many.slice(0, 40), hidden: 60 });
    expect(passagesShown(many, 40, 2).shown).toHaveLength(40);
  });
});
