// The content id of an article: the same text always gives the same id, on
// any machine, so a link to it works for anyone holding the text.

/**
 * The text as it is hashed: Unicode NFC, no byte-order mark, `\n` line
 * endings, no trailing spaces or tabs on any line.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '');
}

/** The first 12 hex digits of the SHA-256 (Web Crypto) of the normalised text, as UTF-8. */
export async function contentId(raw: string): Promise<string> {
  const bytes = new TextEncoder().encode(normaliseText(raw));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
