// Text normalisation shared by the gazetteer pipeline and the place finder:
// what makes "Peshāwar", "PESHAWAR" and "Peshawar" one name, and
// "Barg-e-Matal" and "Barg e Matal" another.

/** Combining marks left by NFD, and the letters NFD does not take apart. */
const MARKS = /\p{M}/gu;
const LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
  // Transliteration signs for ʿayn and hamza: not letters of the name.
  ʿ: '',
  ʾ: '',
  ʻ: '',
  ʼ: '',
  '‘': '',
  '’': '',
  "'": '',
  '`': '',
  '´': '',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

const PLAIN = /^[A-Za-z0-9]*$/;
/** Fold one letter run: lower case, no diacritics, no apostrophes. */
export function foldWord(s: string): string {
  // Most words of English news are plain letters: nothing to take apart.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c);
}

/** Arabic-script letters that vary by region or typing habit, made one. */
const ARABIC: Readonly<Record<string, string>> = {
  ي: 'ی',
  ى: 'ی',
  ې: 'ی',
  ۍ: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ە: 'ه',
  ة: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
};
// An alternation, not a character class: some of these letters decompose into a base and a mark.
const ARABIC_RE = new RegExp(Object.keys(ARABIC).join('|'), 'gu');
/** Tatweel and Arabic diacritics (harakat). */
const ARABIC_MARKS = /\u0640|\u0670|[\u064B-\u065F]/gu;

export function foldArabic(s: string): string {
  return s.replace(ARABIC_MARKS, '').replace(ARABIC_RE, (c) => ARABIC[c] ?? c);
}

/** A word of text: letters (any script) and digits, with apostrophes inside ("Qal‘ah"). */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:[’'‘ʼʻ`][\p{L}\p{M}]+)*/gu;

import { isArabicScript } from '../script.ts';

export { isArabicScript };

/** The matching key of one word. */
export function wordKey(w: string): string {
  return isArabicScript(w) ? foldArabic(w) : foldWord(w);
}

/** The matching keys of a name: its words, folded ("Barg-e-Matāl" → barg e matal). */
export function nameKeys(name: string): string[] {
  return [...name.matchAll(WORD)].map((m) => wordKey(m[0]));
}

/** A readable, stable id: "Barg-e Matāl" → barg-e-matal. */
export function slug(name: string): string {
  return nameKeys(name)
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
