// Where a link carries its article, and what the reader is told about it: the
// payload follows the view in the fragment after a `~` (`#6/34.1/71.1~a1.…`,
// or `#~a1.…` without a view), so the text never reaches a server, its logs or
// a Referer header. Pure.
import type { Correction, UserPlace } from '../corrections/schema.ts';
import type { RefusedPayload } from './link-codec.ts';

/** The separator between the view and the payload in the fragment. */
export const CARRY_SEPARATOR = '~';

/** The longest link with its article that is made; longer, the article bundle is the way. */
export const MAX_CARRIED_LINK = 100_000;

/** Links up to about this long survive email, Outlook and X. */
export const FITS_EVERYWHERE = 2_000;
/** Links up to about this long survive Slack. */
export const FITS_SLACK = 4_000;

/** A fragment split at the separator: the view part (with its `#`, or '') and the payload, if any. */
export function splitCarried(hash: string): { hash: string; payload: string | null } {
  const at = hash.indexOf(CARRY_SEPARATOR);
  if (at === -1) return { hash, payload: null };
  const view = hash.slice(0, at);
  return { hash: view === '#' ? '' : view, payload: hash.slice(at + 1) };
}

/** A link with the payload after its view (or after an empty fragment). */
export function withCarried(link: string, payload: string): string {
  return `${link}${link.includes('#') ? '' : '#'}${CARRY_SEPARATOR}${payload}`;
}

const count = (n: number) => n.toLocaleString('en-GB');
const BUNDLE = 'the article bundle (Export, Article bundle)';

/** What the reader is told when a link with the article is copied, by its length. */
export function lengthNote(length: number): string {
  const said = `Link with the article copied: ${count(length)} characters.`;
  if (length <= FITS_EVERYWHERE) return `${said} Short enough for email, Outlook and X.`;
  if (length <= FITS_SLACK)
    return `${said} Slack keeps it whole; email, Outlook and X may cut links past about ${count(FITS_EVERYWHERE)} characters: send ${BUNDLE} there.`;
  return `${said} Email, X and many chat apps cut links past ${count(FITS_EVERYWHERE)} to ${count(FITS_SLACK)} characters: where it may be cut, send ${BUNDLE} instead.`;
}

/** Why no link was made for an article this long. */
export function tooLongNote(length: number): string {
  return `This article is too long to travel in a link: the link would be ${count(length)} characters, and a link with the article is made up to ${count(MAX_CARRIED_LINK)}. Send ${BUNDLE} instead: it carries the same text, title, source and corrections.`;
}

/** Why a link's article was not opened: each says what happened and what the reader can do. */
export function refusedNote(reason: RefusedPayload | 'no-id', version?: string): string {
  const nothing = 'Nothing was opened or kept.';
  const ask = `Ask the sender for ${BUNDLE}.`;
  switch (reason) {
    case 'cut-short':
      return `This link was cut short on the way (chat apps and mail often cut long links), so the article it carries could not be read. ${nothing} The sender can send ${BUNDLE} instead.`;
    case 'empty':
      return `This link ends where the article it carries should be. ${nothing} ${ask}`;
    case 'bad-characters':
      return `The article in this link has characters a link’s article never has: it was changed on the way. ${nothing} ${ask}`;
    case 'unknown-version':
      return `The article in this link is written in a format this version of the explorer does not know (“${version ?? ''}”). ${nothing} ${ask}`;
    case 'too-large':
      return `The article in this link would be larger than an article may be (5 MB); reading it was stopped. ${nothing}`;
    case 'damaged':
      return `The article in this link could not be read: it was damaged on the way. ${nothing} ${ask}`;
    case 'bad-corrections':
      return `The corrections in this link could not be read: they were damaged on the way. ${nothing} ${ask}`;
    case 'text-mismatch':
      return `The text in this link does not match the article the link names: it was changed on the way. ${nothing} ${ask}`;
    case 'no-id':
      return `This link carries an article but does not name it (its “article=” is missing). ${nothing} ${ask}`;
  }
}

/**
 * The corrections a link may apply: those naming a place the explorer knows
 * (or one the link brings), or no place; and those naming places it does not
 * know, to be skipped and named.
 */
export function knownCorrections(
  corrections: readonly Correction[],
  userPlaces: readonly UserPlace[],
  known: (placeId: string) => boolean,
): { kept: Correction[]; skipped: Correction[] } {
  const brought = new Set(userPlaces.map((p) => p.id));
  const kept: Correction[] = [];
  const skipped: Correction[] = [];
  for (const c of corrections) {
    if (c.placeId === null || brought.has(c.placeId) || known(c.placeId)) kept.push(c);
    else skipped.push(c);
  }
  return { kept, skipped };
}
