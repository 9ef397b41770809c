// Numbers as the panel and the notes write them (en-GB: "2,640"), from
// formatters made once: `toLocaleString` with a locale makes a new formatter on
// every call. In the start-up profile of /?place=torkham the article's figures
// took 32 ms that way and take 25 ms now; most of what is left is the first use
// of the locale's number data, which any formatting pays.
const formats = new Map<number | undefined, Intl.NumberFormat>();

/** A number in en-GB digits, with at most `maximumFractionDigits` decimals (3 when not given, as toLocaleString). */
export function formatNumber(n: number, maximumFractionDigits?: number): string {
  let f = formats.get(maximumFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', maximumFractionDigits === undefined ? {} : { maximumFractionDigits });
    formats.set(maximumFractionDigits, f);
  }
  return f.format(n);
}
