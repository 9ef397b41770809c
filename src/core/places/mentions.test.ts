import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/passages.ts';
import { PLACES, type Place } from './gazetteer.ts';
import { createMentionFinder, indexMentions, passagesOf } from './mentions.ts';

const text = readFileSync(new URL('../../article/default-article.txt', import.meta.url), 'utf8');
const { passages } = parseArticle(text, 'Azad News HD');
const index = indexMentions(passages, createMentionFinder(PLACES));

describe('the default article’s place index', () => {
  it.each([
    ['durand-line', [18, 19]],
    ['torkham', [20]],
    ['chaman', [20]],
    ['spin-boldak', [20]],
    ['friendship-gate', []],
    ['kunar', [6]],
    ['nangarhar', [6]],
    ['paktika', [6]],
    ['khyber-pakhtunkhwa', [4]],
    ['balochistan', [4]],
    ['tribal-districts', [12]],
    ['north-waziristan', [54]],
    ['bajaur', [54]],
    ['chitral', [54]],
    ['beijing', [36]],
    ['qatar', [57]],
    ['central-asia', [23, 38]],
    ['united-states', [40]],
  ])('%s → %j', (id, expected) => {
    expect(passagesOf(index, id)).toEqual(expected);
  });

  it('indexes both ways consistently', () => {
    for (const [placeId, ms] of index.byPlace) {
      for (const m of ms) {
        expect(index.byPassage.get(m.passage)).toContainEqual({ placeId, start: m.start, end: m.end });
      }
    }
  });

  it('spans cover exactly the name, possessive included', () => {
    const p4 = passages[3]!.text;
    const spans = index.byPassage.get(4)!.map((m) => p4.slice(m.start, m.end));
    expect(spans).toContain('Khyber Pakhtunkhwa');
    expect(spans).toContain('Islamabad’s');
  });

  it('does not count organisations named after a country', () => {
    const p50 = passages[49]!.text;
    expect(p50).toContain('Pakistan Peoples Party');
    expect(index.byPassage.get(50)!.map((m) => m.placeId)).not.toContain('pakistan');
  });
});

describe('createMentionFinder on tricky text', () => {
  const place = (id: string, name: string, aliases: string[] = []): Place => ({
    id,
    name,
    kind: 'town',
    country: '',
    aliases,
    description: '',
  });
  const find = createMentionFinder([
    place('kabul', 'Kabul'),
    place('kabul-province', 'Kabul Province'),
    place('spin', 'Spin Boldak', ['Spin Buldak']),
    place('us', 'United States', ['U.S.', 'US']),
    place('pk', 'Pakistan'),
  ]);
  const names = (t: string) => find(t).map((m) => [m.placeId, t.slice(m.start, m.end)]);

  it('lets the longest name win', () => {
    expect(names('in Kabul Province today')).toEqual([['kabul-province', 'Kabul Province']]);
  });
  it('takes possessives with either apostrophe', () => {
    expect(names("Kabul’s and Kabul's")).toEqual([
      ['kabul', 'Kabul’s'],
      ['kabul', "Kabul's"],
    ]);
  });
  it('matches whole words only, so demonyms are not mentions', () => {
    expect(names('Pakistani and Pakistanis; Kabuli')).toEqual([]);
    expect(names('Pakistan-Afghanistan border')).toEqual([['pk', 'Pakistan']]);
  });
  it('is case-sensitive', () => {
    expect(names('they repay us; the US and the U.S. forces')).toEqual([
      ['us', 'US'],
      ['us', 'U.S.'],
    ]);
    expect(names('kabul')).toEqual([]);
  });
  it('finds aliases', () => {
    expect(names('near Spin Buldak')).toEqual([['spin', 'Spin Buldak']]);
  });
  it('skips organisation names that contain a place', () => {
    expect(names('Tehreek-e-Taliban Pakistan (TTP) and Pakistan')).toEqual([['pk', 'Pakistan']]);
  });
});
