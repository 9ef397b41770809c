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
