import { describe, expect, it } from 'vitest';
import { townRank } from '../../src/core/map/detail.ts';
import { parseGmtLines } from './detail-data.ts';

describe('reading GMT’s rivers', () => {
  it('reads each segment with its level, and leaves out segments of fewer than two points', () => {
    const text = [
      '> River Bin # 4530, Level 3',
      '60.253635462\t38',
      '60.2375219348\t38.0180361639',
      '> River Bin # 4531, Level 1',
      '> River Bin # 4532, Level 1',
      '61.5\t37.25',
      '> Shore Bin # 4533, Level 2',
      '62\t36',
      '62.5\t36.5',
      '',
    ].join('\n');
    const fc = parseGmtLines(text, 'river');
    expect(fc.features.map((f) => [f.properties.level, f.geometry.coordinates])).toEqual([
      [
        3,
        [
          [60.25364, 38],
          [60.23752, 38.01804],
        ],
      ],
      [
        2,
        [
          [62, 36],
          [62.5, 36.5],
        ],
      ],
    ]);
  });
});

describe('a town’s rank', () => {
  it('puts capitals and cities first, then by population', () => {
    expect(townRank(true, 0)).toBe(1);
    expect(townRank(false, 1_218_773)).toBe(1);
    expect(townRank(false, 200_331)).toBe(2);
    expect(townRank(false, 48_400)).toBe(3);
    expect(townRank(false, 2_223)).toBe(4);
    expect(townRank(false, 0)).toBe(4);
  });
});
