/**
 * Legal codes and texts that pages may cite in `textes`. `legiText` is the LEGITEXT id of the
 * consolidated code in @socialgouv/legi-data when the package holds it; the others are shown as
 * "non vérifié automatiquement".
 */
export interface LegalCode {
  id: string;
  /** Name shown to readers, as in "article R5412-7 du code du travail". */
  nom: string;
  /** LEGITEXT id of the code, when @socialgouv/legi-data ships it. */
  legiText?: string;
  /** Where a reader can read the text when no article link can be built. */
  url: string;
}

/** "du code du travail", "de la loi …": the name after "article X". */
export function ofCode(code: LegalCode): string {
  return code.nom.startsWith('loi') ? `de la ${code.nom}` : `du ${code.nom}`;
}

export const LEGAL_CODES = [
  { id: 'travail', nom: 'code du travail', legiText: 'LEGITEXT000006072050', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050' },
  { id: 'securite-sociale', nom: 'code de la sécurité sociale', legiText: 'LEGITEXT000006073189', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189' },
  { id: 'crpa', nom: 'code des relations entre le public et l’administration', legiText: 'LEGITEXT000031366350', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031366350' },
  { id: 'rural', nom: 'code rural et de la pêche maritime', legiText: 'LEGITEXT000022197698', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000022197698' },
  { id: 'action-sociale', nom: 'code de l’action sociale et des familles', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069' },
  { id: 'justice-administrative', nom: 'code de justice administrative', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070933' },
  { id: 'procedure-civile', nom: 'code de procédure civile', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070716' },
  { id: 'rgpd', nom: 'RGPD (règlement (UE) 2016/679)', url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679' },
  { id: 'loi-1978', nom: 'loi Informatique et Libertés du 6 janvier 1978', url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460' },
  { id: 'lpf', nom: 'livre des procédures fiscales', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069583' },
  { id: 'postes-communications', nom: 'code des postes et des communications électroniques', url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070987' },
] as const satisfies readonly LegalCode[];

export type LegalCodeId = (typeof LEGAL_CODES)[number]['id'];
export const LEGAL_CODE_IDS = LEGAL_CODES.map((c) => c.id) as [LegalCodeId, ...LegalCodeId[]];

/** Codes the official data covers, whose articles the legal watch checks. */
export type CheckedCodeId = Extract<(typeof LEGAL_CODES)[number], { legiText: string }>['id'];
export const CHECKED_CODE_IDS = LEGAL_CODES.filter((c): c is Extract<typeof c, { legiText: string }> => 'legiText' in c).map(
  (c) => c.id,
) as [CheckedCodeId, ...CheckedCodeId[]];

/** Légifrance page of one version of an article. */
export const legifranceArticleUrl = (legiarti: string): string =>
  `https://www.legifrance.gouv.fr/codes/article_lc/${legiarti}`;

export function legalCode(id: string): LegalCode {
  const code = LEGAL_CODES.find((c) => c.id === id);
  if (!code) throw new Error(`Unknown legal code "${id}"`);
  return code;
}
