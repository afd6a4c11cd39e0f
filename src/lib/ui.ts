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
  notChecked: 'non vérifié automatiquement',
  changedSinceCheck: 'modifié depuis notre vérification',
  legalWatchLink: 'Comment nous suivons les textes de loi',
  legalWatchTitle: 'Veille juridique automatique',
} as const;

export const UI = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, fr(v)])) as {
  [K in keyof typeof raw]: string;
};

/** Sentences of the legal watch ("Textes cités", "à revérifier"), built around names and dates. */
export const LEGAL_UI = {
  inForceSince: (date: string) => fr(`en vigueur depuis le ${date}`),
  inForceFrom: (date: string) => fr(`en vigueur à partir du ${date}`),
  nextChange: (kind: 'modification' | 'abrogation', date: string) =>
    fr(kind === 'modification' ? `nouvelle version prévue le ${date}` : `abrogation prévue le ${date}`),
  knownChange: (date: string) =>
    fr(`modifié : nouvelle version repérée le ${date}, que nos données ne contiennent pas encore`),
  /** The note under "Textes cités": what was checked, against data of which date. */
  note: (dataDate: string) =>
    fr(`Les articles des codes ci-dessus sont vérifiés automatiquement dans les textes consolidés officiels (base LEGI) à jour au ${dataDate}. Un changement plus récent peut y manquer : vérifiez la version en vigueur sur Légifrance avant d'agir.`),
  reasonChanged: (name: string, date: string) =>
    fr(`L'${name} a changé le ${date}, après la dernière vérification de cette page.`),
  reasonKnownChange: (name: string, date: string) =>
    fr(`L'${name} a une nouvelle version, repérée le ${date}, après la dernière vérification de cette page.`),
  reasonFuture: (name: string, date: string) => fr(`L'${name} n'entre en vigueur que le ${date}.`),
  /** /a-propos/#veille-juridique */
  aboutData: (version: string, dataDate: string) =>
    fr(`Données utilisées : les textes consolidés officiels de la base LEGI (celle de Légifrance), dans le paquet logiciel @socialgouv/legi-data, version ${version}. Ils sont à jour au ${dataDate} : un changement plus récent n'y figure pas.`),
  aboutChecked: (codes: string) => fr(`Vérifiés automatiquement : ${codes}.`),
  aboutUnchecked: (codes: string) =>
    fr(`Non vérifiés automatiquement (nous les vérifions à la main, à la date « vérifié le » de chaque page) : ${codes}.`),
  aboutKnownTitle: (dataDate: string) => fr(`Changements repérés après le ${dataDate}`),
  aboutKnownIntro: fr('Ces changements ne figurent pas encore dans les données officielles que nous utilisons. Nous les avons relevés à la main et les pages qui citent ces articles le signalent :'),
  aboutKnownItem: (name: string, kind: 'modifie' | 'abroge', date: string) =>
    fr(`${name} : ${kind === 'modifie' ? 'nouvelle version' : 'abrogation'} repérée le ${date}.`),
  source: fr('Source :'),
};
