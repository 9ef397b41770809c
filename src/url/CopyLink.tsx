import { useEffect, useRef, useState } from 'react';
import { useArticleStore } from '../store/article.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { currentUrlState } from './sync.ts';
import { formatUrl, type UrlState } from '../core/url/url-state.ts';
import { lengthNote } from '../core/share/carried-link.ts';
import { copyMade } from './clipboard.ts';

type Phase = 'idle' | 'copied' | 'manual' | 'refused';

/** How long "Link copied" stays (a note on a link with the article stays twice as long: it says more). */
const CONFIRM_MS = 2500;

/**
 * Copies a link to what the reader sees (with `over` applied) with the
 * Clipboard API; where the clipboard is unavailable or refused, shows the link
 * in a selected field to copy by hand. With `carry`, the link carries the
 * article itself (issue 29), and its length and where it fits are said.
 */
export function CopyLink({
  label,
  over,
  className,
  icon,
  carry,
}: {
  label: string;
  over?: Partial<UrlState>;
  className?: string;
  /** Show a small glyph instead of the label (which stays the accessible name). */
  icon?: 'pilcrow' | 'page';
  /** The link carries the article's text, title, source and corrections. */
  carry?: boolean;
}) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const own = useArticleStore((s) => s.current.id !== DEFAULT_ARTICLE_DATA.id);

  useEffect(() => {
    if (phase === 'manual') field.current?.select();
    if (phase !== 'copied' && phase !== 'refused') return;
    const t = setTimeout(() => setPhase('idle'), carry ? 2 * CONFIRM_MS : CONFIRM_MS);
    return () => clearTimeout(t);
  }, [phase, carry]);

  const copy = async () => {
    const made = carry
      ? import('../share/make-link.ts').then((m) => m.linkWithArticle(over))
      : Promise.resolve({
          ok: true as const,
          link: `${location.origin}${location.pathname}${formatUrl(currentUrlState(over))}`,
        });
    const m = await copyMade(made);
    if (!m.ok) {
      setNote(m.message);
      setPhase('refused');
      return;
    }
    setUrl(m.link);
    setNote(carry ? lengthNote(m.link.length) : own ? COPIED_OWN : 'Link copied');
    setPhase(m.copied ? 'copied' : 'manual');
  };

  return (
    <span className={`copy-link ${className ?? ''}`}>
      <button type="button" onClick={copy} title={icon ? label : own && !carry ? OWN_HINT : undefined}>
        {icon ? (
          <>
            {icon === 'page' ? <PageIcon /> : <span aria-hidden="true">¶</span>}
            <span className="visually-hidden">{label}</span>
          </>
        ) : (
          label
        )}
      </button>
      <span role="status" className="copy-status">
        {phase === 'copied' || phase === 'refused' ? note : ''}
      </span>
      {phase === 'manual' && (
        <label className="copy-manual">
          <span>Copy this link:</span>
          <input ref={field} readOnly value={url} onBlur={() => setPhase('idle')} />
        </label>
      )}
    </span>
  );
}

/** A page with lines of text, drawn in CSS: the link carries the article. */
const PageIcon = () => <span className="page-glyph" aria-hidden="true" />;

/** What a plain link to a reader's own article is, said before it is copied. */
const OWN_HINT = 'A link for this browser, where the article is kept: for anyone else, “Copy link with the article”';

/** What copying a plain link to a reader's own article says. */
const COPIED_OWN =
  'Link copied. Whoever opens it needs this article too: “Copy link with the article” sends the text along.';
