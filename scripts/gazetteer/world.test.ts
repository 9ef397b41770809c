import { describe, expect, it } from 'vitest';
import { edits, worldAliases, worldTownRule } from './world.ts';

describe('towns beyond Afghanistan and Pakistan', () => {
  it('takes the neighbours’ cities anywhere, and their smaller towns only near the border region', () => {
    expect(worldTownRule('IR', 'PPLA', 1_250_000, 52.5, 29.6)?.why).toMatch(/cities of the neighbours/); // Shiraz
    expect(worldTownRule('TJ', 'PPLA', 30_500, 71.55, 37.49)?.why).toMatch(/near the border region/); // Khorugh
    expect(worldTownRule('IR', 'PPLA2', 30_500, 48.7, 34.3)).toBeUndefined(); // a small town of western Iran
    expect(worldTownRule('IN', 'PPLA', 1_200_000, 74.8, 34.1)).toBeDefined(); // Srinagar
    expect(worldTownRule('IN', 'PPLA', 1_200_000, 88.4, 22.6)).toBeUndefined(); // Kolkata's size, far east
    expect(worldTownRule('FR', 'PPLA', 800_000, 5.4, 43.3)).toBeUndefined();
  });
  it('takes a town’s own point, not a quarter of a city, unless the place is a city of a million', () => {
    expect(worldTownRule('IR', 'PPL', 250_000, 51.3, 35.6)).toBeUndefined();
    expect(worldTownRule('AE', 'PPL', 3_478_000, 55.3, 25.3)).toBeDefined(); // Dubai
  });
  it('keeps other spellings a letter or two from the name, in Latin letters, closest first', () => {
    expect(edits('Termez', 'Tirmiz')).toBe(2);
    expect(worldAliases('Tirmiz', ['Termez', 'Termiz', 'Термез', 'Homo', 'Tirmiz', 'Dakbayan sa Tirmiz'])).toEqual([
      'Termiz',
      'Termez',
    ]);
    // Short spellings are words of other kinds too often.
    expect(worldAliases('Delhi', ['Deli', 'Dehli'])).toEqual(['Dehli']);
    expect(worldAliases('Isfahan', ['Esfahan', 'Isfahana', 'Isfachan', 'Ispahan', 'Aspadana'])).toHaveLength(3);
  });
});
