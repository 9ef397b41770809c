import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt.ts';

describe('excerptAround', () => {
  const text = 'First sentence here. Clashes erupted near Torkham, Spin Boldak, and Chaman. Last one.';
  it('keeps the sentence holding the mention', () => {
    const start = text.indexOf('Torkham');
    const e = excerptAround(text, start, start + 7);
    expect(e).toEqual({ before: 'Clashes erupted near ', match: 'Torkham', after: ', Spin Boldak, and Chaman.' });
  });
  it('puts no ellipsis after a sentence that ends with a quote or a question', () => {
    const t = 'He said: “We will reopen Torkham.” Then he left. Is Chaman next? Nobody knows.';
    const a = excerptAround(t, t.indexOf('Torkham'), t.indexOf('Torkham') + 7);
    expect(a.after).toBe('.”');
    expect(a.before).toBe('He said: “We will reopen ');
    const b = excerptAround(t, t.indexOf('Chaman'), t.indexOf('Chaman') + 6);
    expect(`${b.before}${b.match}${b.after}`).toBe('Is Chaman next?');
  });
  it('cuts long sentences on word boundaries', () => {
    const long = `${'word '.repeat(100)}Kabul ${'more '.repeat(100)}`;
    const start = long.indexOf('Kabul');
    const e = excerptAround(long, start, start + 5, 60);
    expect(e.match).toBe('Kabul');
    expect(e.before.startsWith('…')).toBe(true);
    expect(e.after.endsWith('…')).toBe(true);
    expect(e.before.length + e.after.length).toBeLessThan(90);
    expect(e.before.slice(1)).toMatch(/^word/);
  });
  it('works at the very start and end', () => {
    expect(excerptAround('Kabul', 0, 5)).toEqual({ before: '', match: 'Kabul', after: '' });
  });
});
