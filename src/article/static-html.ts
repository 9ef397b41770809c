// The page before scripts run: header, article, and the map area waiting,
// written into index.html at build time. The article's own markup comes from
// React (prerender.tsx), so that the browser hydrates it rather than drawing it
// again. Pure: markup in, markup out.

/**
 * The page shell around the article's server-rendered markup. React mounts into
 * three of its parts: the map region, the status area, and the article (hydrated).
 */
export function staticShell(articleHtml: string): string {
  return [
    '<a class="skip-link" href="#article">Skip to the article</a>',
    '<a class="skip-link" href="#place-list">Skip to the places</a>',
    '<header class="app-header"><p class="brand">Border Explorer</p>',
    '<p class="tagline">Read the story through its places: click a name in the text or a place on the map.</p>',
    '<a class="library-link" href="?view=library" data-action="library">Library</a>',
    '<button type="button" class="open-article" data-action="open-article" aria-haspopup="dialog" aria-label="Open an article">Open<span class="wide-only"> an article</span></button>',
    '<button type="button" class="export-button" data-action="export" aria-haspopup="menu" aria-expanded="false" aria-controls="export-menu">Export<span aria-hidden="true"> ▾</span></button></header>',
    '<div class="layout"><main id="article" class="article-column" tabindex="-1" data-article-state="static">',
    articleHtml,
    '</main>',
    '<section class="map-region" aria-label="Map of the places in the article" aria-describedby="map-alt">',
    '<p id="map-alt" class="visually-hidden">The place list, opened with the Places button, offers every place on the map as text.</p>',
    '<div id="map-root" class="map-root"><div class="map-frame"><div class="map-canvas" data-testid="map.canvas" data-map-state="loading"></div></div></div>',
    // Notices sit over the map, where they cover none of the article.
    '<div id="app-status"></div>',
    '</section></div>',
  ].join('');
}
