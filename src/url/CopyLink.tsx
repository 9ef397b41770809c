import { useEffect, useRef, useState } from 'react';
import { useArticleStore } from '../store/article.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { currentUrlState } from './sync.ts';
import { formatUrl, type UrlState } from '../core/url/url-state.ts';

type Phase = 'idle' | 'copied' | 'manual';

/** How long "Link copied" stays. */
const CONFIRM_MS = 2500;

/**
 * Copies a link to what the reader sees (with `over` applied) with the
 * Clipboard API; where the clipboard is unavailable or refused, shows the link
 * in a selected field to copy by hand.
 */
export function CopyLink({
  label,
  over,
  className,
  icon,
}: {
  label: string;
  over?: Partial<UrlState>;
  className?: string;
  /** Show a small pilcrow instead of the label (which stays the accessible name). */
  icon?: boolean;
}) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [url, setUrl] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const own = useArticleStore((s) => s.current.id !== DEFAULT_ARTICLE_DATA.id);

  useEffect(() => {
    if (phase === 'manual') field.current?.select();
    if (phase !== 'copied') return;
    const t = setTimeout(() => setPhase('idle'), CONFIRM_MS);
    return () => clearTimeout(t);
  }, [phase]);

  const copy = async () => {
    const link = `${location.origin}${location.pathname}${formatUrl(currentUrlState(over))}`;
    setUrl(link);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setPhase('copied');
    } catch {
      setPhase('manual');
    }
  };

  return (
    <span className={`copy-link ${className ?? ''}`}>
      <button type="button" onClick={copy} title={icon ? label : undefined}>
        {icon ? (
          <>
            <span aria-hidden="true">¶</span>
            <span className="visually-hidden">{label}</span>
          </>
        ) : (
          label
        )}
      </button>
      <span role="status" className="copy-status">
        {phase === 'copied'
          ? own
            ? 'Link copied. Whoever opens it needs this article’s text too.'
            : 'Link copied'
          : ''}
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
