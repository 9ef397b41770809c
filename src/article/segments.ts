// A passage's text cut into what the article shows: plain text, place
// mentions (links to the place) and the length and distance claims (a mark
// that the panel explains). One cut for both renderers, the static HTML and
// React's, so they cannot differ.
import { claimPlace, type Claim } from '../places/claims.ts';
import type { Mention } from '../places/mentions.ts';

export type Segment =
  | { type: 'text'; text: string }
  | { type: 'mention'; text: string; placeId: string; start: number }
  | { type: 'claim'; text: string; placeId: string; start: number; claim: Claim };

/** The segments of `text`, in order; a claim that overlaps a mention is left unmarked. */
export function segmentsOf(text: string, mentions: readonly Mention[], claims: readonly Claim[]): Segment[] {
  const spans = [
    ...mentions.map((m) => ({ type: 'mention' as const, start: m.start, end: m.end, placeId: m.placeId })),
    ...claims
      .filter((c) => !mentions.some((m) => m.start < c.end && c.start < m.end))
      .map((c) => ({ type: 'claim' as const, start: c.start, end: c.end, placeId: claimPlace(c), claim: c })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ type: 'text', text: text.slice(at, s.start) });
    const seg = { text: text.slice(s.start, s.end), placeId: s.placeId, start: s.start };
    out.push(s.type === 'claim' ? { type: 'claim', ...seg, claim: s.claim } : { type: 'mention', ...seg });
    at = s.end;
  }
  if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
  return out;
}
