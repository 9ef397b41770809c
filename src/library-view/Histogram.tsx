// Articles by month: a small bar chart that reads as well as it looks. Each
// month is a bar the keyboard reaches and a screen reader names; the numbers
// are also in the text under it. Choosing a month narrows the view to it.
import { useMemo } from 'react';
import { byMonth, type IndexEntry } from '../core/library/library-index.ts';
import { filterLibrary } from '../store/library-view.ts';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "March 2024" for '2024-03'. */
export const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

const WIDTH = 320;
const HEIGHT = 64;
const MAX_BAR = 16;

export function Histogram({ entries, label }: { entries: readonly IndexEntry[]; label: string }) {
  const months = useMemo(() => byMonth(entries), [entries]);
  if (months.length === 0) return null;
  const top = Math.max(...months.map((m) => m.count));
  // A few months are drawn as narrow bars, not as a block across the width.
  const w = Math.min(WIDTH / months.length, MAX_BAR);
  const busiest = months.find((m) => m.count === top)!;
  const choose = (month: string) => filterLibrary({ from: month, to: month });
  return (
    <figure className="library-histogram" data-testid="library.histogram">
      <figcaption id="library-histogram-title">{label}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 2}`}
        role="group"
        aria-labelledby="library-histogram-title"
        preserveAspectRatio="none"
      >
        {months.map((m, i) => {
          const h = m.count === 0 ? 0 : Math.max(2, (m.count / top) * HEIGHT);
          const name = `${monthName(m.month)}: ${m.count} article${m.count === 1 ? '' : 's'}`;
          return (
            <g
              key={m.month}
              role={m.count ? 'button' : 'img'}
              tabIndex={m.count ? 0 : undefined}
              aria-label={m.count ? `${name}. Show this month only.` : name}
              data-month={m.month}
              data-count={m.count}
              onClick={m.count ? () => choose(m.month) : undefined}
              onKeyDown={(e) => {
                if (m.count && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  choose(m.month);
                }
              }}
            >
              <title>{name}</title>
              {/* The whole column takes the pointer; the bar shows the count. */}
              <rect x={i * w} y={0} width={w} height={HEIGHT + 2} className="hit" />
              <rect
                x={i * w + Math.min(1, w * 0.1)}
                y={HEIGHT - h}
                width={Math.max(1, w - 2 * Math.min(1, w * 0.1))}
                height={h}
                className="bar"
              />
            </g>
          );
        })}
        <line x1={0} x2={Math.max(w * months.length, WIDTH)} y1={HEIGHT + 1} y2={HEIGHT + 1} className="axis" />
      </svg>
      <p className="histogram-text">
        {months.length === 1
          ? `${monthName(months[0]!.month)}: ${busiest.count} article${busiest.count === 1 ? '' : 's'}.`
          : `${monthName(months[0]!.month)} to ${monthName(months.at(-1)!.month)}; the most in ${monthName(busiest.month)} (${busiest.count}).`}
      </p>
      <details className="histogram-numbers">
        <summary>The numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {months
              .filter((m) => m.count > 0)
              .map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthName(m.month)}</th>
                  <td>{m.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
