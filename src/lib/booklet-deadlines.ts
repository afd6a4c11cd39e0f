/**
 * Deadlines as printed on paper (the booklet's "Comment compter un délai" page, the pocket card):
 * a duration and what it is for, in a few words, taken from the calculator's rules
 * (src/lib/deadline-rules.ts) so that paper and calculator cannot disagree.
 */
import { deadlineRule, type DeadlineRule } from './deadline-rules.ts';
import { durationInWords } from './deadline-text.ts';

export interface PrintedDeadline {
  id: string;
  /** "10 jours", "2 mois". */
  duree: string;
  /** "pour envoyer vos observations", starting lower case. */
  pour: string;
  /** "jour où vous avez reçu la décision". */
  depart: string;
  /** Who must act: the reader or the body written to. */
  acteur: DeadlineRule['acteur'];
  source: string;
}

/** "Dernier jour pour saisir le médiateur" → "pour saisir le médiateur"; a deadline of the body: "pour que l'organisme vous réponde". */
function purpose(rule: DeadlineRule): string {
  const m = /^Dernier jour (pour .+)$/.exec(rule.titre);
  if (m) return m[1]!;
  if (rule.acteur === 'organisme') return 'pour que l\'organisme vous réponde';
  throw new Error(`deadline rule "${rule.id}": its title "${rule.titre}" does not start with "Dernier jour pour": say on paper what it is for.`);
}

export function printedDeadline(id: string): PrintedDeadline {
  const rule = deadlineRule(id);
  return {
    id: rule.id,
    duree: durationInWords(rule.duree),
    pour: purpose(rule),
    depart: rule.depart.replace(/^le /, ''),
    acteur: rule.acteur,
    source: rule.source.titre,
  };
}
