/**
 * « Composer votre livret » (/livret/composer/): the pure part of the composer. Checks what a
 * volunteer types (each message in French, shown next to its field), reads and writes the shared
 * address (`?sections=a,b&format=a5`: the sections only, never the organisation's details) and
 * estimates page counts. The page is src/pages/livret/composer.astro, the browser side
 * src/scripts/composer.ts.
 */

/**
 * 'a5': A5 pages in reading order (a PDF to read, a print shop, a printer's own booklet mode);
 * 'a5-plie': the same A5 pages imposed two by two on A4 landscape sides, in the order that, printed
 * double-sided, stacked, folded and stapled, reads in order (src/scripts/impose.ts); 'a4': A4 pages.
 */
export type ComposerFormat = 'a5' | 'a5-plie' | 'a4';
export const COMPOSER_FORMATS: readonly ComposerFormat[] = ['a5', 'a5-plie', 'a4'];

/** The organisation's details, as typed (every field may be empty). */
export interface OrgDetails {
  nom: string;
  adresse: string;
  horaires: string;
  telephone: string;
  courriel: string;
  texte: string;
}
export type OrgField = keyof OrgDetails;
export const ORG_FIELDS: readonly OrgField[] = ['nom', 'adresse', 'horaires', 'telephone', 'courriel', 'texte'];
export const EMPTY_DETAILS: OrgDetails = { nom: '', adresse: '', horaires: '', telephone: '', courriel: '', texte: '' };

/** Longest value of each field, in characters. The free text's 300 is the issue's; the others keep the cover on one page. */
export const MAX_LENGTH: Record<OrgField, number> = { nom: 150, adresse: 200, horaires: 200, telephone: 30, courriel: 120, texte: 300 };

/** Words of a booklet page that fill one A5 page of the booklet (10 pt, booklet-print.css), measured on the full guide. */
export const WORDS_PER_A5_PAGE = 330;
/** An A4 page holds about twice the text of an A5 one. */
export const A4_PER_A5 = 0.5;
/** Cover, contents and back cover. */
export const FIXED_PAGES = 3;

/** Number of characters as a reader counts them (an emoji or an accented letter counts once). */
export const charCount = (s: string): number => [...s].length;

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** French message for a field's value, or null when it is fine. Values are text: HTML in them is never an error, only shown as typed. */
export function checkField(field: OrgField, raw: string): string | null {
  const value = raw.trim();
  const length = charCount(value);
  const max = MAX_LENGTH[field];
  if (length > max) return `${plural(length, 'caractère')} : ${max} au plus. Raccourcissez de ${plural(length - max, 'caractère')}.`;
  if (!value) return null;
  if (field === 'telephone') {
    if (!/^\+?[\d\s.\-()/]+$/.test(value)) return 'Un numéro de téléphone ne contient que des chiffres, des espaces, des points ou des tirets, et un + au début (par exemple 01 23 45 67 89 ou +33 1 23 45 67 89).';
    const digits = value.replace(/\D/g, '').length;
    if (digits < 3 || digits > 15) return `Ce numéro a ${plural(digits, 'chiffre')} : un numéro de téléphone en a de 3 à 15 (01 23 45 67 89 en a 10).`;
  }
  if (field === 'courriel' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'Une adresse électronique s’écrit nom@exemple.fr, sans espace.';
  return null;
}

/** Messages for every field that has a problem. */
export function checkDetails(details: OrgDetails): Partial<Record<OrgField, string>> {
  const out: Partial<Record<OrgField, string>> = {};
  for (const f of ORG_FIELDS) {
    const m = checkField(f, details[f] ?? '');
    if (m) out[f] = m;
  }
  return out;
}

export const EMPTY_SELECTION_MESSAGE = 'Cochez au moins une partie du guide à mettre dans votre livret.';

/** Message for the choice of sections, or null when at least one is ticked. */
export const checkSelection = (sections: readonly string[]): string | null => (sections.length === 0 ? EMPTY_SELECTION_MESSAGE : null);

/** Details with surrounding spaces removed (what goes on the cover). */
export function cleanDetails(details: OrgDetails): OrgDetails {
  return Object.fromEntries(ORG_FIELDS.map((f) => [f, (details[f] ?? '').trim()])) as unknown as OrgDetails;
}

export const hasDetails = (details: OrgDetails): boolean => ORG_FIELDS.some((f) => (details[f] ?? '').trim() !== '');

/** What the composer's address holds: the sections (known ids only, in the guide's order, once each) and the format. */
export function parseQuery(search: string, known: readonly string[]): { sections: string[]; format: ComposerFormat } {
  const params = new URLSearchParams(search);
  const asked = new Set((params.get('sections') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const askedFormat = params.get('format');
  const format = COMPOSER_FORMATS.find((f) => f === askedFormat) ?? 'a5';
  return { sections: known.filter((id) => asked.has(id)), format };
}

/** The query string for a selection (`?sections=a,b&format=a5`), or "" for an empty one. */
export function toQuery(sections: readonly string[], format: ComposerFormat): string {
  if (sections.length === 0) return format === 'a5' ? '' : `?format=${format}`;
  // Ids are [a-z0-9-] only: the commas stay readable in the address.
  return `?sections=${sections.map(encodeURIComponent).join(',')}&format=${format}`;
}

/** Estimated A5 pages of one section, from its word count (every section starts on a new page). */
export const sectionPages = (words: number): number => Math.max(1, Math.ceil(words / WORDS_PER_A5_PAGE));

/** Estimated pages of a composition: its sections plus cover, contents and back cover. */
export function estimatePages(sectionWords: readonly number[], format: ComposerFormat): number {
  if (sectionWords.length === 0) return 0;
  const body = sectionWords.reduce((sum, w) => sum + (format !== 'a4' ? sectionPages(w) : Math.max(1, Math.ceil((w * A4_PER_A5) / WORDS_PER_A5_PAGE))), 0);
  return body + FIXED_PAGES;
}

/** Words of a Markdown text, roughly (links' addresses and markup left out). */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]{}:-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
