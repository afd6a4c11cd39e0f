/**
 * The procedures a reader goes through, as ordered steps: the parcours pictures and their text are
 * built from this table. A time limit between two steps is never written here: a step names a
 * deadline rule of deadline-rules.ts (or its following date), and the picture reads the duration and
 * who must act from that rule, so the picture and the deadline calculator cannot disagree. Where no
 * rule exists yet, a step has no time limit and its text says where the law sets it.
 */
import { DEADLINE_RULES, type DeadlineRule, type DeadlineRuleId } from './deadline-rules.ts';
import type { RoutedKind } from './pages.ts';

/** A legal source, shown after the step's text. */
export interface StepSource { titre: string; url: string }

/** The time limit between a step and the next one: a rule, or the rule's following date. */
export interface StepDeadline {
  regle: DeadlineRuleId;
  /** Read the rule's `suite` (the second date) instead of its first date. */
  suite?: true;
}

export interface ParcoursStep {
  /** Short label drawn in the picture (about 40 characters at most). */
  titre: string;
  /** What happens at this step, in plain French. */
  texte: string;
  source: StepSource;
  /** Time limit before the next step, when a rule gives one. */
  delai?: StepDeadline;
}

export interface Parcours {
  id: string;
  /** Caption of the picture. */
  titre: string;
  etapes: ParcoursStep[];
  /** Pages that show this parcours, as `kind:id`. */
  pages: `${RoutedKind}:${string}`[];
}

const legi = (id: string) => `https://www.legifrance.gouv.fr/codes/article_lc/${id}`;
const RGPD = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679';

