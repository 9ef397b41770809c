// A passage cut into pieces for a long article: each piece holds about a set
// number of mentions, so a page can give links to the pieces near the view and
// plain text to the rest (ArticleView's lazy mode). Pure.
import type { Claim } from '../places/claims.ts';
import type { Mention } from '../places/mentions.ts';

/** One piece of a passage: text[start, end), with the mentions and claims inside it. */
export interface Chunk {
  start: number;
  end: number;
  mentions: readonly Mention[];
  claims: readonly Claim[];
}

/** How far past a piece's last mention a cut looks for the end of a sentence. */
const SENTENCE_REACH = 1_500;

/**
 * Cut a passage after every `per` mentions (sorted, passage offsets), at the
 * end of the sentence that holds the last one where there is one within
 * reach (a piece may then hold a few more). A cut never falls inside a
 * mention or a claim; pieces cover the passage end to end, in order.
 */
export function chunksOf(text: string, mentions: readonly Mention[], claims: readonly Claim[], per: number): Chunk[] {
  const inside = (at: number) => splits(mentions, at) || claims.some((c) => c.start < at && at < c.end);
  const cuts: number[] = [];
  let k = per;
  while (k < mentions.length) {
    let at = mentions[k - 1]!.end;
    const found = /[.!?][”"’)]?\s+/.exec(text.slice(at, at + SENTENCE_REACH));
    if (found) at += found.index + found[0].length;
    // The mentions the piece now holds; the next piece counts on from there.
    while (k < mentions.length && mentions[k]!.start < at) k++;
    if (at < text.length && !inside(at) && at > (cuts.at(-1) ?? 0)) cuts.push(at);
    k += per;
  }
  const out: Chunk[] = [];
  let start = 0;
  let m = 0;
  let c = 0;
  for (const end of [...cuts, text.length]) {
    const from = m;
    while (m < mentions.length && mentions[m]!.start < end) m++;
    const fromClaim = c;
    while (c < claims.length && claims[c]!.start < end) c++;
    out.push({ start, end, mentions: mentions.slice(from, m), claims: claims.slice(fromClaim, c) });
    start = end;
  }
  return out;
}

/** Whether a cut at `at` falls inside one of the sorted spans (a binary search). */
function splits(spans: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < at;
}
