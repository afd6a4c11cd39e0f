/**
 * « Sur cette page »: long pages (more than about 800 words) list their sections. Astro gives the
 * headings of a rendered entry; this decides whether a page is long enough and which headings count.
 */
export interface Heading { depth: number; slug: string; text: string }

/** Below this many words a page is read in one go: no table of contents. */
export const TOC_MIN_WORDS = 800;
/** The id the « Que faire ? » heading gets (rehype slug of the title), linked from L'essentiel. */
export const WHAT_TO_DO_ID = 'que-faire';

/** Words of a Markdown body, without link targets, HTML tags or Markdown marks. */
export function wordCount(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]|-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
}

/** The sections a long page lists (its second-level headings), or undefined for a short page. */
export function pageToc(body: string, headings: Heading[], minWords = TOC_MIN_WORDS): Heading[] | undefined {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < 3 || wordCount(body) <= minWords) return undefined;
  return sections;
}

export const hasWhatToDo = (headings: Heading[]): boolean => headings.some((h) => h.slug === WHAT_TO_DO_ID);
