/**
 * Titles must not break inside « faut-il » or « donne-t-elle »: a line that ends on « faut- » reads as
 * a cut word. `titleParts` splits a title into runs, marking the verb-pronoun groups to keep whole
 * (Title.astro wraps those in a no-wrap span; the text itself is unchanged, for search and copy).
 */
const PRONOUNS = 'je|tu|il|elle|on|nous|vous|ils|elles|ce|moi|toi|lui|leur|y|en|le|la|les';
const INVERSION = new RegExp(`\\p{L}+(?:-t)?-(?:${PRONOUNS})(?![\\p{L}-])`, 'giu');

export interface TitlePart { text: string; keep: boolean }

export function titleParts(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  for (const m of title.matchAll(INVERSION)) {
    if (m.index! > last) parts.push({ text: title.slice(last, m.index), keep: false });
    parts.push({ text: m[0], keep: true });
    last = m.index! + m[0].length;
  }
  if (last < title.length) parts.push({ text: title.slice(last), keep: false });
  return parts;
}
