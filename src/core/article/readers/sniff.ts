// Which reader a pasted text goes through: a paste has no file name to say.

/** A whole HTML page, or a run of HTML elements, as copied from a page's source. */
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** An element closed as HTML closes it: `</p>`, `</div>`, `</h1>`. */
const CLOSING_TAG = /<\/(?:p|div|h[1-6]|article|section|li|span|a|b|i|em|strong|blockquote|table|td|tr)>/gi;
/** A Markdown heading on the first line that has text: "# Talks resume at Torkham". */
const MARKDOWN_HEADING = /^\s*#{1,6}[ \t]+\S/;

/**
 * The format of a pasted text: HTML when it is a page or starts with an element and closes
 * three or more, so that its tags are read rather than shown; Markdown when its first line is a
 * Markdown heading; else plain text. Pure.
 */
export function formatOfPaste(text: string): 'text' | 'markdown' | 'html' {
  if (HTML_START.test(text)) return 'html';
  if (/^\s*</u.test(text) && (text.slice(0, 200_000).match(CLOSING_TAG)?.length ?? 0) >= 3) return 'html';
  if (MARKDOWN_HEADING.test(text)) return 'markdown';
  return 'text';
}
