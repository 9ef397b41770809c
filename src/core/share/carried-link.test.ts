import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FITS_EVERYWHERE,
  FITS_SLACK,
  knownCorrections,
  lengthNote,
  refusedNote,
  splitCarried,
  tooLongNote,
  withCarried,
} from './carried-link.ts';

describe('where a link carries its article', () => {
  it('puts the payload after the view, or after an empty fragment, and reads it back', () => {
    expect(withCarried('https://x.test/?article=abc#6/34.1/71.1', 'a1.QQ')).toBe(
      'https://x.test/?article=abc#6/34.1/71.1~a1.QQ',
    );
    expect(withCarried('https://x.test/?article=abc', 'a1.QQ')).toBe('https://x.test/?article=abc#~a1.QQ');
    expect(splitCarried('#6/34.1/71.1~a1.QQ')).toEqual({ hash: '#6/34.1/71.1', payload: 'a1.QQ' });
    expect(splitCarried('#~a1.QQ')).toEqual({ hash: '', payload: 'a1.QQ' });
    expect(splitCarried('#6/34.1/71.1')).toEqual({ hash: '#6/34.1/71.1', payload: null });
    expect(splitCarried('')).toEqual({ hash: '', payload: null });
  });

  it('round-trips any view and base64url payload', () => {
    const view = fc.constantFrom('', '#6/34.1/71.1', '#12.5/34.13/71.1/20/45');
    const payload = fc.stringMatching(/^a1\.[A-Za-z0-9_-]*$/);
    fc.assert(
      fc.property(view, payload, (v, p) => {
        const link = withCarried(`https://x.test/?article=0123456789ab${v}`, p);
        const hash = link.slice(link.indexOf('#'));
        expect(splitCarried(hash)).toEqual({ hash: v, payload: p });
      }),
    );
  });
});

describe('what the reader is told', () => {
  it('says where a link of each length fits', () => {
    expect(lengthNote(1_234)).toMatch(/^Link with the article copied: 1,234 characters\. Short enough for email/);
    expect(lengthNote(FITS_EVERYWHERE)).toMatch(/Short enough for email, Outlook and X/);
    expect(lengthNote(FITS_EVERYWHERE + 1)).toMatch(/Slack keeps it whole; email, Outlook and X may cut/);
    expect(lengthNote(FITS_SLACK)).toMatch(/Slack keeps it whole/);
    expect(lengthNote(FITS_SLACK + 1)).toMatch(/many chat apps cut links .* send the article bundle/);
    expect(tooLongNote(123_456)).toMatch(/123,456 characters.*up to 100,000.*Article bundle/);
  });

  it('names every way a link’s article can be refused, each differently', () => {
    const reasons = [
      'empty',
      'bad-characters',
      'unknown-version',
      'cut-short',
      'too-large',
      'damaged',
      'bad-corrections',
      'text-mismatch',
      'no-id',
    ] as const;
    const notes = reasons.map((r) => refusedNote(r, 'z9'));
    expect(new Set(notes).size).toBe(reasons.length);
    for (const n of notes) expect(n).toMatch(/Nothing was opened or kept\./);
    expect(refusedNote('cut-short')).toMatch(/cut short on the way/);
    expect(refusedNote('unknown-version', 'z9')).toMatch(/“z9”/);
  });
});

describe('the corrections a link may apply', () => {
  it('keeps those naming known places, no place or a place the link brings; skips the rest', () => {
    const one = (placeId: string | null, words = 'Foo') => ({ passage: 2, words, occurrence: 1, placeId });
    const brought = [{ id: 'user-0000abcd', name: 'Killi Foo', point: [66, 30] as [number, number] }];
    const r = knownCorrections(
      [
        one('torkham'),
        one(null),
        one('user-0000abcd'),
        one('atlantis', 'Atlantis'),
        { every: true, words: 'X', placeId: 'nowhere' },
      ],
      brought,
      (id) => id === 'torkham',
    );
    expect(r.kept.map((c) => c.placeId)).toEqual(['torkham', null, 'user-0000abcd']);
    expect(r.skipped.map((c) => c.placeId)).toEqual(['atlantis', 'nowhere']);
  });
});
