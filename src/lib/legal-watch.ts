/**
 * The legal watch: each article a page cites (`textes`) is looked up in the official consolidated
 * codes. A repealed or unknown article fails the build; one whose version in force came into force
 * after the page's "vérifié le" date puts the page in "à revérifier". Pure: the data is loaded by
 * legal-watch-fs.ts.
 */
import { formatDate, isoDate } from './dates.ts';
import { legalCode, legifranceArticleUrl, ofCode, type LegalCodeId } from './legal-codes.ts';
import { lookupArticle, type CodeIndex, type Lookup } from './legi-index.ts';
import { NEWER_INDEX_FILE, newerChange, newerSource, type NewerIndex } from './legi-newer.ts';
import type { ChangementConnu, Texte } from './schema.ts';
import { LEGAL_UI } from './ui.ts';

/** Where known changes are listed, relative to the content folder. */
export const KNOWN_CHANGES_FILE = 'veille-connue.yaml';

export interface WatchData {
  /** The day of the check (the build), ISO date: "in force" means in force on that day. */
  at: string;
  /** The day the official data goes up to, ISO date. */
  dataDate: string;
  /** Index of each cited code that the data covers. */
  indexes: Partial<Record<LegalCodeId, CodeIndex>>;
  /** Changes found by hand after the data's date (content/veille-connue.yaml). */
  known: ChangementConnu[];
  /** A newer article index than the data (content/legi-index.json), when the project has one. */
  newer?: NewerIndex | undefined;
}

export type Verdict = 'ok' | 'recheck' | 'fail' | 'unchecked';

export interface RefCheck {
  code: LegalCodeId;
  article: string;
  verdict: Verdict;
  /** What the official data says; `non-verifie` for a code the data does not cover. */
  status: Lookup['status'] | 'non-verifie';
  /** Légifrance page of the version in force, or of the code when no article can be checked. */
  url: string;
  /** LEGIARTI id of the version in force. */
  id?: string;
  /** Day the version in force came into force (ISO). */
  since?: string;
  /** A change the data already schedules. */
  next?: { date: string; kind: 'modification' | 'abrogation' };
  /** A change from content/veille-connue.yaml, applied on top of the data. */
  known?: {
    changement: 'modifie' | 'abroge';
    /** The day the change was seen, at the latest (ISO). */
    date: string;
    /** When the day is not known: the change came after this day (ISO) and by `date`. */
    after?: string;
    version?: string;
    source: string;
    /** Where the watch learnt it: a hand-written entry, or the newer article index. */
    origin: 'veille-connue' | 'index';
  };
  /** True when the entry of veille-connue.yaml for this article is now in the data and can go. */
  knownObsolete?: boolean;
  /** True when the newer index shows the same change as a hand-written entry that adds nothing (wording not read): the entry can go. */
  knownRedundant?: boolean;
  /** For the build log and `npm run veille` (English): what is wrong or worth knowing. */
  note?: string;
  /** Shown on the page (French): why it must be rechecked. */
  reason?: string;
}

/** "article R5412-8 du code du travail". */
export function articleName(code: LegalCodeId, article: string): string {
  return `article ${article} ${ofCode(legalCode(code))}`;
}

const fdate = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** When a known change was seen, in French: « le 30 juin 2026 » or « entre le 27 mars 2026 et le 20 août 2026 ». */
export function knownSeen(known: { date: string; after?: string | undefined }): string {
  return known.after ? LEGAL_UI.seenBetween(fdate(known.after), fdate(known.date)) : LEGAL_UI.seenOn(fdate(known.date));
}

