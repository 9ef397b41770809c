// Which script a name is written in: the panel shapes Arabic-script names apart.
// Kept apart from the finder's normalisation, which the default article never loads.

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** Whether a name is written in Arabic script (Pashto, Dari, Urdu). */
export const isArabicScript = (s: string) => ARABIC_SCRIPT.test(s);
