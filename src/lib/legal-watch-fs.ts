/**
 * Runs the legal watch on real files: loads the known changes (content/veille-connue.yaml) and,
 * once per process, the index of each cited code. Used by the page routes (through route-data.ts)
 * and by `npm run veille` (pages listed by content-fs.ts, as the build renders them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkedData, contentDir, describeIssues as describe, renderedPages } from './content-fs.ts';
import type { RoutedKind } from './pages.ts';
import { isoDate } from './dates.ts';
import { LEGAL_CODES, legalCode, type LegalCodeId } from './legal-codes.ts';
import { cacheDir, legiSource, loadCodeIndex, readDataDate, type DataDate, type LegiSource } from './legi-data-fs.ts';
import type { CodeIndex } from './legi-index.ts';
import { NEWER_INDEX_FILE, parseNewerIndex, type NewerIndex } from './legi-newer.ts';
import {
  KNOWN_CHANGES_FILE, articleName, checkPage, failures, refMessage, staleLinks, tally,
  type PageCheck, type StaleLink, type WatchData, type WatchedPage,
} from './legal-watch.ts';
import { pageBase, veilleConnueSchema, type ChangementConnu } from './schema.ts';

/** content/veille-connue.yaml, validated; an absent file means no known change. */
export function readKnownChanges(dir = contentDir()): ChangementConnu[] {
  const file = join(dir, KNOWN_CHANGES_FILE);
  if (!existsSync(file)) return [];
  const parsed = veilleConnueSchema.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success) throw new Error(`content/${KNOWN_CHANGES_FILE} is invalid:\n${describe(parsed.error.issues)}`);
  return parsed.data;
}

