// "Copy link with the article": the link to what the reader sees, with the
// article (its text as kept, its title and source as shown, the corrections as
// they stand) carried in the fragment. Loaded when first used.
import { encodeArticle } from '../core/share/link-codec.ts';
import { MAX_CARRIED_LINK, tooLongNote, withCarried } from '../core/share/carried-link.ts';
import { formatUrl, type UrlState } from '../core/url/url-state.ts';
import { getLibrary } from '../library/open-article.ts';
import { currentArticle } from '../store/article.ts';
import { currentUrlState } from '../url/sync.ts';
import type { MadeLink } from '../url/clipboard.ts';

/** The link with the open article, at what the reader sees (with `over` applied). */
export async function linkWithArticle(over: Partial<UrlState> = {}): Promise<MadeLink> {
  const data = currentArticle();
  const kept = await (await getLibrary()).lib.get(data.id).catch(() => undefined);
  if (!kept)
    return {
      ok: false,
      message: 'The article’s text is no longer in this browser’s library: open the article again, then copy its link.',
    };
  const payload = encodeArticle({
    format: kept.format,
    text: kept.text,
    title: data.article.title,
    source: data.article.source,
    corrections: data.corrections.corrections,
    userPlaces: data.corrections.userPlaces,
  });
  const link = withCarried(`${location.origin}${location.pathname}${formatUrl(currentUrlState(over))}`, payload);
  if (link.length > MAX_CARRIED_LINK) return { ok: false, message: tooLongNote(link.length) };
  return { ok: true, link };
}