export const PARCOURS: Parcours[] = [
  {
    id: 'sanction-france-travail',
    titre: 'Une sanction de France Travail, étape par étape',
    pages: ['fiche:notification-sanction', 'fiche:decision-radiation', 'lettre:observations-sanction', 'lettre:mediation-sanction', 'article:contester-une-sanction'],
    etapes: [
      {
        titre: 'La lettre qui annonce la sanction',
        texte: 'France Travail vous écrit qu\'il envisage une sanction, et pourquoi.',
        source: { titre: 'Article R5412-7 du code du travail', url: legi('LEGIARTI000051679604') },
        delai: { regle: 'observations-sanction' },
      },
      {
        titre: 'Vos observations',
        texte: 'Vous répondez par écrit, ou vous demandez à être entendu.',
        source: { titre: 'Article R5412-7 du code du travail', url: legi('LEGIARTI000051679604') },
      },
      {
        titre: 'La décision',
        texte: 'France Travail décide. La décision dit pourquoi, et comment la contester.',
        source: { titre: 'Article R5412-7-1 du code du travail', url: legi('LEGIARTI000051679599') },
        delai: { regle: 'mediation' },
      },
      {
        titre: 'Le médiateur régional',
        texte: 'Vous écrivez au médiateur régional de France Travail. Cette médiation est obligatoire avant le tribunal.',
        source: { titre: 'Article R5312-47 du code du travail', url: legi('LEGIARTI000051679561') },
      },
      {
        // No drawn limit before this step: CJA L213-13 restarts the 2 months of R421-1 « à compter de la
        // date à laquelle » a party or the médiateur « déclarent, de façon non équivoque et par tout moyen
        // permettant d'en attester la connaissance par l'ensemble des parties, que la médiation est
        // terminée » (read on Légifrance, section LEGISCTA000044557270): whether that day is the
        // declaration's or the one the reader learns of it is not plain, so no date is computed from it.
        titre: 'Le tribunal administratif',
        // R213-13: « L'exercice d'un recours gracieux ou hiérarchique après la médiation n'interrompt pas de
        // nouveau le délai de recours » (same section, read on Légifrance).
        texte: 'Si la médiation ne règle pas le désaccord, vous pouvez saisir le tribunal administratif. Un nouveau délai de 2 mois part du jour où la fin de la médiation est déclarée. Elle peut l\'être par vous, par France Travail ou par le médiateur. Un recours gracieux envoyé après la médiation n\'arrête pas ce délai.',
        source: { titre: 'Articles R213-10 à R213-13 du code de justice administrative', url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070933/LEGISCTA000045414686' },
      },
    ],
  },
  {
    id: 'indu-france-travail',
    titre: 'Un trop-perçu d\'allocation chômage (ARE), étape par étape',
    pages: ['fiche:notification-indu', 'lettre:contester-indu-are', 'article:trop-percu-indu'],
    etapes: [
      {
        titre: 'La notification du trop-perçu',
        texte: 'France Travail vous écrit que vous avez reçu trop d\'allocation chômage, et combien.',
        source: { titre: 'Article R5426-19 du code du travail', url: legi('LEGIARTI000049816559') },
        delai: { regle: 'indu-are' },
      },
      {
        titre: 'Votre recours au directeur général',
        texte: 'Vous contestez par écrit auprès du directeur général de France Travail. Tant que vous contestez, France Travail ne peut pas se rembourser par des retenues.',
        source: { titre: 'Article L5426-8-1 du code du travail', url: legi('LEGIARTI000048600563') },
        delai: { regle: 'reponse-recours-are' },
      },
      {
        titre: 'La réponse, ou le silence',
        texte: 'Le directeur général vous répond. S\'il ne vous a pas répondu 2 mois après avoir reçu votre recours, son silence vaut rejet. Ce délai est celui de France Travail, pas le vôtre : il vous permet d\'aller au tribunal.',
        source: { titre: 'Article R5426-19 du code du travail', url: legi('LEGIARTI000049816559') },
      },
      {
        // No drawn limit before this step: R5426-19 says only « Il peut alors, s'il le souhaite, se
        // pourvoir devant le juge compétent », with no period.
        titre: 'Le tribunal judiciaire',
        texte: 'Si vous n\'êtes toujours pas d\'accord, vous pouvez saisir le tribunal judiciaire. L\'article R5426-19 ne fixe pas de délai pour le faire : n\'attendez pas, et faites-vous aider. Si France Travail vous envoie une contrainte, vous n\'avez que 15 jours pour faire opposition (article R5426-22).',
        source: { titre: 'Article R5426-19 du code du travail', url: legi('LEGIARTI000049816559') },
      },
    ],
  },
  {
    id: 'indu-caf',
    // Not the aides au logement either: their route (recours to the Caf, then the tribunal administratif)
    // rests on the code de la construction et de l'habitation, which the dossier could not read (caf.md, P).
    titre: 'Un trop-perçu de la Caf, étape par étape (hors RSA et aides au logement)',
    pages: ['fiche:indu-caf', 'lettre:recours-cra-indu-caf'],
    etapes: [
      {
        titre: 'La notification du trop-perçu',
        texte: 'La Caf vous écrit qu\'elle vous a versé trop. Sa lettre doit dire comment contester, et dans quel délai.',
        source: { titre: 'Article R142-1-A du code de la sécurité sociale', url: legi('LEGIARTI000041404114') },
        delai: { regle: 'cra-caf' },
      },
      {
        titre: 'Votre recours à la commission de recours amiable',
        texte: 'Vous écrivez à la commission de recours amiable (CRA) de votre Caf.',
        source: { titre: 'Article R142-1 du code de la sécurité sociale', url: legi('LEGIARTI000037595656') },
        delai: { regle: 'reponse-cra-caf' },
      },
      {
        titre: 'La réponse, ou le silence',
        // R142-6 (silence, and documents sent later: only those sent before the 2 months end count, Cass.
        // 2e civ., 12 mars 2015, n° 14-13.521); R142-1-A III (the court's 2 months, after a written decision
        // or an implicit one): see the comments on 'reponse-cra-caf' and 'tribunal-cra-caf'.
        texte: 'Si la commission ne vous a pas répondu 2 mois après avoir reçu votre recours, son silence vaut rejet. Ce délai est celui de la commission, pas le vôtre. Vous avez ensuite 2 mois pour aller au tribunal. Ils partent du jour où vous recevez sa réponse, ou du jour du rejet si elle se tait. Si vous avez envoyé des documents après votre recours, comptez quand même depuis sa réception : c\'est le plus sûr.',
        source: { titre: 'Article R142-6 du code de la sécurité sociale', url: legi('LEGIARTI000053220336') },
        delai: { regle: 'tribunal-cra-caf' },
      },
      {
        titre: 'Le pôle social du tribunal judiciaire',
        texte: 'Vous pouvez saisir le pôle social du tribunal judiciaire de votre domicile. Le délai doit être écrit dans la décision de la commission, ou, si elle se tait, dans l\'accusé de réception de votre recours. Pour la prime d\'activité, c\'est le tribunal administratif.',
        source: { titre: 'Articles R142-1-A et R142-10 du code de la sécurité sociale', url: legi('LEGIARTI000042587026') },
      },
    ],
  },
  {
    id: 'penalite-caf',
    titre: 'Une pénalité de la Caf, étape par étape',
    pages: ['fiche:retenues-penalite-caf', 'lettre:droit-a-l-erreur-caf'],
    etapes: [
      {
        titre: 'La lettre qui annonce une pénalité',
        texte: 'La Caf vous écrit ce qu\'elle vous reproche et la sanction qu\'elle envisage.',
        source: { titre: 'Article R114-11 du code de la sécurité sociale', url: legi('LEGIARTI000048831095') },
        delai: { regle: 'observations-penalite-caf' },
      },
      {
        titre: 'Vos observations',
        texte: 'Vous répondez par écrit, ou vous demandez à être entendu.',
        source: { titre: 'Article R114-11 du code de la sécurité sociale', url: legi('LEGIARTI000048831095') },
      },
      {
        titre: 'La décision',
        texte: 'Le directeur de la Caf abandonne, vous donne un avertissement, ou décide une pénalité. Dans certains cas, une commission donne d\'abord son avis.',
        source: { titre: 'Article L114-17-2 du code de la sécurité sociale', url: legi('LEGIARTI000054336514') },
      },
      {
        // No drawn limit before this step. R142-1-A III gives 2 months « s'il n'en est disposé autrement »,
        // but the route to the court rests on L114-17-2, which changed on 30 June 2026 (new wording unread:
        // content/veille-connue.yaml), and the dossier rates the 2 months for a penalty as partly confirmed.
        titre: 'Le pôle social du tribunal judiciaire',
        texte: 'Vous pouvez contester la pénalité devant le tribunal judiciaire, sans passer par la commission de recours amiable. Le délai doit être écrit sur la décision. L\'article L114-17-2 a changé le 30 juin 2026 et nous n\'avons pas encore lu le nouveau texte : vérifiez sur Légifrance.',
        source: { titre: 'Article L114-17-2 du code de la sécurité sociale', url: legi('LEGIARTI000054336514') },
      },
    ],
  },
  {
    id: 'cada',
    titre: 'Une demande de document administratif, étape par étape',
    pages: ['lettre:demande-documents-cada', 'article:obtenir-documents-cada'],
    etapes: [
      {
        titre: 'Votre demande de document',
        texte: 'Vous demandez le document par écrit à l\'administration qui le détient.',
        source: { titre: 'Article R311-13 du code des relations entre le public et l\'administration', url: legi('LEGIARTI000031370409') },
        delai: { regle: 'documents' },
      },
      {
        titre: 'Le refus, ou le silence',
        texte: 'Sans réponse, votre demande est refusée.',
        source: { titre: 'Article R343-1 du code des relations entre le public et l\'administration', url: legi('LEGIARTI000031370507') },
        delai: { regle: 'documents', suite: true },
      },
      {
        titre: 'La saisine de la CADA',
        texte: 'Vous écrivez à la Commission d\'accès aux documents administratifs (CADA). C\'est obligatoire avant le tribunal. Elle rend un avis dans un délai de 1 mois.',
        source: { titre: 'Article R343-3 du code des relations entre le public et l\'administration', url: legi('LEGIARTI000031370511') },
        delai: { regle: 'refus-apres-cada' },
      },
      {
        titre: 'La réponse de l\'administration',
        texte: 'L\'administration dit si elle suit l\'avis. Si elle ne vous a pas répondu 2 mois après l\'enregistrement de votre demande par la CADA, son silence vaut refus. C\'est vrai même si l\'avis de la CADA n\'est pas encore arrivé. Ce délai n\'est pas le vôtre, mais il fait partir le vôtre : 2 mois pour saisir le tribunal. Un refus écrit reçu avant la fin de ces 2 mois les fait repartir.',
        source: { titre: 'Article R343-5 du code des relations entre le public et l\'administration', url: legi('LEGIARTI000031370515') },
        delai: { regle: 'refus-apres-cada', suite: true },
      },
      {
        titre: 'Le tribunal administratif',
        texte: 'Si le refus continue, vous pouvez saisir le tribunal administratif.',
        source: { titre: 'Article R421-1 du code de justice administrative', url: legi('LEGIARTI000039807005') },
      },
    ],
  },
  {
    id: 'rgpd',
    titre: 'Une demande de vos données personnelles, étape par étape',
    pages: ['lettre:acces-donnees-france-travail', 'lettre:acces-donnees-caf', 'article:vos-donnees-rgpd'],
    etapes: [
      {
        titre: 'Votre demande d\'accès',
        texte: 'Vous demandez à l\'organisme une copie de vos données. C\'est gratuit.',
        source: { titre: 'Article 15 du RGPD', url: RGPD },
        delai: { regle: 'rgpd' },
      },
      {
        titre: 'La réponse, ou une prolongation',
        texte: 'L\'organisme répond. Il peut prolonger le délai, à condition de vous le dire dans le premier mois.',
        source: { titre: 'Article 12, paragraphe 3, du RGPD', url: RGPD },
        delai: { regle: 'rgpd', suite: true },
      },
      {
        titre: 'La plainte à la CNIL',
        texte: 'Sans réponse, ou si la réponse est incomplète, vous pouvez vous plaindre à la CNIL. C\'est gratuit.',
        source: { titre: 'Article 77 du RGPD', url: RGPD },
      },
    ],
  },
];

/** What a step's time limit says, read from its rule. */
export interface DeadlineLabel {
  /** « 10 jours », « 3 mois en tout ». */
  duree: string;
  acteur: 'vous' | 'organisme';
  /** The rule's own source. */
  source: StepSource;
}

/** Rules by id; tests pass a modified copy to see the picture follow. */
export type RuleTable = readonly DeadlineRule[];

export function deadlineLabel(d: StepDeadline, rules: RuleTable, words: (x: DeadlineRule['duree']) => string): DeadlineLabel {
  const rule = rules.find((r) => r.id === d.regle);
  if (!rule) throw new Error(`parcours: unknown deadline rule "${d.regle}"`);
  if (d.suite) {
    if (!rule.suite) throw new Error(`parcours: rule "${d.regle}" has no following date`);
    const total = rule.suite.depuis === 'depart';
    return { duree: `${words(rule.suite.duree)}${total ? ' en tout' : ''}`, acteur: rule.suite.acteur, source: rule.source };
  }
  return { duree: words(rule.duree), acteur: rule.acteur, source: rule.source };
}

export function parcoursById(id: string): Parcours {
  const p = PARCOURS.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown parcours "${id}"`);
  return p;
}

/** The parcours a page shows, in table order. */
export function parcoursOn(kind: RoutedKind, id: string): Parcours[] {
  return PARCOURS.filter((p) => p.pages.includes(`${kind}:${id}`));
}

/** Problems of the table against the published pages: pages that do not exist, ids twice, a last step with a time limit. */
export function checkParcours(known: Record<RoutedKind, ReadonlySet<string>>, table = PARCOURS, rules: RuleTable = DEADLINE_RULES): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const p of table) {
    if (ids.has(p.id)) errors.push(`parcours "${p.id}": id used twice`);
    ids.add(p.id);
    if (p.etapes.length < 2) errors.push(`parcours "${p.id}": fewer than 2 steps`);
    if (p.etapes.at(-1)?.delai) errors.push(`parcours "${p.id}": the last step has a time limit but no next step`);
    for (const s of p.etapes) {
      if (s.delai && !rules.some((r) => r.id === s.delai!.regle)) errors.push(`parcours "${p.id}": step « ${s.titre} »: unknown rule "${s.delai.regle}"`);
    }
    for (const ref of p.pages) {
      const [kind, id] = ref.split(':') as [RoutedKind, string];
      if (!known[kind]?.has(id)) errors.push(`parcours "${p.id}": page ${ref} does not exist`);
    }
  }
  return errors;
}
