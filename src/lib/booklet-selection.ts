/**
 * Which pages a printed booklet holds, as an editorial choice written in `content/livrets/<id>.yaml`
 * (one file per booklet: the full guide, « L'essentiel »…). A part either lists its pages
 * (`pages: [fiches/contrainte, …]`) or, without `pages`, takes every page whose front matter has
 * `livret: { partie }` set to it, in `ordre` (an empty part is left out). Every listed page must exist: the build names the file
 * and the missing page. Pure: the collections are handed in.
 */
import { z } from 'astro/zod';
import { BOOKLET_PART_IDS, BOOKLET_PARTS, type BookletPartId } from './themes.ts';
import { DEADLINE_RULES } from './deadline-rules.ts';
import {
  bookletParts, itemAnchor, partAnchor, sitePath,
  type BookletEntry, type BookletKind, type BookletPart,
} from './booklet.ts';
import { CONTENT_KINDS, FULL_GUIDE_FILES, ROUTED_KINDS } from './pages.ts';

const RULE_IDS = DEADLINE_RULES.map((r) => r.id) as [string, ...string[]];
const PAGE_REF = /^(articles|fiches|lettres)\/[a-z0-9][a-z0-9-]*$/;

export const bookletSelectionSchema = z.object({
  /** Title on the cover and the web page, e.g. "L'essentiel". */
  titre: z.string().min(1),
  /** One line under the title. */
  sousTitre: z.string().min(1),
  /** Web address of the booklet's page, under /livret/ ("" for /livret/ itself). */
  chemin: z.string().regex(/^([a-z0-9-]+\/)?$/, 'chemin is "" or one lower-case segment followed by "/"'),
  /** Name of its PDF files: <fichier>-a5.pdf and <fichier>-a4-imprime.pdf. */
  fichier: z.string().regex(/^[a-z0-9-]+$/),
  /** The build fails when the A5 booklet, notes pages included, has more pages than this. */
  pagesMax: z.number().int().positive().optional(),
  /** Short pages: no list of sources under each page (its QR code and address lead to them). */
  court: z.boolean().default(false),
  /** Rules printed on the "compter un délai" page, in this order (none: no such page). */
  delais: z.array(z.enum(RULE_IDS)).default([]),
  /** The part after which that page comes (absent: after the last part). */
  delaisApres: z.enum(BOOKLET_PART_IDS).optional(),
  /** Glossary ids printed, in A–Z order whatever the order here (absent: the whole glossary). */
  glossaire: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** Contacts printed (absent: every contact). */
  contacts: z.array(z.string()).optional(),
  parties: z.array(z.object({
    /** A booklet part id (src/lib/themes.ts): gives the title and, without `pages`, the pages. */
    partie: z.enum(BOOKLET_PART_IDS),
    /** Replaces the part's usual title. */
    titre: z.string().optional(),
    /** Pages in print order, written "fiches/contrainte", "lettres/mediation-sanction"… */
    pages: z.array(z.string().regex(PAGE_REF, 'a page is written "articles/<id>", "fiches/<id>" or "lettres/<id>"')).min(1).optional(),
  })).min(1),
}).refine((s) => new Set(s.parties.map((p) => p.partie)).size === s.parties.length, { message: 'a part may appear only once in "parties"' });

export type BookletSelection = z.infer<typeof bookletSelectionSchema>;

const KIND_BY_FOLDER = Object.fromEntries(ROUTED_KINDS.map((k) => [CONTENT_KINDS[k].folder, k])) as Record<string, BookletKind>;

/**
 * The booklet's parts for a selection. `file` names the selection in errors. Drafts count as
 * missing: a booklet never prints a page the site does not publish.
 */
export function selectionParts<T extends BookletEntry>(
  selection: BookletSelection, sources: Partial<Record<BookletKind, T[]>>, file: string,
): BookletPart<T>[] {
  const byFrontMatter = bookletParts(sources);
  const seen = new Map<string, string>();
  return selection.parties.map(({ partie, titre, pages }) => {
    const base = BOOKLET_PARTS.find((p) => p.id === partie)!;
    const title = titre ?? base.titre;
    if (!pages) {
      // No page in that part (a small site, a fixture): the part is left out, as bookletParts does.
      const items = byFrontMatter.find((p) => p.id === partie)?.items ?? [];
      return { id: partie, titre: title, anchor: partAnchor(partie), items };
    }
    const items = pages.map((ref) => {
      const [folder, id] = ref.split('/') as [string, string];
      const kind = KIND_BY_FOLDER[folder]!;
      const entry = (sources[kind] ?? []).find((e) => e.id === id && !e.data.brouillon);
      if (!entry) throw new Error(`${file}: part "${partie}" lists "${ref}", but content/${ref}.md does not exist (or is a draft).`);
      const twice = seen.get(ref);
      if (twice) throw new Error(`${file}: "${ref}" is listed twice (parts "${twice}" and "${partie}").`);
      seen.set(ref, partie);
      return { kind, entry, anchor: itemAnchor(kind, id), path: sitePath(kind, id) };
    });
    return { id: partie as BookletPartId, titre: title, anchor: partAnchor(partie), items };
  }).filter((p) => p.items.length > 0);
}

/** Checks that every glossary and contact id a selection names exists. */
export function checkSelectionIds(selection: BookletSelection, file: string, glossaryIds: Iterable<string>, contactIds: Iterable<string>): void {
  const known = new Set(glossaryIds);
  const missing = (selection.glossaire ?? []).filter((id) => !known.has(id));
  if (missing.length) throw new Error(`${file}: glossaire lists ${missing.map((m) => `"${m}"`).join(', ')}, not in content/glossaire.yaml.`);
  const contacts = new Set(contactIds);
  const noContact = (selection.contacts ?? []).filter((id) => !contacts.has(id));
  if (noContact.length) throw new Error(`${file}: contacts lists ${noContact.map((m) => `"${m}"`).join(', ')}, not in content/contacts.yaml.`);
}

/** The full guide when content/livrets/ has no file for /livret/: every part, fiches first. */
export const DEFAULT_GUIDE: BookletSelection = bookletSelectionSchema.parse({
  titre: 'Le guide complet',
  sousTitre: 'Vos droits face aux contrôles de France Travail et de la CAF',
  ...FULL_GUIDE_FILES,
  parties: ['fiches', ...BOOKLET_PART_IDS.filter((p) => p !== 'fiches')].map((partie) => ({ partie })),
});
