// The article as React renders it, for the build: written into index.html so
// that it is readable before any script runs, and hydrated by the same
// component in the browser (main.tsx). One renderer for both.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticleView } from './ArticleView.tsx';

/** The default article's markup, as the browser's first render will expect it. */
export function prerenderArticle(): string {
  return renderToString(
    <StrictMode>
      <ArticleView />
    </StrictMode>,
  );
}
