/** A readable piece of a passage around one mention. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/**
 * The sentence that holds text[start, end), cut to about `max` characters on
 * word boundaries, with an ellipsis where it was cut.
 */
export function excerptAround(text: string, start: number, end: number, max = 260): Excerpt {
  // Sentence bounds: after the last ". " before the match, up to the next ". " after it.
  const head = text.slice(0, start);
  const stops = [...head.matchAll(/[.!?][”"’]?\s+/g)];
  const last = stops[stops.length - 1];
  let s = last ? last.index + last[0].length : 0;
  const tail = /[.!?][”"’]?(\s|$)/.exec(text.slice(end));
  let e = tail ? end + tail.index + tail[0].trimEnd().length : text.length;
  const room = Math.max(0, max - (end - start));
  // An ellipsis marks only a cut inside a sentence: a whole sentence needs none.
  let cutBefore = false;
  let cutAfter = false;
  if (start - s > room / 2) {
    s = cutAtWord(text, start - Math.floor(room / 2), 1);
    cutBefore = true;
  }
  if (e - end > room - (start - s)) {
    e = cutAtWord(text, end + Math.max(room - (start - s), 20), -1);
    cutAfter = true;
  }
  return {
    before: (cutBefore && s > 0 ? '…' : '') + text.slice(s, start),
    match: text.slice(start, end),
    after: text.slice(end, e) + (cutAfter && e < text.length ? '…' : ''),
  };
}

function cutAtWord(text: string, i: number, dir: 1 | -1): number {
  let j = Math.max(0, Math.min(text.length, i));
  while (j > 0 && j < text.length && !/\s/.test(text[j]!)) j += dir;
  return dir === 1 ? Math.min(text.length, j + (j < text.length ? 1 : 0)) : j;
}
