/**
 * « Qu'avez-vous reçu ? »: the decision tree of content/recu.yaml, as data. A question node lists
 * choices, each leading to another node; a leaf names the page that answers (a fiche, a letter or an
 * article). The nodes are a flat list, so that two choices may lead to the same answer; this file
 * checks what a flat list allows to go wrong (dead ends, cycles, unknown targets, unreachable nodes,
 * fiches nobody can reach, answers too many taps away), without reading the disk: `recu-fs.ts` reads.
 */
import { z } from 'astro/zod';
import { pageUrl, STATIC_PAGES } from './pages.ts';

/** The source file, named in every error. */
export const RECU_FILE = 'content/recu.yaml';

/**
 * Taps from the home page to a leaf page: the home page shows the first question's choices
 * (tap 1), then one question (tap 2) leads to the answer page, whose link to the fiche is tap 3.
 */
export const MAX_CHOICES_TO_LEAF = 2;

const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Identifiant : minuscules, chiffres et tirets.' });
const pageId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Identifiant de page : minuscules, chiffres et tirets.' });

export const choixSchema = z.object({
  /** What the reader taps, in their words: « France Travail », « Une sanction annoncée ». */
  libelle: z.string().min(3),
  /** Id of the node it leads to. */
  vers: nodeId,
});

/** The page a leaf sends the reader to: exactly one of fiche, lettre, article. */
const cibleSchema = z.object({
  /** A fiche of content/fiches/. */
  fiche: pageId.optional(),
  /** A letter of content/lettres/. */
  lettre: pageId.optional(),
  /** An article of content/articles/. */
  article: pageId.optional(),
});

export const noeudSchema = cibleSchema
  .extend({
    /** Unique id; also the address of the step: /recu/<id>/. */
    id: nodeId,
    /** A question node: the question asked… */
    question: z.string().min(5).optional(),
    /** …a sentence under it, when the choices need one. */
    aide: z.string().min(5).optional(),
    /** …and its choices, at least one. */
    choix: z.array(choixSchema).optional(),
  })
  .refine((n) => [n.fiche, n.lettre, n.article].filter(Boolean).length + (n.question ? 1 : 0) === 1, {
    message: 'Un nœud est soit une question (question + choix), soit une réponse (fiche, lettre ou article) : un seul des deux.',
  })
  .refine((n) => !n.question || (n.choix?.length ?? 0) > 0, {
    message: 'Une question sans choix est une impasse : ajoutez au moins un choix.',
    path: ['choix'],
  })
  .refine((n) => n.question || !n.choix, { message: 'Une réponse ne propose pas de choix.', path: ['choix'] });

export const recuSchema = z.object({
  /** Id of the first question, shown on the home page and at /recu/. */
  depart: nodeId,
  /** Every node, questions and answers. */
  noeuds: z.array(noeudSchema).min(2),
});

export type Recu = z.infer<typeof recuSchema>;
export type Noeud = z.infer<typeof noeudSchema>;
export type TargetKind = 'fiche' | 'lettre' | 'article';

/** The page a leaf points to, or null for a question. */
export function target(n: Noeud): { kind: TargetKind; id: string } | null {
  if (n.fiche) return { kind: 'fiche', id: n.fiche };
  if (n.lettre) return { kind: 'lettre', id: n.lettre };
  if (n.article) return { kind: 'article', id: n.article };
  return null;
}

/** Published page ids by kind, to resolve leaves against. */
export type KnownPages = Record<TargetKind, ReadonlySet<string>>;

