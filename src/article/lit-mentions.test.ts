// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { litRule, startLitMentions } from './lit-mentions.ts';

// happy-dom has no Custom Highlight API: the style rule is the way here.
import { hover, select } from '../store/selection.ts';

describe('lit mentions', () => {
  afterEach(() => {
    select(null, null, 'url');
    hover(null, 'map');
  });
  it('names the lit places’ mentions in one rule, their ids escaped', () => {
    expect(litRule([])).toBe('');
    const rule = litRule(['torkham', 'a"b']);
    expect(rule).toContain('#article a.mention[data-place="torkham"]');
    expect(rule).toContain('[data-place="a\\"b"]');
    expect(rule).toContain('background: var(--lit)');
  });
  it('follows the selection and the map’s hover, and says which places are lit', () => {
    const stop = startLitMentions();
    expect(document.documentElement.dataset.lit).toBeUndefined();
    select('torkham', 20, 'user');
    expect(document.documentElement.dataset.lit).toBe('torkham');
    hover('chaman', 'map');
    expect(document.documentElement.dataset.lit).toBe('torkham chaman');
    // A hover in the text lights by the pointer's own :hover, not by the rule.
    hover('kabul', 'text');
    expect(document.documentElement.dataset.lit).toBe('torkham');
    stop();
    expect(document.documentElement.dataset.lit).toBeUndefined();
  });
});
