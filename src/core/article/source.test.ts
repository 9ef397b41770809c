import { describe, expect, it } from 'vitest';
import { shownSource } from './source.ts';

describe('the source line', () => {
  it('shortens a long web address to its host and the end of its path', () => {
    expect(
      shownSource(
        'https://www.dawn.com/news/1912345/pakistan-afghanistan-talks-falter-as-torkham-stays-shut?utm_source=x',
      ),
    ).toBe('dawn.com/…/pakistan-afghanistan-talks-falter-as…');
    expect(shownSource('https://example.org/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/short')).toBe('example.org/…/short');
  });
  it('leaves a name, a byline and a short address as they are', () => {
    expect(shownSource('Dawn')).toBe('Dawn');
    expect(shownSource('By Jane Doe')).toBe('By Jane Doe');
    expect(shownSource('https://dawn.com/news/1')).toBe('https://dawn.com/news/1');
    const long = 'A very long name of an outlet that is not an address at all, with words';
    expect(shownSource(long)).toBe(long);
  });
});
