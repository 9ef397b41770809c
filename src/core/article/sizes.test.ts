import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sizeBeside, tooLarge } from './sizes.ts';

const MiB = 1024 * 1024;

describe('sizes beside a limit', () => {
  it('gives one byte over the limit in bytes, so the comparison reads true', () => {
    expect(tooLarge('“a.json”', 12 * MiB + 1, 12 * MiB, 'bundles')).toBe(
      '“a.json” is 12,582,913 bytes; the explorer opens bundles up to 12 MB (12,582,912 bytes).',
    );
  });
  it('gives a size well over the limit in MB', () => {
    expect(tooLarge('“b.txt”', 7.34 * MiB, 5 * MiB, 'files')).toBe(
      '“b.txt” is 7.3 MB; the explorer opens files up to 5 MB.',
    );
  });
  it('never shows a size over the limit as a number at or under it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 30 * MiB }), (limitMb, extra) => {
        const limit = limitMb * MiB;
        const shown = sizeBeside(limit + extra, limit);
        const value = shown.endsWith('bytes') ? Number(shown.replace(/\D/g, '')) : Number(shown.split(' ')[0]) * MiB;
        expect(value).toBeGreaterThan(limit);
      }),
    );
  });
});