/** Parse the YAML's data; a schema error names the file and the node. */
export function parseRecu(data: unknown, file = RECU_FILE): Recu {
  const result = recuSchema.safeParse(data);
  if (result.success) return result.data;
  const raw = data as { noeuds?: { id?: unknown }[] } | null;
  const lines = result.error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const id = first === 'noeuds' && typeof index === 'number' ? raw?.noeuds?.[index]?.id : undefined;
    const where = id ? `node "${String(id)}"` : issue.path.join('.') || 'root';
    return `${where}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
  });
  throw new Error(`${file}: invalid decision tree\n  ${lines.join('\n  ')}`);
}

/**
 * Every problem of the tree, each naming the node; an empty list when the tree is sound.
 * `fiches` are the fiches that must be reachable (the published ones).
 */
export function checkRecu(tree: Recu, known: KnownPages): string[] {
  const errors: string[] = [];
  const byId = new Map<string, Noeud>();
  for (const n of tree.noeuds) {
    if (byId.has(n.id)) errors.push(`node "${n.id}": id used twice`);
    else byId.set(n.id, n);
  }
  if (!byId.has(tree.depart)) errors.push(`depart: node "${tree.depart}" does not exist`);

  for (const n of tree.noeuds) {
    const t = target(n);
    if (t && !known[t.kind].has(t.id)) errors.push(`node "${n.id}": ${t.kind} "${t.id}" does not exist`);
    const seen = new Set<string>();
    for (const c of n.choix ?? []) {
      if (!byId.has(c.vers)) errors.push(`node "${n.id}": choice « ${c.libelle} » leads to unknown node "${c.vers}"`);
      if (seen.has(c.vers)) errors.push(`node "${n.id}": two choices lead to "${c.vers}"`);
      seen.add(c.vers);
    }
  }

  // Depth-first from the start: a node met again on the current path is a cycle.
  const depth = new Map<string, number>();
  const onPath: string[] = [];
  const visit = (id: string, d: number) => {
    const n = byId.get(id);
    if (!n) return;
    if (onPath.includes(id)) {
      errors.push(`node "${id}": cycle ${[...onPath.slice(onPath.indexOf(id)), id].join(' → ')}`);
      return;
    }
    if ((depth.get(id) ?? Infinity) <= d) return;
    depth.set(id, d);
    onPath.push(id);
    for (const c of n.choix ?? []) visit(c.vers, d + 1);
    onPath.pop();
  };
  if (byId.has(tree.depart)) visit(tree.depart, 0);

  for (const n of tree.noeuds) {
    const d = depth.get(n.id);
    if (d === undefined) errors.push(`node "${n.id}": unreachable from "${tree.depart}"`);
    else if (target(n) && d > MAX_CHOICES_TO_LEAF) {
      errors.push(`node "${n.id}": ${d} choices from the start, at most ${MAX_CHOICES_TO_LEAF} (3 taps from the home page)`);
    }
  }

  const reached = new Set(tree.noeuds.filter((n) => depth.has(n.id) && n.fiche).map((n) => n.fiche!));
  for (const fiche of known.fiche) {
    if (!reached.has(fiche)) errors.push(`fiche "${fiche}": no answer of the tree leads to it`);
  }
  return errors;
}

/** Parse and check, or throw one error listing every problem with the file's name. */
export function loadRecu(data: unknown, known: KnownPages, file = RECU_FILE): Recu {
  const tree = parseRecu(data, file);
  const errors = checkRecu(tree, known);
  if (errors.length) throw new Error(`${file}: broken decision tree\n  ${errors.join('\n  ')}`);
  return tree;
}

/** A node by id (the tree has been checked). */
export function nodeById(tree: Recu, id: string): Noeud {
  const n = tree.noeuds.find((x) => x.id === id);
  if (!n) throw new Error(`${RECU_FILE}: no node "${id}"`);
  return n;
}

/** The path of choices from the start to each node, for the breadcrumb of a step. */
export function parents(tree: Recu): Map<string, Noeud> {
  const out = new Map<string, Noeud>();
  const queue = [tree.depart];
  while (queue.length) {
    const n = nodeById(tree, queue.shift()!);
    for (const c of n.choix ?? []) {
      if (!out.has(c.vers) && c.vers !== tree.depart) {
        out.set(c.vers, n);
        queue.push(c.vers);
      }
    }
  }
  return out;
}

/** Address of a step: the first question lives at /recu/ itself. */
export function stepUrl(tree: Recu, id: string): string {
  return id === tree.depart ? STATIC_PAGES.recu : pageUrl('recu', id);
}
