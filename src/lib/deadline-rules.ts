/**
 * The deadline rules letters and fiches can declare, each with its legal source. The arithmetic
 * lives in deadlines.ts; this file only says what each rule is, so the schema can check ids and the
 * page can explain the rule in words without JavaScript.
 */
export interface Duration { mois?: number; jours?: number }

/** Who must act by the date: the reader, or the body the reader wrote to. */
export type Actor = 'vous' | 'organisme';

/** A second date that follows from the first one (an extension, a referral after a refusal). */
export interface FollowingStep {
  id: string;
  /** Title of the date, shown above it. */
  titre: string;
  acteur: Actor;
  /** Counted from the start date ('depart') or from the first date ('fin'). */
  depuis: 'depart' | 'fin';
  duree: Duration;
  franc: boolean;
  /** Whether the calendar file gets an event for this date. */
  agenda: boolean;
}

export interface DeadlineRule {
  id: string;
  /** The length of the (first) deadline. */
  duree: Duration;
  /** Délai franc: the administrative courts' extra day (Conseil d'État case law). */
  franc: boolean;
  /** Whether a date that falls on a Saturday, Sunday or public holiday moves to the next working day. */
  report: boolean;
  /** Who must act by the first date. */
  acteur: Actor;
  /** Title of the first date, shown above it. */
  titre: string;
  /** The rule in plain words, shown next to the date. */
  enMots: string;
  /** What starts the clock, in words. When the reader received something, it says that an uncollected
   * registered letter starts the clock on the day of the « avis de passage » (DEPART_SOURCE). */
  depart: string;
  /** Label of the date input that starts the clock. */
  libelleDate: string;
  /** Legal source, shown and linked. */
  source: { titre: string; url: string };
  /** Whether the French counting rules (code de procédure civile, 641 and 642) are cited; false for EU law. */
  droitFrancais: boolean;
  /** A second date, when the rule has one. */
  suite?: FollowingStep;
  /** When the reader sends something: which date counts for a letter sent by post, and the source. */
  envoi?: { texte: string; source?: { titre: string; url: string } };
}

/** An uncollected registered letter counts as received on the day it was first presented (avis de passage). */
export const DEPART_SOURCE = {
  titre: 'Conseil d\'État, 24 avril 2012, n° 341146',
  url: 'https://www.juricaf.org/arret/FRANCE-CONSEILDETAT-20120424-341146',
} as const;

/** A request posted to an administrative court is in time if posted before the deadline ends. */
export const POSTING_TA_SOURCE = {
  titre: 'Conseil d\'État, Section, 13 mai 2024, n° 466541',
  url: 'https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2024-05-13/466541',
} as const;

