/**
 * The glossary's definition of the word a reader searched, shown above the results (as the Code du
 * travail numérique does). The build writes the glossary as a small JSON file (/recherche/definitions.json)
 * that the search page fetches at its first search; this module matches a query against it.
 */

export interface Definition {
  id: string;
  terme: string;
  definition: string;
  /** Normalised forms that call this definition: the term, its long form, its id and its `formes`. */
  keys: string[];
}

/** Lower case, no accents, apostrophes and hyphens as spaces, one space between words. */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘'`´-]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A leading article or elision a reader may type before the word: « la radiation », « l'indu ». */
const LEADING = /^(?:le|la|les|un|une|des|du|de la|de l|l|d)\s+/;

export function definitionKeys(entry: { id: string; terme: string; long?: string | undefined; formes?: string[] }): string[] {
  const keys = [entry.terme, entry.long, entry.id.replace(/-/g, ' '), ...(entry.formes ?? [])]
    .filter((k): k is string => !!k)
    .map(normalizeKey);
  return [...new Set(keys)];
}

/** The definition whose term or form is exactly the query (after an article), or undefined. */
export function findDefinition(query: string, definitions: Definition[]): Definition | undefined {
  const q = normalizeKey(query);
  if (!q) return undefined;
  const bare = q.replace(LEADING, '');
  return definitions.find((d) => d.keys.includes(q) || d.keys.includes(bare));
}

/** The first sentence of a definition, for a box that must leave the results in view on a phone. */
export function firstSentence(text: string): string {
  const m = /^.+?[.!?…](?=\s+\p{Lu}|$)/su.exec(text.trim());
  return m ? m[0] : text.trim();
}
