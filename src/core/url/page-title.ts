// The page's title names what the reader sees, so that tabs and history
// entries can be told apart. Pure.

export const APP_NAME = 'Border Explorer';

/** Longest article title kept in the page's title before it is shortened. */
const MAX_TITLE = 80;

/** "Torkham · The talks falter — Border Explorer"; the article alone when no place is selected. */
export function pageTitle(articleTitle: string, placeName: string | null): string {
  const t = articleTitle.replace(/\s+/g, ' ').trim();
  const article = t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1).trimEnd()}…` : t;
  const parts = [placeName, article].filter((p): p is string => !!p);
  return parts.length ? `${parts.join(' · ')} — ${APP_NAME}` : APP_NAME;
}
