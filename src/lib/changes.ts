/**
 * « Ce qui a changé »: the site's changes, newest first, for the /changements/ page and its Atom
 * feed. Two sources: each page's `historique` (editorial changes), and the changes the legal watch
 * knows about (veille-connue.yaml, the newer article index, and articles whose version in force is
 * newer than a page's check), each with the pages that cite the article. Pure: the Astro side is
 * changes-fs.ts.
 */
import { formatDate, isoDate } from './dates.ts';
import { legalCode, legifranceArticleUrl, ofCode } from './legal-codes.ts';
import { knownSeen, type PageCheck, type RefCheck } from './legal-watch.ts';
import { CONTENT_KINDS, STATIC_PAGES, type RoutedKind } from './pages.ts';
import { fr } from './typography.ts';

/** A page a change concerns. */
export interface ChangedPage { kind: RoutedKind; url: string; titre: string }

export interface Change {
  /** Stable id, unique on the site: the anchor on /changements/ and the end of the feed entry's id. */
  anchor: string;
  kind: 'edition' | 'loi';
  /** Day of the change (ISO); for a law change seen between two days, the later one. */
  date: string;
  /** A law change whose day is not known: it came after this day (ISO). */
  after?: string;
  /** French, plain. */
  title: string;
  text: string;
  /** The pages it concerns, in title order. */
  pages: ChangedPage[];
  /** Where to read more: the new version on Légifrance, the index… */
  source?: { text: string; url?: string };
}

/** A page as the changes read it. */
export interface HistoryPage extends ChangedPage { id: string; historique: { date: Date; texte: string }[] }

const byTitle = (a: ChangedPage, b: ChangedPage) => a.titre.localeCompare(b.titre, 'fr');

/** "2026-11-23-articles-indu-0": one anchor per history entry, stable while the entry stays. */
const slugOf = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One change per `historique` entry of every page. */
export function editorialChanges(pages: HistoryPage[]): Change[] {
  return pages.flatMap((p) =>
    p.historique.map((h, i): Change => ({
      anchor: `modif-${isoDate(h.date)}-${CONTENT_KINDS[p.kind].folder}-${p.id}-${p.historique.length - 1 - i}`,
      kind: 'edition',
      date: isoDate(h.date),
      title: fr(p.titre),
      text: fr(h.texte),
      pages: [{ kind: p.kind, url: p.url, titre: p.titre }],
    })),
  );
}

const articleName = (r: RefCheck) => `article ${r.article} ${ofCode(legalCode(r.code))}`;
const articleTitle = (r: RefCheck) => fr(`Article ${r.article} ${ofCode(legalCode(r.code))}`);
const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * One change per article that the legal watch found changed (known change, newer index, or a
 * version in force since after a page's check), with every page citing it.
 */
export function lawChanges(checks: { page: ChangedPage; check: PageCheck }[]): Change[] {
  const byArticle = new Map<string, { ref: RefCheck; pages: ChangedPage[] }>();
  for (const { page, check } of checks) {
    for (const r of check.refs) {
      const changed = r.known || (r.verdict === 'recheck' && r.status === 'en-vigueur' && r.since);
      if (!changed) continue;
      const key = `${r.code} ${r.article}`;
      const seen = byArticle.get(key) ?? { ref: r, pages: [] };
      if (!seen.pages.some((p) => p.url === page.url)) seen.pages.push(page);
      byArticle.set(key, seen);
    }
  }
  return [...byArticle.values()].map(({ ref: r, pages }): Change => {
    const date = r.known?.date ?? r.since!;
    const base = { kind: 'loi' as const, date, anchor: `loi-${date}-${r.code}-${slugOf(r.article)}`, pages: pages.sort(byTitle) };
    if (r.known) {
      const k = r.known;
      const what = k.changement === 'abroge' ? `est abrogé : abrogation repérée ${knownSeen(k)}` : `a une nouvelle version, repérée ${knownSeen(k)}`;
      const follow = k.changement === 'abroge'
        ? 'Les pages qui le citent doivent être corrigées.'
        : r.verdict === 'recheck'
          ? 'Nous n’avons pas encore pu lire le nouveau texte : les pages qui le citent sont signalées « à revérifier ».'
          : 'Le nouveau texte a été lu et les pages qui le citent ont été revérifiées.';
      return {
        ...base,
        ...(k.after ? { after: k.after } : {}),
        title: fr(`${articleTitle(r)} : ${k.changement === 'abroge' ? 'abrogation' : 'nouvelle version'}`),
        text: fr(`L’${articleName(r)} ${what}. ${follow}`),
        source: { text: k.source, ...(k.version ? { url: legifranceArticleUrl(k.version) } : {}) },
      };
    }
    return {
      ...base,
      title: fr(`${articleTitle(r)} : nouvelle version`),
      text: fr(`L’${articleName(r)} a changé le ${day(r.since!)}, après la dernière vérification des pages qui le citent : elles sont signalées « à revérifier ».`),
      source: { text: 'Légifrance', url: r.url },
    };
  });
}

/** Newest first; on the same day, law changes before editorial ones, then by title. */
export function sortChanges(changes: Change[]): Change[] {
  const rank = { loi: 0, edition: 1 };
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.title.localeCompare(b.title, 'fr') || a.anchor.localeCompare(b.anchor));
}

/** The address of a change on /changements/. */
export const changeUrl = (c: Pick<Change, 'anchor'>): string => `${STATIC_PAGES.changements}#${c.anchor}`;

/** What /changements/ shows for one day: law changes one by one, editorial ones grouped by sentence. */
export interface ChangeDay {
  date: string;
  law: Change[];
  edits: { anchor: string; text: string; pages: ChangedPage[] }[];
}

export function changesByDay(changes: Change[]): ChangeDay[] {
  const days = new Map<string, ChangeDay>();
  for (const c of sortChanges(changes)) {
    const day = days.get(c.date) ?? { date: c.date, law: [], edits: [] };
    days.set(c.date, day);
    if (c.kind === 'loi') {
      day.law.push(c);
      continue;
    }
    const same = day.edits.find((e) => e.text === c.text);
    if (same) same.pages.push(...c.pages);
    else {
      // Two texts may share their first 40 characters: number the later ones so each anchor stays unique.
      const base = `pages-${c.date}-${slugOf(c.text).slice(0, 40)}`;
      const taken = day.edits.filter((e) => e.anchor === base || e.anchor.startsWith(`${base}-`)).length;
      day.edits.push({ anchor: taken ? `${base}-${taken + 1}` : base, text: c.text, pages: [...c.pages] });
    }
  }
  for (const d of days.values()) for (const e of d.edits) e.pages.sort(byTitle);
  return [...days.values()];
}
