/** The outlet that published the default article, as its headline names it. */
export const DEFAULT_SOURCE_NAME = 'Azad News HD';

/** Longest a web address is shown in the source line; it is kept whole in its tooltip. */
const MAX_ADDRESS = 48;

/**
 * A source as the source line shows it: a long web address shortened to its
 * host and the end of its path ("dawn.com/…/talks-falter"); anything else as it is.
 */
export function shownSource(source: string): string {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/\s]+\.[a-z]{2,})(\/\S*)?$/i.exec(source.trim());
  if (!m || source.length <= MAX_ADDRESS) return source;
  const host = m[1]!;
  // The path's last part, without the query or fragment.
  const parts = (m[2] ?? '')
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean);
  const last = parts.at(-1) ?? '';
  const room = Math.max(8, MAX_ADDRESS - host.length - 3);
  const tail = last.length > room ? `${last.slice(0, room - 1)}…` : last;
  return tail ? `${host}/…/${tail}` : host;
}
