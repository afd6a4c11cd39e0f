/**
 * Search synonyms and old names (content/synonymes.yaml): the schema check of the table, and the
 * aliases a page gets in the search index.
 *
 * How they are used: at index time, a page that contains any word of a group gets the other words
 * of that group in hidden, searchable metadata fields (src/lib/search-records.ts): `synonymes` for
 * its text, weighted low, and `synonymes_titre` for its title, weighted high. So "pole emploi" finds
 * a page that only says "France Travail", with one ordinary Pagefind search: exact result and filter
 * counts, excerpts taken from the real text, nothing added to the pages readers download.
 */

/** One group: words or phrases a reader may type for the same thing. */
export type SynonymGroup = readonly string[];

/** Longest accepted entry, in characters: a phrase, not a paragraph. */
const MAX_ENTRY = 80;

/**
 * The form used to compare words: lower case, no accents, every run of punctuation, apostrophes,
 * hyphens and spaces turned into one space. "Trop-perçu" and "trop percu" compare equal, and so do
 * "caisse d’allocations" and "caisse d'allocations".
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters left after removing accents: a–z, digits, and the few Latin ones NFD keeps (œ, æ, ø…).
    // A plain class is several times faster than \p{L} on whole pages.
    .replace(/[^a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g, ' ')
    .trim();
}

/**
 * Checks the parsed YAML of the synonyms file and returns its groups. Throws an Error that names
 * the file, the group and the problem. An empty file is an empty table.
 */
export function parseSynonyms(data: unknown, file: string): SynonymGroup[] {
  const fail = (where: string, problem: string): never => {
    throw new Error(`${file}: ${where}: ${problem}`);
  };
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) fail('top level', 'expected a YAML list of groups, e.g. - ["indu", "trop-perçu"]');
  const owner = new Map<string, number>();
  return (data as unknown[]).map((group, i) => {
    const where = `group ${i + 1}`;
    if (!Array.isArray(group)) fail(where, `expected a list of words, got ${JSON.stringify(group)}`);
    const words = group as unknown[];
    if (words.length < 2) fail(where, 'a group needs at least two words');
    const seen = new Set<string>();
    for (const w of words) {
      if (typeof w !== 'string' || w.trim() === '') fail(where, `every entry must be a non-empty text, got ${JSON.stringify(w)}`);
      const word = w as string;
      if (word.length > MAX_ENTRY) fail(where, `"${word.slice(0, 30)}…" is longer than ${MAX_ENTRY} characters`);
      if (word !== word.toLowerCase()) fail(where, `"${word}" must be written in lower case`);
      const key = normalize(word);
      if (key === '') fail(where, `"${word}" has no letter or digit`);
      const other = owner.get(key);
      if (other !== undefined && other !== i) {
        fail(where, `"${word}" is already in group ${other + 1}: merge the two groups or drop one of them`);
      }
      owner.set(key, i);
      seen.add(key);
    }
    // "pôle emploi" and "pole emploi" are the same word once normalised: a group needs two different ones.
    if (seen.size < 2) fail(where, 'all its words are the same once accents and hyphens are ignored');
    return words as string[];
  });
}

/**
 * A word of the text matches an entry also when it is its plural or feminine (indus, radiée,
 * sanctions), except for short words and acronyms, so "caf" does not match "café".
 */
const ENDINGS = ['', 's', 'e', 'es', 'x'];

function forms(word: string, last: boolean): string[] {
  return last && word.length >= 4 ? ENDINGS.map((e) => word + e) : [word];
}

/**
 * What the search engine cannot tell apart anyway: Pagefind ignores accents and stems French
 * words, so "délais", "delai" and "délai" are one alias, and "radiée" and "radié" another. Only
 * one spelling of each is kept; every alias is shipped with each search result that carries it.
 */
function searchKey(normal: string): string {
  return normal
    .split(' ')
    .map((w) => (w.length > 3 ? w.replace(/[sx]$/, '').replace(/e{1,2}$/, '') : w))
    .join(' ');
}

interface Entry {
  /** As written in the table. */
  word: string;
  /** Its words, normalised, each with the forms it matches in a text. */
  parts: string[][];
  /** Spellings with the same key are one alias. */
  key: string;
}

/** Pre-compiled table, built once and reused for every page. */
export interface SynonymMatcher {
  groups: { entries: Entry[] }[];
}

export function compileSynonyms(groups: readonly SynonymGroup[]): SynonymMatcher {
  return {
    groups: groups.map((group) => {
      const entries: Entry[] = [];
      const seen = new Set<string>();
      for (const word of group) {
        const normal = normalize(word);
        if (seen.has(normal)) continue;
        seen.add(normal);
        const words = normal.split(' ');
        entries.push({ word, key: searchKey(normal), parts: words.map((w, i) => forms(w, i === words.length - 1)) });
      }
      return { entries };
    }),
  };
}

/** The words of a text and where each occurs, to look entries up without scanning the text again. */
function wordIndex(text: string): { words: string[]; at: Map<string, number[]> } {
  const words = normalize(text).split(' ');
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return { words, at };
}

function contains({ words, at }: ReturnType<typeof wordIndex>, entry: Entry): boolean {
  const [first, ...rest] = entry.parts;
  for (const form of first!) {
    for (const i of at.get(form) ?? []) {
      if (rest.every((options, k) => options.includes(words[i + k + 1] ?? ''))) return true;
    }
  }
  return false;
}

/**
 * The words a page should also be found by: for every group one of whose words the text contains,
 * the other words of the group, one spelling of each (the first in the table). Words the text
 * already contains, in any spelling the search engine treats alike, are left out.
 */
export function aliasesFor(text: string, table: SynonymMatcher | readonly SynonymGroup[]): string[] {
  const matcher = 'groups' in table ? table : compileSynonyms(table);
  const index = wordIndex(text);
  const aliases: string[] = [];
  for (const group of matcher.groups) {
    const present = new Set(group.entries.filter((e) => contains(index, e)).map((e) => e.key));
    if (present.size === 0) continue;
    for (const entry of group.entries) {
      if (present.has(entry.key)) continue;
      present.add(entry.key);
      aliases.push(entry.word);
    }
  }
  return aliases;
}
