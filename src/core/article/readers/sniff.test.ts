import { describe, expect, it } from 'vitest';
import { formatOfPaste } from './sniff.ts';

describe('the format of a pasted text', () => {
  it('is HTML for a page, or for elements that start the paste and close as HTML closes them', () => {
    expect(formatOfPaste('<!DOCTYPE html><html><body><p>Kabul</p></body></html>')).toBe('html');
    expect(formatOfPaste('  <html lang="en"><p>Kabul</p>')).toBe('html');
    expect(formatOfPaste('<h1>Talks</h1>\n<p>Trucks wait.</p>\n<p>At Torkham.</p>')).toBe('html');
  });
  it('is Markdown when the first line is a Markdown heading', () => {
    expect(formatOfPaste('# Talks resume at Torkham\n\nTrucks wait.')).toBe('markdown');
    expect(formatOfPaste('\n\n## Talks\n\nTrucks wait.')).toBe('markdown');
  });
  it('is plain text otherwise: a tag or two in prose, a hash without a heading', () => {
    expect(formatOfPaste('Trucks wait at Torkham.\n\nThe <b>border</b> is shut.')).toBe('text');
    expect(formatOfPaste('<b>Torkham</b> reopens')).toBe('text');
    expect(formatOfPaste('#Torkham is trending.\n\nTrucks wait.')).toBe('text');
    expect(formatOfPaste('Talks resume at Torkham')).toBe('text');
  });
});
