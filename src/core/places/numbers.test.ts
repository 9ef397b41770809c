import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers.ts';

describe('formatNumber', () => {
  it('writes what toLocaleString writes in en-GB, with or without a limit on decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        (n, digits) => {
          const expected = n.toLocaleString(
            'en-GB',
            digits === undefined ? undefined : { maximumFractionDigits: digits },
          );
          expect(formatNumber(n, digits)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('groups thousands and keeps one decimal when asked', () => {
    expect(formatNumber(2640)).toBe('2,640');
    expect(formatNumber(40.2345, 1)).toBe('40.2');
    expect(formatNumber(40.2345)).toBe('40.235');
  });
});
