import { dismiss, useNoticesStore } from './notices.ts';

/** Polite messages about what a link or the data could not give. Text only. */
export function Notices() {
  const notices = useNoticesStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss this notice">
            ×
          </button>
        </p>
      ))}
      {/* The correction tools' bar (Undo, picking a point) takes its place in this stack, never over a notice. */}
      <div id="notice-bar-slot" className="notice-bar-slot" />
    </div>
  );
}
