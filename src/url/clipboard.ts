// Writing a link to the clipboard. The link may still be in the making (a link
// with the article is compressed first): where the browser takes a promise in
// a ClipboardItem (Safari, Chromium), the write starts within the reader's
// click, as Safari requires; elsewhere the text is written once it is ready.

/** Write the text the promise gives; false where the clipboard is unavailable or refused it. */
export async function copyText(text: Promise<string>): Promise<boolean> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return false;
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
      await clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    } catch {
      // Refused, or a browser that takes no promise: the plain way below.
    }
  }
  try {
    await clipboard.writeText(await text);
    return true;
  } catch {
    return false;
  }
}

/** A link in the making: the link, or why none was made. */
export type MadeLink = { ok: true; link: string } | { ok: false; message: string };

/** Copy a link in the making (the write starts now, within the click); what was made, and whether it was copied. */
export async function copyMade(made: Promise<MadeLink>): Promise<MadeLink & { copied: boolean }> {
  const copied = await copyText(made.then((m) => (m.ok ? m.link : Promise.reject(new Error(m.message)))));
  const m = await made.catch((err: unknown) => ({ ok: false as const, message: String(err) }));
  return { ...m, copied };
}
