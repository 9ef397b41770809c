import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.ts';

describe('pageTitle', () => {
  it('names the article, and the place before it when one is selected', () => {
    expect(pageTitle('Talks falter', null)).toBe('Talks falter — Border Explorer');
    expect(pageTitle('Talks falter', 'Torkham')).toBe('Torkham · Talks falter — Border Explorer');
  });
  it('keeps one line, shortens a long title, and never leaves the title empty', () => {
    expect(pageTitle('  Two\nlines  ', null)).toBe('Two lines — Border Explorer');
    const long = pageTitle('x'.repeat(200), null);
    expect(long.startsWith(`${'x'.repeat(79)}…`)).toBe(true);
    expect(pageTitle('', null)).toBe('Border Explorer');
  });
});