/** content/legi-index.json, checked; undefined when the project has none (test fixtures). */
export function readNewerIndex(dir = contentDir()): NewerIndex | undefined {
  const file = join(dir, NEWER_INDEX_FILE);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`content/${NEWER_INDEX_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  return parseNewerIndex(raw, `content/${NEWER_INDEX_FILE}`);
}

export interface IndexLoad { code: LegalCodeId; cached: boolean; ms: number; articles: number }

/** The data, the known changes and the code indexes of one process. */
export class LegalWatch {
  readonly source: LegiSource;
  readonly dataDate: DataDate;
  readonly known: ChangementConnu[];
  readonly newer: NewerIndex | undefined;
  readonly at: string;
  readonly loads: IndexLoad[] = [];
  /** Time spent by the watch in this process, in ms (what it adds to a build). */
  ms = 0;
  private readonly indexes: Partial<Record<LegalCodeId, CodeIndex>> = {};

  constructor(options: { contentDir?: string; today?: Date } = {}) {
    const started = performance.now();
    this.source = legiSource();
    this.dataDate = readDataDate(this.source);
    this.known = readKnownChanges(options.contentDir);
    this.newer = readNewerIndex(options.contentDir);
    this.at = isoDate(options.today ?? new Date());
    this.ms += performance.now() - started;
  }

  /** Checks pages, loading the index of each cited code the first time it is needed. */
  check(pages: WatchedPage[]): PageCheck[] {
    const started = performance.now();
    const cited = new Set(pages.flatMap((p) => p.textes.map((t) => t.code)));
    for (const code of cited) {
      const legiText = legalCode(code).legiText;
      if (!legiText || this.indexes[code]) continue;
      const loaded = loadCodeIndex(this.source, legiText, cacheDir());
      this.indexes[code] = loaded.index;
      this.loads.push({ code, cached: loaded.cached, ms: loaded.ms, articles: Object.keys(loaded.index.articles).length });
    }
    const data: WatchData = { at: this.at, dataDate: this.dataDate.date, indexes: this.indexes, known: this.known, newer: this.newer };
    const checked = pages.map((p) => checkPage(p, data));
    this.ms += performance.now() - started;
    return checked;
  }

  /** Links in a page's text to superseded versions, against the indexes already loaded by check(). */
  staleLinks(text: string): StaleLink[] {
    return staleLinks(text, { at: this.at, dataDate: this.dataDate.date, indexes: this.indexes, known: this.known, newer: this.newer });
  }

  /** "@socialgouv/legi-data 2.513.0 (data of 2026-03-27)". */
  describeData(): string {
    return `@socialgouv/legi-data ${this.source.version} (data of ${this.dataDate.date})`;
  }
}

let shared: LegalWatch | undefined;

/** The watch of this process, created on first use: every route of a build shares it. */
export function legalWatch(): LegalWatch {
  return (shared ??= new LegalWatch());
}

/** What an Astro collection entry gives us. */
interface EntryLike { id: string; filePath?: string | undefined; body?: string | undefined; data: { verifie: Date; textes: WatchedPage['textes']; sources?: { url: string }[] } }

/** content/articles/x.md, whatever CONTENT_DIR is. */
export function contentPath(collection: string, entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) return `content/${collection}/${entry.id}`;
  return `content/${relative(resolve(contentDir()), resolve(entry.filePath))}`;
}

/**
 * The build's check of one collection: throws, naming every failing page and article, when a cited
 * article is not in force; prints the pages to recheck; returns each entry's result by id.
 */
export function checkEntries(collection: string, entries: EntryLike[]): Map<string, PageCheck> {
  const watch = legalWatch();
  const started = performance.now();
  const pages = watch.check(entries.map((e) => ({ file: contentPath(collection, e), verifie: e.data.verifie, textes: e.data.textes })));
  const error = failures(pages);
  if (error) throw error;
  for (const p of pages) {
    for (const r of p.refs) if (r.verdict === 'recheck' || r.knownObsolete) console.warn(`[legal watch] ${refMessage(p, r)}`);
  }
  for (const [i, e] of entries.entries()) {
    for (const l of watch.staleLinks([e.body ?? '', ...(e.data.sources ?? []).map((x) => x.url)].join('\n'))) {
      console.warn(`[legal watch] ${pages[i]!.file}: links ${l.id}, a superseded version of ${articleName(l.code, l.article)}; link ${l.current} or the article without a version id`);
    }
  }
  const t = tally(pages);
  const loads = watch.loads.map((l) => `${l.code} ${l.cached ? 'from cache' : 'parsed'} ${l.ms} ms`).join(', ');
  console.log(
    `[legal watch] ${collection}: ${t.ok + t.recheck + t.unchecked} references in ${pages.length} pages checked against ${watch.describeData()}: ` +
      `${t.ok} in force, ${t.recheck} to recheck, ${t.unchecked} not checked automatically (${Math.round(performance.now() - started)} ms; total ${Math.round(watch.ms)} ms; ${loads || 'no code index needed'})`,
  );
  return new Map(entries.map((e, i) => [e.id, pages[i]!]));
}

/** What /a-propos/ and the "Textes cités" box say about the data. */
export function legalDataInfo() {
  const watch = legalWatch();
  return {
    version: watch.source.version,
    dataDate: new Date(`${watch.dataDate.date}T00:00:00Z`),
    checked: LEGAL_CODES.filter((c) => 'legiText' in c),
    unchecked: LEGAL_CODES.filter((c) => !('legiText' in c)),
    known: watch.known,
    /** Day of the newer article index (content/legi-index.json), when there is one. */
    indexDate: watch.newer ? new Date(`${watch.newer.date}T00:00:00Z`) : undefined,
  };
}

export interface ContentPage extends WatchedPage { kind: RoutedKind; id: string; url: string }

const watchedFields = pageBase.pick({ verifie: true, textes: true });

/**
 * The `verifie` and `textes` of every article, fiche and letter the build renders from a content
 * folder (drafts and `_*` files left out, as the build leaves them out), for `npm run veille`.
 */
export function readContentPages(dir = contentDir()): ContentPage[] {
  return renderedPages({ dir }).map((f) => {
    const { verifie, textes } = checkedData(f, watchedFields);
    return { file: f.file, kind: f.kind, id: f.id, url: f.url, verifie, textes };
  });
}