/** Checks one reference of a page verified on `verifie` (ISO date). */
export function checkTexte(t: Texte, verifie: string, w: WatchData): RefCheck {
  const code = legalCode(t.code);
  const base = { code: t.code, article: t.article };
  if (!code.legiText) {
    return { ...base, verdict: 'unchecked', status: 'non-verifie', url: code.url, note: 'code not in @socialgouv/legi-data' };
  }
  const index = w.indexes[t.code];
  if (!index) throw new Error(`legal watch: the index of code ${t.code} was not loaded`);
  const name = articleName(t.code, t.article);
  const l = lookupArticle(index, t.article, w.at);

  if (l.status === 'absent') {
    const hint = l.suggestion ? `; did you mean ${l.suggestion}?` : '';
    return {
      ...base, verdict: 'fail', status: 'absent', url: code.url,
      note: `is not in force in the official data of ${w.dataDate} (repealed or wrong number${hint})`,
    };
  }
  if (l.status === 'abroge') {
    return {
      ...base, verdict: 'fail', status: 'abroge', url: legifranceArticleUrl(l.id),
      note: `is repealed since ${l.until} according to the official data of ${w.dataDate}`,
    };
  }
  if (l.status === 'futur') {
    return {
      ...base, verdict: 'recheck', status: 'futur', id: l.id, url: legifranceArticleUrl(l.id), since: l.from,
      note: `only comes into force on ${l.from}`, reason: LEGAL_UI.reasonFuture(name, fdate(l.from)),
    };
  }

  const found: RefCheck = { ...base, verdict: 'ok', status: 'en-vigueur', id: l.id, since: l.since, url: legifranceArticleUrl(l.id) };
  if (l.next) found.next = l.next;
  const hand = w.known.find((c) => c.code === t.code && c.article === t.article);
  const auto = w.newer && newerChange(index, t.article, w.newer);
  const k = hand ? { ...hand, origin: 'veille-connue' as const } : auto && w.newer ? fromIndex(t, auto, w.newer, w.dataDate) : undefined;
  const kDate = k && isoDate(k.date);
  // The data has caught up when it holds the new version, or any version from that day on.
  if (hand && kDate && (hand.version === l.id || l.since >= kDate)) {
    const changed = changedAfter(found, verifie, name);
    const obsolete = `${KNOWN_CHANGES_FILE}: the official data now holds this change; remove its entry`;
    return { ...found, ...changed, knownObsolete: true, note: changed.note ? `${changed.note}; ${obsolete}` : obsolete };
  }
  if (k && kDate) {
    const known: NonNullable<RefCheck['known']> = { changement: k.changement, date: kDate, source: k.source, origin: k.origin };
    if (k.version) known.version = k.version;
    if ('after' in k && k.after) known.after = k.after;
    // The hand entry wins; say when the index makes it redundant (same change, wording still unread).
    const extra: Partial<RefCheck> = {};
    const notes: string[] = [];
    if (hand && auto) {
      if (auto.version === (hand.version ?? auto.version) && !hand.texteLu && hand.changement === 'modifie') {
        extra.knownRedundant = true;
        notes.push(`${NEWER_INDEX_FILE} shows the same change: its ${KNOWN_CHANGES_FILE} entry can go`);
      } else if (auto.version !== hand.version) {
        notes.push(`${NEWER_INDEX_FILE} shows version ${auto.version ?? 'none in force'}, not ${hand.version ?? 'the one'} of ${KNOWN_CHANGES_FILE}`);
      }
    }
    const from = k.origin === 'index' ? `${NEWER_INDEX_FILE} of ${w.newer!.date}` : KNOWN_CHANGES_FILE;
    const when = known.after ? `between ${known.after} and ${kDate}` : `on ${kDate}`;
    const withNotes = (note: string) => [note, ...notes].join('; ');
    if (k.changement === 'abroge') {
      return { ...found, ...extra, known, verdict: 'fail', note: withNotes(`was repealed ${known.after ? when : `on ${kDate} at the latest`}, after the official data of ${w.dataDate} (${from}${hand ? `: ${hand.source}` : ''})`) };
    }
    const url = k.version ? legifranceArticleUrl(k.version) : found.url;
    const note = `has a new version${k.version ? ` ${k.version}` : ''} seen ${when}, after the official data of ${w.dataDate} (${from})`;
    const seen = knownSeen(known);
    if (kDate > verifie) return { ...found, ...extra, known, url, verdict: 'recheck', note: withNotes(note), reason: LEGAL_UI.reasonKnownChange(name, seen) };
    // A page dated after the change is still unchecked against it while nobody has read the new wording.
    if (!k.texteLu) return { ...found, ...extra, known, url, verdict: 'recheck', note: withNotes(`${note}; new wording not read yet`), reason: LEGAL_UI.reasonKnownUnread(name, seen) };
    return { ...found, ...extra, known, url, note: withNotes(note) };
  }
  return { ...found, ...changedAfter(found, verifie, name) };
}

/**
 * A change shown by the newer index, as if it were a hand-written entry whose wording nobody has
 * read (the index carries no text). Its day: the update it first appeared in when known, else the
 * index's day, "after" the data's day.
 */
