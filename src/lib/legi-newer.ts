/**
 * A newer article index than the npm data: SocialGouv's `data/articles/index.json` maps each
 * article's permanent id (cid) to the id of its version in force, with no text. The registry's
 * @socialgouv/legi-data stops on 27 March 2026; the repository's index goes further. The project
 * keeps a filtered copy (content/legi-index.json, written by `npm run veille:index`): only the rows
 * of the checked codes whose version differs from the package's own index, so it stays small and
 * still covers an article a page starts citing later. Pure: the file is read by legal-watch-fs.ts.
 */
import type { CodeIndex } from './legi-index.ts';

/** Where the copy lives, relative to the content folder. */
export const NEWER_INDEX_FILE = 'legi-index.json';

/** One row of SocialGouv's data/articles/index.json. */
export interface IndexRow { articleCid: string; articleId: string; codeId: string }

export interface NewerIndex {
  /** What the file is, for someone who opens it. */
  about: string;
  /** Day of the LEGI update the index comes from (ISO): changes are at the latest of that day. */
  date: string;
  /** Where the index was taken from. */
  source: { repository: string; commit: string; file: string; url: string };
  /** The package whose own index the rows were compared with, and the day its data goes up to. */
  base: { package: string; version: string; date: string };
  /** LEGITEXT id → cid → version in force in the newer index; null: no version in force any more. */
  changed: Record<string, Record<string, string | null>>;
  /** New version id → the LEGI update (ISO day) in which it first appeared, when someone knows it. */
  firstSeen: Record<string, string>;
}

/**
 * The rows of `codeIds` whose version in force differs between the base index (the package's) and
 * the newer one, and the cids that have no row any more (repealed, or renumbered under a new cid).
 */
export function diffIndexes(newer: IndexRow[], base: IndexRow[], codeIds: readonly string[]): NewerIndex['changed'] {
  const wanted = new Set(codeIds);
  const seen = new Map(newer.filter((r) => wanted.has(r.codeId)).map((r) => [r.articleCid, r]));
  const changed: NewerIndex['changed'] = Object.fromEntries(codeIds.map((c) => [c, {}]));
  for (const old of base) {
    if (!wanted.has(old.codeId)) continue;
    const now = seen.get(old.articleCid);
    if (!now) changed[old.codeId]![old.articleCid] = null;
    else if (now.articleId !== old.articleId) changed[now.codeId]![old.articleCid] = now.articleId;
  }
  for (const rows of Object.values(changed)) {
    const sorted = Object.entries(rows).sort(([a], [b]) => a.localeCompare(b));
    for (const k of Object.keys(rows)) delete rows[k];
    for (const [k, v] of sorted) rows[k] = v;
  }
  return changed;
}

/** Checks the shape of a copy read from disk; throws a message naming `file` and the field. */
export function parseNewerIndex(raw: unknown, file: string): NewerIndex {
  const o = raw as Partial<NewerIndex> | null;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const fail = (field: string, what: string) => { throw new Error(`${file}: ${field}: ${what} (rewrite it with npm run veille:index)`); };
  if (!o || typeof o !== 'object') return fail('(root)', 'not a JSON object');
  if (typeof o.date !== 'string' || !iso.test(o.date)) fail('date', 'expected an ISO day');
  if (!o.base || typeof o.base.version !== 'string' || !iso.test(o.base.date ?? '')) fail('base', 'expected { package, version, date }');
  if (!o.source || typeof o.source.commit !== 'string') fail('source', 'expected { repository, commit, file, url }');
  if (!o.changed || typeof o.changed !== 'object') fail('changed', 'expected an object of codes');
  for (const [code, rows] of Object.entries(o.changed!)) {
    for (const [cid, id] of Object.entries(rows)) {
      if (!/^LEGIARTI\d{12}$/.test(cid) || (id !== null && !/^LEGIARTI\d{12}$/.test(id))) fail(`changed.${code}.${cid}`, 'expected LEGIARTI ids');
    }
  }
  for (const [id, day] of Object.entries(o.firstSeen ?? {})) {
    if (!iso.test(day)) fail(`firstSeen.${id}`, 'expected an ISO day');
  }
  return { ...(o as NewerIndex), firstSeen: o.firstSeen ?? {} };
}

export interface NewerChange {
  /** The version in force in the newer index; null when the article has none any more. */
  version: string | null;
  /** The LEGI update in which it first appeared, when known (ISO). */
  firstSeen?: string;
}

/**
 * What the newer index says of article `num` beyond the npm data: undefined when it shows nothing
 * new (same version, or a version the package already lists, e.g. one it had scheduled).
 */
export function newerChange(index: CodeIndex, num: string, newer: NewerIndex): NewerChange | undefined {
  const cid = index.cids?.[num];
  if (!cid) return undefined;
  const rows = newer.changed[index.legiText];
  if (!rows || !(cid in rows)) return undefined;
  const version = rows[cid]!;
  if (version && (index.articles[num] ?? []).some(([id]) => id === version)) return undefined;
  const seen = version ? newer.firstSeen[version] : undefined;
  return seen ? { version, firstSeen: seen } : { version };
}

/** The index's source as veille-connue.yaml entries word it (French, shown under « Source »). */
export const newerSource = (n: NewerIndex): string =>
  `Index des articles de ${n.source.repository} (${n.source.file}), commit ${n.source.commit}, mise à jour LEGI du ${n.date}`;

/** Whole days from ISO day `from` to ISO day `to`. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface BuildOptions {
  newerRows: IndexRow[];
  baseRows: IndexRow[];
  /** LEGITEXT ids of the codes the legal watch checks. */
  codeIds: readonly string[];
  date: string;
  source: NewerIndex['source'];
  base: NewerIndex['base'];
  /** The copy being replaced: its first-seen days are kept for the versions still listed. */
  previous?: NewerIndex | undefined;
}

/** The filtered copy `npm run veille:index` writes. */
export function buildNewerIndex(o: BuildOptions): NewerIndex {
  if (!Array.isArray(o.newerRows) || !o.newerRows.every((r) => r && typeof r.articleCid === 'string' && typeof r.articleId === 'string' && typeof r.codeId === 'string')) {
    throw new Error('the newer index is not a list of { articleCid, articleId, codeId } rows (data/articles/index.json of SocialGouv/legi-data)');
  }
  const changed = diffIndexes(o.newerRows, o.baseRows, o.codeIds);
  const listed = new Set(Object.values(changed).flatMap((rows) => Object.values(rows)));
  const firstSeen = Object.fromEntries(Object.entries(o.previous?.firstSeen ?? {}).filter(([id]) => listed.has(id)).sort());
  return {
    about: 'Filtered copy of SocialGouv/legi-data data/articles/index.json: for the codes the legal watch checks, the articles whose version in force differs from the npm package\'s own index (null: no version in force any more). firstSeen: the LEGI update a new version first appeared in, when known (kept across refreshes). Written by npm run veille:index.',
    date: o.date,
    source: o.source,
    base: o.base,
    changed,
    firstSeen,
  };
}
