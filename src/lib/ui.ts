/**
 * Every interface string in one place (UI text, not content), so a second language is a file,
 * not a hunt. French typography is applied once, here.
 */
import { fr } from './typography.ts';

const raw = {
  skipLink: 'Aller au contenu',
  navLabel: 'Navigation principale',
  navHome: 'Accueil',
  navThemes: 'Thèmes',
  navLetters: 'Lettres',
  navBooklet: 'Livret',
  navGlossary: 'Glossaire',
  navAbout: 'À propos',
  navSearch: 'Recherche',
  breadcrumb: 'Fil d\'Ariane',
  searchLabel: 'Rechercher sur le site',
  searchButton: 'Rechercher',
  searchPlaceholder: 'Ex. : radiation, trop-perçu, CAF',
  verifiedOn: 'Vérifié le',
  toRecheck: 'À revérifier',
  toRecheckText: 'Ces informations ont été vérifiées il y a plus d\'un an, ou un texte cité a changé depuis. Vérifiez-les avant d\'agir.',
  essential: 'L\'essentiel',
  watch: 'À surveiller',
  sources: 'Sources',
  primarySource: 'source officielle',
  legalTexts: 'Textes cités',
  previous: 'Article précédent',
  next: 'Article suivant',
  inTheme: 'Dans le même thème',
  themePage: 'Tous les articles du thème',
  latest: 'Derniers articles vérifiés',
  glossaryTitle: 'Glossaire',
  aboutTitle: 'À propos',
  notFoundTitle: 'Page introuvable',
  footerPrivacy: 'Ce site ne dépose aucun cookie, ne mesure pas votre visite et ne charge rien depuis un autre site.',
  footerNotAdvice: 'Ces pages informent ; elles ne remplacent pas l\'avis d\'un avocat ou d\'une association.',
  externalLink: '(site externe)',
  seeAlso: 'Voir aussi',
  deadline: 'Votre délai',
  lettersToUse: 'Lettre à utiliser',
  relatedArticles: 'Pour aller plus loin',
  fichesTitle: 'Je viens de recevoir…',
  lettersTitle: 'Lettres à envoyer',
} as const;

export const UI = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, fr(v)])) as {
  [K in keyof typeof raw]: string;
};