function fromIndex(t: Texte, c: NonNullable<ReturnType<typeof newerChange>>, newer: NewerIndex, dataDate: string) {
  return {
    code: t.code, article: t.article, origin: 'index' as const,
    changement: c.version ? ('modifie' as const) : ('abroge' as const),
    date: new Date(`${c.firstSeen ?? newer.date}T00:00:00Z`),
    ...(c.firstSeen ? {} : { after: dataDate }),
    ...(c.version ? { version: c.version } : {}),
    source: newerSource(newer),
    texteLu: false,
  };
}

/** "à revérifier" when the version in force came into force after the page was checked. */
function changedAfter(found: RefCheck, verifie: string, name: string): Partial<RefCheck> {
  if (!found.since || found.since <= verifie) return {};
  return {
    verdict: 'recheck',
    note: `came into force on ${found.since}, after the page was checked (${verifie})`,
    reason: LEGAL_UI.reasonChanged(name, fdate(found.since)),
  };
}

export interface WatchedPage {
  /** Path shown in messages: content/articles/x.md. */
  file: string;
  verifie: Date;
  textes: Texte[];
}

export interface PageCheck {
  file: string;
  verifie: string;
  refs: RefCheck[];
  /** Reasons for "à revérifier", shown on the page (French). */
  reasons: string[];
}

export function checkPage(page: WatchedPage, w: WatchData): PageCheck {
  const verifie = isoDate(page.verifie);
  const refs = page.textes.map((t) => checkTexte(t, verifie, w));
  const reasons = [...new Set(refs.flatMap((r) => (r.reason ? [r.reason] : [])))];
  return { file: page.file, verifie, refs, reasons };
}

/** One line per reference, as the build and `npm run veille` print it. */
export function refMessage(page: PageCheck, r: RefCheck): string {
  return `${page.file}: textes: ${articleName(r.code, r.article)} ${r.note ?? 'is in force'}`;
}

/** The error that stops the build, naming every failing page and article; undefined when all pass. */
export function failures(pages: PageCheck[]): Error | undefined {
  const lines = pages.flatMap((p) => p.refs.filter((r) => r.verdict === 'fail').map((r) => refMessage(p, r)));
  if (lines.length === 0) return undefined;
  const head = lines.length === 1 ? 'A cited article is not in force' : `${lines.length} cited articles are not in force`;
  return new Error(`${head} (legal watch; fix the page or its textes, or see README.md):\n${lines.join('\n')}`);
}

/** Counts per verdict, for summary lines. */
export function tally(pages: PageCheck[]): Record<Verdict, number> {
  const t: Record<Verdict, number> = { ok: 0, recheck: 0, fail: 0, unchecked: 0 };
  for (const p of pages) for (const r of p.refs) t[r.verdict] += 1;
  return t;
}

/** A Légifrance link in a page's text that points to a version no longer in force. */
export interface StaleLink {
  /** The LEGIARTI id in the link. */
  id: string;
  code: LegalCodeId;
  article: string;
  /** The version to link instead: the one in force, or the newer one from veille-connue.yaml or the newer index. */
  current: string;
}

const LINKED_VERSION = /legifrance\.gouv\.fr\/codes\/article_lc\/(LEGIARTI\d{12})/g;

/**
 * Finds links to superseded versions of articles of the codes the data covers. A link to a version
 * id the data does not know (another code, a text) is left alone: nothing can be said about it.
 */
export function staleLinks(text: string, w: WatchData): StaleLink[] {
  const found: StaleLink[] = [];
  const seen = new Set<string>();
  for (const [, id] of text.matchAll(LINKED_VERSION)) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    for (const [code, index] of Object.entries(w.indexes) as [LegalCodeId, CodeIndex][]) {
      const article = Object.entries(index.articles).find(([, versions]) => versions.some(([v]) => v === id))?.[0];
      if (!article) continue;
      const l = lookupArticle(index, article, w.at);
      const known = w.known.find((c) => c.code === code && c.article === article && c.changement === 'modifie' && c.version);
      // Without a hand entry, the newer index names the new version just as well.
      const newer = known ? undefined : w.newer && newerChange(index, article, w.newer)?.version;
      const inForce = l.status === 'en-vigueur' ? l.id : undefined;
      const later = known?.version ?? newer;
      const current = later && later !== inForce ? later : inForce;
      if (current && current !== id) found.push({ id, code, article, current });
      break;
    }
  }
  return found;
}
