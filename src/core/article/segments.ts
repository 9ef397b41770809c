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

/**
 * The segments of `text[from, to)`, in order; a claim that overlaps a mention
 * is left unmarked. Mentions and claims are passage offsets, sorted, and lie
 * inside the range (see chunks.ts).
 */
export function segmentsOf(
  text: string,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  from = 0,
  to = text.length,
): Segment[] {
  const spans = [
    ...mentions.map((m) => ({ type: 'mention' as const, start: m.start, end: m.end, placeId: m.placeId })),
    ...claims
      .filter((c) => !overlapsAny(c, mentions))
      .map((c) => ({ type: 'claim' as const, start: c.start, end: c.end, placeId: claimPlace(c), claim: c })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = from;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ type: 'text', text: text.slice(at, s.start) });
    const seg = { text: text.slice(s.start, s.end), placeId: s.placeId, start: s.start };
    out.push(s.type === 'claim' ? { type: 'claim', ...seg, claim: s.claim } : { type: 'mention', ...seg });
    at = s.end;
  }
  if (at < to) out.push({ type: 'text', text: text.slice(at, to) });
  return out;
}

/** Whether a span overlaps any of the sorted mentions: a binary search, so a dense passage stays linear. */
function overlapsAny(c: { start: number; end: number }, mentions: readonly Mention[]): boolean {
  let lo = 0;
  let hi = mentions.length;
  // The first mention that ends after the span starts.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length && mentions[lo]!.start < c.end;
}
