// The library view's link (issue 33): `?view=library&place=chaman&from=2024-01&to=2025-06&source=Dawn`.
// It carries no article and no text: what it shows is this browser's library.
import { MONTH, type LibraryFilter } from '../library/library-index.ts';

export interface LibraryUrl extends LibraryFilter {
  place: string | null;
}

/** Whether a query opens the library view. */
export const isLibraryLink = (search: string) => new URLSearchParams(search).get('view') === 'library';

const MAX_SOURCE = 80;
const PLACE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Read the library view's keys; what cannot be used is left out and named. */
export function parseLibraryUrl(search: string): { state: LibraryUrl; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const month = (key: 'from' | 'to', what: string) => {
    const v = params.get(key)?.trim() ?? '';
    if (v === '') return null;
    if (MONTH.test(v)) return v;
    notices.push(`The link’s ${what} month “${v.slice(0, 20)}” is not a month (YYYY-MM); it was left out.`);
    return null;
  };
  let from = month('from', 'first');
  let to = month('to', 'last');
  if (from && to && from > to) [from, to] = [to, from];
  const s = params.get('source')?.trim() ?? '';
  const source = s === '' ? null : s.slice(0, MAX_SOURCE);
  const p = params.get('place')?.trim().toLowerCase() ?? '';
  let place: string | null = null;
  if (PLACE_ID.test(p)) place = p;
  else if (p !== '') notices.push(`“${p.slice(0, 40)}” is not a place id; the library’s places are shown.`);
  return { state: { place, from, to, source }, notices };
}

/** Write the library view's link (the map's view, if any, after it). */
export function formatLibraryUrl(s: LibraryUrl, hash = ''): string {
  const params = new URLSearchParams({ view: 'library' });
  if (s.place) params.set('place', s.place);
  if (s.from) params.set('from', s.from);
  if (s.to) params.set('to', s.to);
  if (s.source) params.set('source', s.source);
  return `?${params.toString()}${hash}`;
}
