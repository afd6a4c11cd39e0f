/**
 * Ordering and grouping of pages, independent of Astro so it can be unit-tested.
 * Entries have Astro's shape: { id, data }.
 */
import { THEMES, type ThemeId } from './themes.ts';

export interface PageLike {
  id: string;
  data: {
    titre: string;
    theme: string;
    verifie: Date;
    brouillon?: boolean;
    livret?: { partie: string; ordre: number } | undefined;
  };
}

/** Drafts never reach a built page. */
export function published<T extends PageLike>(entries: T[]): T[] {
  return entries.filter((e) => !e.data.brouillon);
}

/** Order within a theme: booklet order first when given, then title (French collation). */
export function compareInTheme(a: PageLike, b: PageLike): number {
  const oa = a.data.livret?.ordre ?? Number.POSITIVE_INFINITY;
  const ob = b.data.livret?.ordre ?? Number.POSITIVE_INFINITY;
  if (oa !== ob) return oa - ob;
  return a.data.titre.localeCompare(b.data.titre, 'fr');
}

/** Articles of one theme, in reading order. */
export function inTheme<T extends PageLike>(entries: T[], theme: ThemeId | string): T[] {
  return published(entries).filter((e) => e.data.theme === theme).sort(compareInTheme);
}

/** Themes in their fixed order, each with its articles; empty themes are kept out. */
export function groupByTheme<T extends PageLike>(entries: T[]) {
  return THEMES.map((theme) => ({ theme, entries: inTheme(entries, theme.id) })).filter((g) => g.entries.length > 0);
}

/** Previous and next article in the same theme. */
export function neighbours<T extends PageLike>(entries: T[], current: T): { prev?: T; next?: T } {
  const list = inTheme(entries, current.data.theme);
  const i = list.findIndex((e) => e.id === current.id);
  if (i === -1) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}

/** Most recently checked first. */
export function latestVerified<T extends PageLike>(entries: T[], count: number): T[] {
  return [...published(entries)]
    .sort((a, b) => b.data.verifie.getTime() - a.data.verifie.getTime() || a.data.titre.localeCompare(b.data.titre, 'fr'))
    .slice(0, count);
}
