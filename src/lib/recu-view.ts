/**
 * What each step of « Qu'avez-vous reçu ? » shows, worked out from the checked tree and the pages'
 * front matter: a question with its choices, or the answer with the page's deadline (read from its
 * deadline rule when it has one, never retyped) and the letters to use.
 */
import { deadlineRule } from './deadline-rules.ts';
import { pageUrl } from './pages.ts';
import { parents, stepUrl, target, type Recu, type TargetKind } from './recu.ts';

/** The front matter fields a step reads, for any kind of page. */
export interface PageData {
  titre: string;
  resume: string;
  /** A fiche's deadline in words (fiches only). */
  delai?: string | undefined;
  regle?: string | undefined;
  lettres?: string[] | undefined;
}
export type PagesByKind = Record<TargetKind, ReadonlyMap<string, PageData>>;

export interface Link { href: string; label: string }

export interface Answer {
  kind: TargetKind;
  href: string;
  titre: string;
  resume: string;
  /** The deadline in words and its source, when the page has one. */
  delai: { texte: string; source?: Link | undefined } | null;
  lettres: Link[];
}

export interface StepView {
  id: string;
  href: string;
  /** The question, or null on an answer. */
  question: string | null;
  aide: string | null;
  choix: Link[];
  answer: Answer | null;
  /** Previous question, for the « back » link; null on the first one. */
  back: Link | null;
}

function answerOf(kind: TargetKind, id: string, pages: PagesByKind): Answer {
  const data = pages[kind].get(id);
  if (!data) throw new Error(`recu: ${kind} "${id}" is not published`);
  const rule = data.regle ? deadlineRule(data.regle) : null;
  const delai = rule
    ? { texte: rule.enMots, source: { href: rule.source.url, label: rule.source.titre } }
    : data.delai ? { texte: data.delai } : null;
  const lettres = (data.lettres ?? []).map((l) => {
    const letter = pages.lettre.get(l);
    if (!letter) throw new Error(`recu: letter "${l}" of ${kind} "${id}" is not published`);
    return { href: pageUrl('lettre', l), label: letter.titre };
  });
  return { kind, href: pageUrl(kind, id), titre: data.titre, resume: data.resume, delai, lettres };
}

/** Every step of the tree, ready to render. */
export function recuSteps(tree: Recu, pages: PagesByKind): StepView[] {
  const up = parents(tree);
  return tree.noeuds.map((n) => {
    const t = target(n);
    const parent = up.get(n.id);
    return {
      id: n.id,
      href: stepUrl(tree, n.id),
      question: n.question ?? null,
      aide: n.aide ?? null,
      choix: (n.choix ?? []).map((c) => ({ href: stepUrl(tree, c.vers), label: c.libelle })),
      answer: t ? answerOf(t.kind, t.id, pages) : null,
      back: parent ? { href: stepUrl(tree, parent.id), label: parent.question ?? parent.id } : null,
    };
  });
}

