/**
 * A small index of one consolidated code from @socialgouv/legi-data, and the lookup of an article
 * in it. Pure: the files and the cache are handled by legi-data-fs.ts.
 *
 * What the data holds (checked on 2.513.0): a unist-like tree of sections and articles. Only
 * articles that still have a version in force, or one scheduled, appear; a repealed article such
 * as R5412-8 of the code du travail is simply absent, so "absent" means "repealed or wrong number".
 * The `etat` of an article is not enough to tell whether it is in force (a version in force whose
 * successor is already scheduled is "MODIFIE" or "ABROGE_DIFF"), so the lookup reads the dates of
 * the versions instead.
 */

/** Bump when the shape of CodeIndex changes, so old cache files are rebuilt. */
export const INDEX_FORMAT = 2;

/** One version of an article: LEGIARTI id, first day in force, first day no longer in force (ISO dates). */
export type Version = [id: string, debut: string, fin: string];

export interface CodeIndex {
  format: number;
  /** LEGITEXT id of the code. */
  legiText: string;
  title: string;
  /** `data.dateModif` of the code: the day its latest change came into force. */
  dateModif: string;
  /** Article number → versions that were or will be in force, oldest first. */
  articles: Record<string, Version[]>;
  /** Article number → its permanent id (LEGIARTI `cid`), which names it in SocialGouv's article index. */
  cids: Record<string, string>;
}

interface LegiNode {
  type: string;
  data?: Record<string, unknown>;
  children?: LegiNode[];
}

interface LegiVersion { id: string; etat: string; dateDebut: number; dateFin: number }

/** Versions that never applied: stillborn (MODIFIE_MORT_NE) or annulled by a court. */
const NEVER_IN_FORCE = /MORT_NE|ANNULE/;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Walks a code tree once and keeps, for each article number, the dates and ids of its versions. */
export function indexCode(tree: unknown): CodeIndex {
  const root = tree as LegiNode;
  const data = root?.data;
  if (root?.type !== 'code' || !data || typeof data.id !== 'string') {
    throw new Error('legi-data: not a code tree (expected { type: "code", data: { id, dateModif }, children })');
  }
  const articles: Record<string, Version[]> = {};
  const cids: Record<string, string> = {};
  const stack: LegiNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'article') {
      const a = node.data as { num?: string; cid?: string; id: string; dateDebut: number; dateFin: number; articleVersions?: LegiVersion[] };
      if (!a?.num || a.num in articles) continue; // duplicate numbers are only annexes ("Annexe I")
      const listed = a.articleVersions?.length ? a.articleVersions : [{ id: a.id, etat: '', dateDebut: a.dateDebut, dateFin: a.dateFin }];
      articles[a.num] = listed
        .filter((v) => !NEVER_IN_FORCE.test(v.etat) && v.dateFin > v.dateDebut)
        .map((v): Version => [v.id, iso(v.dateDebut), iso(v.dateFin)])
        .sort((x, y) => x[1].localeCompare(y[1]));
      if (a.cid) cids[a.num] = a.cid;
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return {
    format: INDEX_FORMAT,
    legiText: data.id,
    title: String(data.title ?? ''),
    dateModif: String(data.dateModif ?? ''),
    articles,
    cids,
  };
}

export type Lookup =
  /** In force on the day asked: its version, the day that version came into force, and the next scheduled change. */
  | { status: 'en-vigueur'; id: string; since: string; next?: { date: string; kind: 'modification' | 'abrogation' } }
  /** In the data, but its last version ended before the day asked. */
  | { status: 'abroge'; id: string; until: string }
  /** In the data, but not in force yet. */
  | { status: 'futur'; id: string; from: string }
  /** Not in the data: repealed before the data was extracted, or a wrong number. */
  | { status: 'absent'; suggestion?: string };

/** "R311-12" for "R*311-12" and the other way round: the star marks decrees in Conseil d'État. */
const withoutStar = (num: string) => num.replace(/\*/g, '');

/** The state of article `num` on day `at` (ISO date). */
export function lookupArticle(index: CodeIndex, num: string, at: string): Lookup {
  const versions = index.articles[num];
  if (!versions || versions.length === 0) {
    const bare = withoutStar(num);
    const suggestion = Object.keys(index.articles).find((n) => n !== num && withoutStar(n) === bare);
    return suggestion ? { status: 'absent', suggestion } : { status: 'absent' };
  }
  const i = versions.findIndex(([, debut, fin]) => debut <= at && at < fin);
  if (i === -1) {
    const upcoming = versions.find(([, debut]) => debut > at);
    if (upcoming) return { status: 'futur', id: upcoming[0], from: upcoming[1] };
    const last = versions[versions.length - 1]!;
    return { status: 'abroge', id: last[0], until: last[2] };
  }
  const [id, since, fin] = versions[i]!;
  const following = versions[i + 1];
  const result: Lookup = { status: 'en-vigueur', id, since };
  // A version that ends before year 2999 (LEGI's "no end") is replaced or repealed on that day.
  if (fin < '2999-01-01') result.next = { date: fin, kind: following && following[1] === fin ? 'modification' : 'abrogation' };
  return result;
}
