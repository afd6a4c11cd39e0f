/**
 * The deadline rules letters and fiches can declare, each with its legal source. The arithmetic
 * lives in deadlines.ts; this file only says what each rule is, so the schema can check ids.
 */
export interface DeadlineRule {
  id: string;
  /** The length of the deadline. */
  duree: { mois?: number; jours?: number };
  /** Délai franc: the administrative courts' extra day (Conseil d'État case law). */
  franc: boolean;
  /** The rule in plain words, shown next to the date. */
  enMots: string;
  /** What starts the clock, in words. */
  depart: string;
  /** Legal source, shown and linked. */
  source: { titre: string; url: string };
}

export const DEADLINE_RULES = [
  {
    id: 'observations-sanction',
    duree: { jours: 10 },
    franc: false,
    enMots: '10 jours pour envoyer vos observations écrites ou demander à être entendu, après la lettre qui annonce la sanction envisagée.',
    depart: 'le jour où vous avez reçu la lettre annonçant la sanction envisagée',
    source: { titre: 'Article R5412-7 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604' },
  },
  {
    id: 'opposition-contrainte',
    duree: { jours: 15 },
    franc: false,
    enMots: '15 jours pour faire opposition à la contrainte devant le tribunal indiqué sur la contrainte.',
    depart: 'le jour où la contrainte vous a été notifiée',
    source: { titre: 'Article R5426-22 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000026386111' },
  },
  {
    id: 'mediation',
    duree: { mois: 2 },
    franc: true,
    enMots: '2 mois pour saisir le médiateur régional de France Travail (médiation obligatoire avant le tribunal administratif). Devant le juge administratif, ce délai est « franc » : il gagne un jour.',
    depart: 'le jour où vous avez reçu la décision',
    source: { titre: 'Article R5312-47 du code du travail et article R421-1 du code de justice administrative', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679561' },
  },
  {
    id: 'indu-are',
    duree: { mois: 2 },
    franc: false,
    enMots: '2 mois pour contester un trop-perçu d’allocation chômage (ARE) par un recours au directeur général de France Travail.',
    depart: 'le jour où vous avez reçu la notification du trop-perçu',
    source: { titre: 'Article R5426-19 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049816559' },
  },
  {
    id: 'rgpd',
    duree: { mois: 1 },
    franc: false,
    enMots: 'L’organisme doit vous répondre dans un délai de 1 mois. Il peut le prolonger de 2 mois, à condition de vous le dire dans le premier mois.',
    depart: 'le jour où l’organisme a reçu votre demande',
    source: { titre: 'Article 12, paragraphe 3, du RGPD', url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679' },
  },
  {
    id: 'documents',
    duree: { mois: 1 },
    franc: false,
    enMots: 'Sans réponse au bout de 1 mois, votre demande est refusée. Vous avez alors 2 mois pour saisir la CADA.',
    depart: 'le jour où l’administration a reçu votre demande',
    source: { titre: 'Articles R311-13 et R343-1 du code des relations entre le public et l’administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031370409' },
  },
] as const satisfies readonly DeadlineRule[];

export type DeadlineRuleId = (typeof DEADLINE_RULES)[number]['id'];
export const DEADLINE_RULE_IDS = DEADLINE_RULES.map((r) => r.id) as [DeadlineRuleId, ...DeadlineRuleId[]];

export function deadlineRule(id: string): DeadlineRule {
  const rule = DEADLINE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown deadline rule "${id}"`);
  return rule;
}
