// File names for exports: the article's title as a slug, and its id.

/** A title as lowercase ASCII words joined by hyphens, at most 60 characters, cut between words. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length <= 60 ? s : s.slice(0, 61).replace(/-[^-]*$/, '');
  return cut || 'article';
}

/** `<title-slug>-<id>-<what>.<ext>`. */
export function exportName(title: string, id: string, what: string, ext: string): string {
  return `${slug(title)}-${id}-${what}.${ext}`;
}
