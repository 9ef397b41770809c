import { describe, expect, it } from 'vitest';
import { dateIn, findPublished, outletOf } from './published.ts';
import { readHtml } from '../article/readers/html.ts';
import { readMarkdown } from '../article/readers/markdown.ts';

const article = (source: string, ...texts: string[]) => ({ source, passages: texts.map((text) => ({ text })) });

describe('dateIn', () => {
  it.each([
    ['WASHINGTON, Aug. 23, 2011 – The Defense Department announced', '2011-08-23'],
    ['PESHAWAR, Pakistan, Aug. 23, 2011 —', '2011-08-23'],
    ['Published 12 March 2024', '2024-03-12'],
    ['Updated: 12 March 2024 10:15 PKT', '2024-03-12'],
    ['March 12, 2024', '2024-03-12'],
    ['March 12 2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['12th of March, 2024', '2024-03-12'],
    ['Tuesday, 21 October 2025', '2025-10-21'],
    ['Sept. 5, 2011', '2011-09-05'],
    ['SEPTEMBER 5, 2011', '2011-09-05'],
    ['Sun, 12 Mar 2024 10:15:00 GMT', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['2025-10-20T08:15:00+05:00', '2025-10-20'],
    ['2024/3/5', '2024-03-05'],
    ['March 2024', '2024-03'],
    ['29.02.2024', '2024-02-29'],
  ])('%s → %s', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it('reads a numeric date only where the numbers say which is the day', () => {
    expect(dateIn('12.03.2024')).toBeNull();
    expect(dateIn('12/03/2024')).toBeNull();
    expect(dateIn('03/04/2024')).toBeNull();
    expect(dateIn('05.06.2023')).toBeNull();
    expect(dateIn('13.03.2024')).toBe('2024-03-13');
    expect(dateIn('25/12/2023')).toBe('2023-12-25');
    expect(dateIn('12/25/2023')).toBe('2023-12-25');
    expect(dateIn('3-31-2024')).toBe('2024-03-31');
    expect(dateIn('07.07.2024')).toBe('2024-07-07');
  });

  it('reads no date that is not on the calendar, or outside 1900–2100', () => {
    expect(dateIn('31.02.2024')).toBeNull();
    expect(dateIn('2024-13-01')).toBeNull();
    expect(dateIn('2023-02-29')).toBeNull();
    expect(dateIn('February 30, 2024')).toBeNull();
    // Not the month in it either.
    expect(dateIn('31 February 2024')).toBeNull();
    expect(dateIn('12 March 1850')).toBeNull();
    expect(dateIn('2150-01-01')).toBeNull();
  });

  it('reads no two-digit year', () => {
    expect(dateIn('13/03/24')).toBeNull();
    expect(dateIn('24-03-12')).toBeNull();
    expect(dateIn("March 12, '24")).toBeNull();
    expect(dateIn('12 March 24')).toBeNull();
  });

  it('takes the first unambiguous date, past an ambiguous one', () => {
    expect(dateIn('Filed 03/04/2024, printed 5 April 2024')).toBe('2024-04-05');
    expect(dateIn('From 1 March 2024 to 2 April 2024')).toBe('2024-03-01');
    // A month's name before an ISO date is not "Dec 2024".
    expect(dateIn('Dec 2024-12-05')).toBe('2024-12-05');
  });

  it('reads no verb as a month, nor numbers that are not a date', () => {
    expect(dateIn('Officials may 2024 be remembered')).toBeNull();
    expect(dateIn('Version 1.12.03.2024.5')).toBeNull();
    expect(dateIn('Call 0300-1234567')).toBeNull();
    expect(dateIn('In 2024 the border stayed shut')).toBeNull();
    expect(dateIn('')).toBeNull();
  });
});

describe('outletOf', () => {
  it.each([
    ['Dawn, 2025-10-20, https://www.dawn.com/news/123', 'Dawn'],
    ['Reuters — March 12, 2024', 'Reuters'],
    ['Reuters—March 12, 2024', 'Reuters'],
    ['Source: Al Jazeera', 'Al Jazeera'],
    ['Source: The Express Tribune, published 12 March 2024', 'The Express Tribune'],
    ['Dawn, Tuesday, 21 October 2025 10:15 PKT', 'Dawn'],
    ['March 12, 2024 | Voice of America', 'Voice of America'],
    ['https://www.dawn.com/news/1234567/talks-falter', 'dawn.com'],
    ['www.dawn.com', 'dawn.com'],
    ['Dawn (https://www.dawn.com/news/1)', 'Dawn'],
    ['Azad News HD', 'Azad News HD'],
    ['"Dawn"', 'Dawn'],
    ['Radio Free Europe/Radio Liberty', 'Radio Free Europe/Radio Liberty'],
    ['By Jane Doe', ''],
    ['BY JANE DOE, Dawn', ''],
    ['', ''],
    ['   ', ''],
    ['2024-03-12', ''],
  ])('%j → %j', (source, outlet) => {
    expect(outletOf(source)).toBe(outlet);
  });

  it('gives at most 80 characters', () => {
    const long = outletOf(`The ${'Very '.repeat(30)}Long Gazette`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('findPublished', () => {
  it('trusts the reader’s metadata first, its date part as written', () => {
    const a = {
      ...article('Reuters — March 12, 2024', 'Published 1 January 2020'),
      meta: { date: '2025-10-20T23:15:00-05:00', outlet: 'Dawn' },
    };
    expect(findPublished(a)).toEqual({ date: '2025-10-20', outlet: 'Dawn', dateFrom: 'meta' });
    expect(findPublished({ ...a, meta: { date: '20251020' } }).date).toBe('2025-10-20');
    expect(findPublished({ ...a, meta: { date: '2025-10' } }).date).toBe('2025-10');
    expect(findPublished({ ...a, meta: { date: 'Tuesday, 21 October 2025' } }).date).toBe('2025-10-21');
    // Metadata that is no date, and no outlet, leaves the source line to say.
    expect(findPublished({ ...a, meta: { date: 'yesterday', outlet: '' } })).toEqual({
      date: '2024-03-12',
      outlet: 'Reuters',
      dateFrom: 'source',
    });
    expect(findPublished({ ...a, meta: { date: '2024-02-30' } }).dateFrom).toBe('source');
  });

  it('reads the source line next: the words, then a dated web address', () => {
    expect(findPublished(article('Dawn, 2025-10-20, https://www.dawn.com/news/123', 'T'))).toEqual({
      date: '2025-10-20',
      outlet: 'Dawn',
      dateFrom: 'source',
    });
    expect(findPublished(article('https://www.theguardian.com/world/2024/03/12/talks', 'T'))).toEqual({
      date: '2024-03-12',
      outlet: 'theguardian.com',
      dateFrom: 'source',
    });
    expect(findPublished(article('By Jane Doe', 'T', 'Published 12 March 2024'))).toEqual({
      date: '2024-03-12',
      outlet: '',
      dateFrom: 'text',
    });
  });

  it('reads a DoD dateline', () => {
    const a = article(
      '',
      'Panetta Visits Troops',
      'WASHINGTON, Aug. 23, 2011 – Defense Secretary Leon E. Panetta said today that the department will continue to ' +
        'work with Pakistan on the security of the border region, where militants have crossed since 2001.',
    );
    expect(findPublished(a)).toEqual({ date: '2011-08-23', outlet: '', dateFrom: 'text' });
  });

  it('reads a dateline with a country and an agency', () => {
    const a = article('', 'Blast at Torkham', 'PESHAWAR, Pakistan (AP) — Aug. 23, 2011 — A blast shook the crossing.');
    expect(findPublished(a).date).toBe('2011-08-23');
  });

  it('reads the date of a VOA photo caption among the first passages', () => {
    const a = article(
      'VOA',
      'Afghan Forces Take Over',
      'FILE - Afghan security personnel stand guard at the site of a suicide attack in Kabul, Afghanistan, Dec. 24, 2014.',
      'Afghan forces took over security on Thursday.',
    );
    expect(findPublished(a)).toEqual({ date: '2014-12-24', outlet: 'VOA', dateFrom: 'text' });
  });

  it('prefers "Published" and a dateline to a date the headline happens to name', () => {
    const a = article('', 'Pakistan marks 14 August 1947 with parades', 'Published 14 August 2024');
    expect(findPublished(a).date).toBe('2024-08-14');
    const b = article('', 'Pakistan marks 14 August 1947 with parades', 'KARACHI — Tuesday, 14 August 2024');
    expect(findPublished(b).date).toBe('2024-08-14');
    const c = article('', 'Title', 'Updated: 14 March 2024 10:15 PKT\nPublished: 12 March 2024 09:00 PKT');
    expect(findPublished(c).date).toBe('2024-03-12');
    const d = article('', 'Title', 'Posted by Jane Doe on Tuesday, 21 October 2025');
    expect(findPublished(d).date).toBe('2025-10-21');
  });

  it('reads no date after the third passage', () => {
    const a = article('Dawn', 'Title', 'By Jane Doe', 'The talks went on.', 'Published 12 March 2024');
    expect(findPublished(a)).toEqual({ date: null, outlet: 'Dawn', dateFrom: null });
    const tenth = article('', 'T', ...Array.from({ length: 8 }, () => 'Text.'), 'The war began on 7 October 2001.');
    expect(findPublished(tenth).date).toBeNull();
  });

  it('reads a long passage only near its start', () => {
    const filler = 'Officials met at the crossing and spoke at length about trade. '.repeat(4);
    expect(findPublished(article('', 'T', `${filler}It shut on 12 March 2024.`)).date).toBeNull();
    expect(findPublished(article('', 'T', `ISLAMABAD, 12 March 2024 — ${filler}`)).date).toBe('2024-03-12');
    // A short passage is read whole.
    expect(findPublished(article('', 'T', 'Talks resumed in Doha, officials said on 12 March 2024.')).date).toBe(
      '2024-03-12',
    );
  });

  it('does not guess an ambiguous date in a dateline', () => {
    expect(findPublished(article('', 'T', 'KABUL, 03/04/2024 — Talks resumed.')).date).toBeNull();
    expect(findPublished(article('Dawn, 05.06.2023', 'T')).date).toBeNull();
  });

  it('reads what the HTML and Markdown readers found', () => {
    const html = readHtml(
      '<head><meta property="og:site_name" content="Dawn">' +
        '<meta property="article:published_time" content="2025-10-20T23:15:00-05:00"></head>' +
        '<h1>Talks falter</h1><p>ISLAMABAD, 1 January 2020 — Text.</p>',
    );
    expect(findPublished(html)).toEqual({ date: '2025-10-20', outlet: 'Dawn', dateFrom: 'meta' });
    const md = readMarkdown('---\nsource: https://www.dawn.com/news/123\ndate: 2024-03-12\n---\n# T\n\nBody.');
    expect(findPublished(md)).toEqual({ date: '2024-03-12', outlet: 'dawn.com', dateFrom: 'meta' });
  });

  it('gives nothing for an article that says nothing', () => {
    expect(findPublished(article('', 'T', 'Text.'))).toEqual({ date: null, outlet: '', dateFrom: null });
    expect(findPublished(article(''))).toEqual({ date: null, outlet: '', dateFrom: null });
  });
});