export const DEADLINE_RULES = [
  {
    id: 'observations-sanction',
    duree: { jours: 10 },
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour envoyer vos observations',
    enMots: '10 jours pour envoyer vos observations écrites ou demander à être entendu, après la lettre qui annonce la sanction envisagée.',
    depart: 'le jour où vous avez reçu la lettre annonçant la sanction envisagée ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la lettre annonçant la sanction (ou date de l\'avis de passage)',
    source: { titre: 'Article R5412-7 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604' },
    droitFrancais: true,
    envoi: {
      texte: 'Vos observations vont à France Travail, une administration : en principe, la date d\'envoi compte (article L112-1 du code des relations entre le public et l\'administration). Nous n\'avons pas vérifié que ce texte vise les observations avant sanction.',
      source: { titre: 'Article L112-1 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367331' },
    },
  },
  {
    id: 'opposition-contrainte',
    duree: { jours: 15 },
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour faire opposition à la contrainte',
    enMots: '15 jours pour faire opposition à la contrainte devant le tribunal indiqué sur la contrainte.',
    depart: 'le jour où la contrainte vous a été notifiée ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la contrainte (ou date de l\'avis de passage)',
    source: { titre: 'Article R5426-22 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000026386111' },
    droitFrancais: true,
    envoi: {
      texte: 'Une opposition envoyée au tribunal par lettre recommandée compte à la date de son envoi (article 668 du code de procédure civile).',
      source: { titre: 'Article 668 du code de procédure civile', url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070716/LEGISCTA000006149683/' },
    },
  },
  {
    id: 'mediation',
    duree: { mois: 2 },
    franc: true,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour saisir le médiateur régional',
    enMots: '2 mois pour saisir le médiateur régional de France Travail (médiation obligatoire avant le tribunal administratif). Devant le juge administratif, ce délai est « franc » : vous avez un jour de plus.',
    depart: 'le jour où vous avez reçu la décision ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la décision (ou date de l\'avis de passage)',
    source: { titre: 'Article R5312-47 du code du travail et article R421-1 du code de justice administrative', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679561' },
    droitFrancais: true,
    envoi: {
      texte: 'Pour le tribunal administratif, une requête postée avant la fin du délai est dans les temps, le cachet de la poste faisant foi (Conseil d\'État, Section, 13 mai 2024, n° 466541). Des cours administratives d\'appel appliquent la même règle aux recours adressés à l\'administration (cour de Versailles, 1er juillet 2024, n° 21VE03465). Nous n\'avons pas vérifié qu\'elle vaut pour la saisine du médiateur.',
      source: POSTING_TA_SOURCE,
    },
  },
  {
    id: 'indu-are',
    duree: { mois: 2 },
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour contester le trop-perçu',
    enMots: '2 mois pour contester un trop-perçu d\'allocation chômage (ARE) par un recours au directeur général de France Travail. Comptez ce délai sans jour de plus : il n\'est pas « franc ».',
    depart: 'le jour où vous avez reçu la notification du trop-perçu ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la notification du trop-perçu (ou date de l\'avis de passage)',
    source: { titre: 'Article R5426-19 du code du travail', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049816559' },
    droitFrancais: true,
    envoi: {
      texte: 'Votre recours va au directeur général de France Travail. Des cours administratives d\'appel retiennent la date d\'envoi pour un recours adressé à l\'administration (cour de Versailles, 1er juillet 2024, n° 21VE03465). Nous n\'avons pas vérifié que cette règle vaut pour ce recours, qui mène au tribunal judiciaire.',
    },
  },
  {
    id: 'rgpd',
    duree: { mois: 1 },
    franc: false,
    report: true,
    acteur: 'organisme',
    titre: 'Date limite de réponse de l\'organisme',
    enMots: 'L\'organisme doit vous répondre dans un délai de 1 mois. Il peut le prolonger de 2 mois, à condition de vous le dire dans le premier mois.',
    depart: 'le jour où l\'organisme a reçu votre demande',
    libelleDate: 'Date à laquelle l\'organisme a reçu votre lettre (voir l\'accusé de réception)',
    source: { titre: 'Article 12, paragraphe 3, du RGPD', url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679' },
    droitFrancais: false,
    suite: {
      id: 'prolongation',
      titre: 'Date limite si l\'organisme vous a annoncé une prolongation dans le premier mois',
      acteur: 'organisme',
      depuis: 'depart',
      duree: { mois: 3 },
      franc: false,
      agenda: false,
    },
  },
  {
    id: 'documents',
    duree: { mois: 1 },
    franc: false,
    // The refusal is born when the month ends; moving it would only push the CADA deadline later.
    report: false,
    acteur: 'organisme',
    titre: 'Refus implicite si l\'administration ne vous a pas répondu',
    enMots: 'Sans réponse au bout de 1 mois, votre demande est refusée. Vous avez alors 2 mois pour saisir la CADA.',
    depart: 'le jour où l\'administration a reçu votre demande',
    libelleDate: 'Date à laquelle l\'administration a reçu votre lettre (voir l\'accusé de réception)',
    source: { titre: 'Articles R311-13 et R343-1 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031370409' },
    droitFrancais: true,
    envoi: {
      texte: 'Nous n\'avons pas vérifié si la date d\'envoi suffit pour saisir la CADA : faites arriver votre demande avant la date.',
    },
    suite: {
      id: 'cada',
      titre: 'Dernier jour pour saisir la CADA',
      acteur: 'vous',
      depuis: 'fin',
      duree: { mois: 2 },
      franc: false,
      agenda: true,
    },
  },
  {
    id: 'cra-caf',
    duree: { mois: 2 },
    // The commission de recours amiable is not a court: no extra day. Not "franc" even for the prime
    // d'activité, whose later appeal goes to the tribunal administratif: the safe date stays the plain one.
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour saisir la commission de recours amiable de la Caf',
    enMots: '2 mois pour écrire à la commission de recours amiable (CRA) de votre Caf, contre un trop-perçu ou une autre décision de la Caf (prestations familiales, allocation aux adultes handicapés, prime d\'activité). Comptez ce délai sans jour de plus : il n\'est pas « franc ».',
    depart: 'le jour où vous avez reçu la décision de la Caf ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la notification de la Caf (ou date de l\'avis de passage)',
    source: { titre: 'Article R142-1 du code de la sécurité sociale', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037595656' },
    droitFrancais: true,
    envoi: {
      texte: 'Votre recours va à la commission de recours amiable de la Caf, pas à un tribunal. Le code de la sécurité sociale soumet ce recours au code des relations entre le public et l\'administration (article R142-1-A), dont l\'article L112-1 fait compter la date d\'envoi, le cachet de la poste faisant foi. Nous n\'avons pas trouvé de décision qui l\'applique à cette commission : par prudence, faites arriver votre recours avant la date, ou déposez-le à l\'accueil de la Caf contre un reçu.',
      source: { titre: 'Article L112-1 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367331' },
    },
  },
  {
    id: 'remise-dette-caf',
    duree: { mois: 2 },
    // Like 'documents': the refusal is born when the 2 months end; moving it would only push later dates.
    report: false,
    franc: false,
    acteur: 'organisme',
    titre: 'Refus implicite si la Caf ne vous a pas répondu',
    enMots: 'La loi ne vous donne pas de délai pour demander une remise de dette. La Caf, elle, a 2 mois pour vous répondre : sans réponse au bout de 2 mois, votre demande est en principe refusée.',
    depart: 'le jour où la Caf a reçu votre demande',
    libelleDate: 'Date à laquelle la Caf a reçu votre lettre (voir l\'accusé de réception)',
    source: { titre: 'Article L231-4 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367619' },
    droitFrancais: true,
  },
  {
    id: 'observations-penalite-caf',
    duree: { mois: 1 },
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour répondre à la Caf avant une pénalité',
    enMots: '1 mois pour envoyer vos observations écrites ou demander à être entendu, après la lettre de la Caf qui annonce une pénalité ou un avertissement.',
    depart: 'le jour où vous avez reçu la lettre annonçant la pénalité envisagée ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la lettre annonçant la pénalité (ou date de l\'avis de passage)',
    source: { titre: 'Article R114-11 du code de la sécurité sociale', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048831095' },
    droitFrancais: true,
    envoi: {
      texte: 'Vos observations vont au directeur de la Caf, un organisme de sécurité sociale : en principe, la date d\'envoi compte (article L112-1 du code des relations entre le public et l\'administration, qui vise aussi ces organismes). Nous n\'avons pas vérifié que ce texte vise les observations avant pénalité : faites-les arriver avant la date, ou déposez-les à l\'accueil de la Caf contre un reçu.',
      source: { titre: 'Article L112-1 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367331' },
    },
  },
  // The body's answer to the ARE recourse. R5426-19 sets the 2 months of silence by pointing to CRPA
  // L411-7, without naming their start; CRPA L114-3 (which L110-1 applies to recours gracieux) starts
  // the delay before an implicit rejection on the day the administration received the request.
  // R5426-19 gives no time limit for the tribunal judiciaire that follows: no rule for that step.
  {
    id: 'reponse-recours-are',
    duree: { mois: 2 },
    franc: false,
    // Like 'documents': the rejection is born when the 2 months end; moving it would only push it later.
    report: false,
    acteur: 'organisme',
    titre: 'Rejet implicite si France Travail ne vous a pas répondu',
    enMots: 'Le directeur général de France Travail a 2 mois pour répondre à votre recours. Sans réponse au bout de 2 mois, vous pouvez considérer votre recours comme rejeté. Ce délai est celui de France Travail, pas le vôtre : il vous ouvre la porte du tribunal judiciaire.',
    depart: 'le jour où France Travail a reçu votre recours',
    libelleDate: 'Date à laquelle France Travail a reçu votre recours (voir l\'accusé de réception)',
    source: { titre: 'Article R5426-19 du code du travail et article L114-3 du code des relations entre le public et l\'administration', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049816559' },
    droitFrancais: true,
  },
  {
    id: 'reponse-cra-caf',
    duree: { mois: 2 },
    franc: false,
    // Like 'documents': the rejection is born when the 2 months end; moving it would only push later dates.
    report: false,
    acteur: 'organisme',
    titre: 'Rejet implicite si la commission de recours amiable ne vous a pas répondu',
    enMots: 'La commission de recours amiable de la Caf a 2 mois pour vous répondre. Sans réponse au bout de 2 mois, vous pouvez considérer votre recours comme rejeté. Ce délai est celui de la commission, pas le vôtre : il vous ouvre la porte du tribunal.',
    // R142-6 restarts the 2 months on the receipt of documents sent later, but only for documents sent
    // before the 2 months ran out (Cass. 2e civ., 12 mars 2015, n° 14-13.521, on the same sentence of the
    // former R142-6, read on juricaf.org).
    depart: 'le jour où la Caf a reçu votre recours ; si vous avez envoyé d\'autres documents avant la fin de ces 2 mois, le jour où elle a reçu ces documents',
    libelleDate: 'Date à laquelle la Caf a reçu votre recours, ou vos derniers documents (voir l\'accusé de réception)',
    source: { titre: 'Article R142-6 du code de la sécurité sociale', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000053220336' },
    droitFrancais: true,
  },
  // Counted from the commission's written decision (R142-1-A III: 2 months « à compter de la notification
  // de la décision contestée »). After a silence, the same III makes the 2 months run against the reader
  // only if the acknowledgment of the recourse stated them (« ou, en cas de décision implicite, dans
  // l'accusé de réception de la demande »); the Cour de cassation counted them from the implicit rejection
  // under the former R142-18 (Cour de cassation, 8 avril 2021, n° 19-26.204, as reported by weblex.fr and
  // sigal-avocat.com). The words say so: count from the rejection, the safe date.
  {
    id: 'tribunal-cra-caf',
    duree: { mois: 2 },
    // A civil court (code de procédure civile, R142-1-A II): no extra day.
    franc: false,
    report: true,
    acteur: 'vous',
    titre: 'Dernier jour pour saisir le pôle social du tribunal judiciaire',
    enMots: '2 mois pour saisir le pôle social du tribunal judiciaire après la décision de la commission de recours amiable de la Caf. Si la commission ne vous a pas répondu, comptez ces 2 mois depuis le jour où votre recours est rejeté. Ce jour tombe 2 mois après sa réception par la Caf. La décision, ou en cas de silence l\'accusé de réception de votre recours, doit indiquer ce délai et comment saisir le tribunal. Comptez ce délai sans jour de plus : il n\'est pas « franc ».',
    depart: 'le jour où vous avez reçu la décision de la commission de recours amiable ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage',
    libelleDate: 'Date à laquelle vous avez reçu la décision de la commission (ou date de l\'avis de passage)',
    source: { titre: 'Article R142-1-A du code de la sécurité sociale', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041404114' },
    droitFrancais: true,
    envoi: {
      texte: 'Déposez votre requête au greffe, ou envoyez-la en recommandé avec avis de réception (article R142-10-1 du code de la sécurité sociale). Envoyée par la poste, elle compte à la date de son envoi (article 668 du code de procédure civile).',
      source: { titre: 'Article 668 du code de procédure civile', url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070716/LEGISCTA000006149683/' },
    },
  },
  // The CADA's 1 month for its opinion (R343-3) falls inside the 2 months of R343-5. The following
  // date is the tribunal administratif: CJA R421-2 (not in the official data the build reads; read on
  // doctrine.fr, version LEGIARTI000039807000 in force since 1 January 2020): « l'intéressé dispose,
  // pour former un recours, d'un délai de deux mois à compter de la date à laquelle est née une
  // décision implicite de rejet ». Franc, as the administrative courts count (see 'mediation').
  {
    id: 'refus-apres-cada',
    duree: { mois: 2 },
    franc: false,
    // Like 'documents': the refusal is born when the 2 months end; moving it would only push the tribunal's date later.
    report: false,
    acteur: 'organisme',
    // R343-5 counts from the registration whether or not the CADA has given its opinion by then (the
    // CADA's month is not sanctioned: CE 19 mars 1993, n° 51035, as cited on juristudiant.com).
    titre: 'Refus implicite si l\'administration ne vous a pas répondu après la saisine de la CADA',
    enMots: 'La CADA rend son avis dans un délai de 1 mois. Si l\'administration ne vous a pas répondu 2 mois après l\'enregistrement de votre demande par la CADA, son silence vaut refus. C\'est vrai même si l\'avis de la CADA n\'est pas encore arrivé. Ce délai n\'est pas le vôtre, mais il fait partir le vôtre : 2 mois pour saisir le tribunal administratif. Devant le juge administratif, ce délai est « franc » : vous avez un jour de plus.',
    depart: 'le jour où la CADA a enregistré votre demande (la date figure sur l\'accusé de réception de la CADA)',
    libelleDate: 'Date à laquelle la CADA a enregistré votre demande (voir son accusé de réception)',
    source: { titre: 'Articles R343-3 et R343-5 du code des relations entre le public et l\'administration, article R421-2 du code de justice administrative', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031370515' },
    droitFrancais: true,
    envoi: {
      texte: 'Pour le tribunal administratif, une requête postée avant la fin du délai est dans les temps, le cachet de la poste faisant foi (Conseil d\'État, Section, 13 mai 2024, n° 466541).',
      source: POSTING_TA_SOURCE,
    },
    suite: {
      id: 'tribunal-administratif',
      titre: 'Dernier jour pour saisir le tribunal administratif',
      acteur: 'vous',
      depuis: 'fin',
      duree: { mois: 2 },
      franc: true,
      agenda: true,
    },
  },
] as const satisfies readonly DeadlineRule[];

export type DeadlineRuleId = (typeof DEADLINE_RULES)[number]['id'];
// Marked pure so that a browser script reading one rule from its page leaves the table of rules out of its bundle.
export const DEADLINE_RULE_IDS = /* @__PURE__ */ DEADLINE_RULES.map((r) => r.id) as [DeadlineRuleId, ...DeadlineRuleId[]];

export function deadlineRule(id: string): DeadlineRule {
  const rule = DEADLINE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown deadline rule "${id}"`);
  return rule;
}

/** How every deadline is counted in French law (civil procedure; the administrative courts follow the same method). */
export const COUNTING_SOURCES = [
  { titre: 'Article 641 du code de procédure civile', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006411002' },
  { titre: 'Article 642 du code de procédure civile', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006411003' },
] as const;
