import { dismiss, useNoticesStore } from './notices.ts';

/** Polite messages about what a link or the data could not give. Text only. */
export function Notices() {
  const notices = useNoticesStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>
            {n.text}
            {n.details && (
              <details className="notice-details">
                <summary>Details</summary>
                <ul>
                  {n.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                  {n.more ? <li>and {n.more.toLocaleString('en-GB')} more</li> : null}
                </ul>
              </details>
            )}
            {n.link !== undefined && (
              <label className="copy-manual">
                <span>Copy this link:</span>
                <input readOnly value={n.link} onFocus={(e) => e.currentTarget.select()} />
              </label>
            )}
            {n.actions && (
              <span className="notice-actions">
                {n.actions.map((a) => (
                  <button
                    key={a.label}
                    type="button"
                    onClick={() => {
                      dismiss(n.id);
                      a.run();
                    }}
                  >
                    {a.label}
                  </button>
                ))}
              </span>
            )}
          </span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss this notice">
            ×
          </button>
        </div>
      ))}
      {/* The correction tools' bar (Undo, picking a point) takes its place in this stack, never over a notice. */}
      <div id="notice-bar-slot" className="notice-bar-slot" />
    </div>
  );
}
