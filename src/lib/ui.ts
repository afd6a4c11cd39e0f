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

/** Strings of the printed booklet (/livret/ and its PDF). */
const booklet = {
  pageTitle: 'Le livret à imprimer',
  pageDescription: 'Tous les conseils pratiques, les fiches « Je viens de recevoir… » et les lettres à envoyer, dans un livret à imprimer, à plier ou à partager.',
  kicker: 'Le livret',
  subtitle: 'Vos droits face aux contrôles de France Travail et de la CAF',
  edition: 'Édition du',
  coverParts: 'Dans ce livret :',
  lawsChange: 'Les lois changent. Avant d\'agir, vérifiez que ces informations sont toujours à jour sur le site :',
  howToTitle: 'Comment utiliser ce livret',
  howToReceived: 'Vous venez de recevoir un courrier ? Commencez par',
  howToReceivedEnd: ': ce qu\'il veut dire, ce qu\'il faut faire cette semaine, et votre délai.',
  howToDeadlines: 'Les délais sont écrits en gras. Notez tout de suite la date de réception de chaque courrier, et gardez l\'enveloppe.',
  howToLetters: 'Les lettres se remplissent à la main, dans les espaces prévus. Photocopiez la page ou recopiez-la, et gardez une copie de ce que vous envoyez :',
  howToGlossary: 'Les mots soulignés en pointillé sont expliqués dans le',
  howToSources: 'Chaque page se termine par ses sources. Le code carré (QR code) ouvre la même page sur le site, avec tous les liens.',
  howToVerified: 'Chaque page dit quand ses informations ont été vérifiées. Les lois changent : en cas de doute, vérifiez sur le site.',
  howToHelp: 'Pour vous faire aider, gratuitement, voyez les',
  tocTitle: 'Sommaire',
  contactsTitle: 'Adresses utiles',
  contactsIntro: 'Ces coordonnées viennent des pages de ce livret. Vérifiez-les sur le courrier que vous avez reçu ou auprès de l\'organisme.',
  contactsReach: 'Comment le joindre :',
  contactsSource: 'Voir',
  readOnline: 'En ligne, avec les liens :',
  deadlineBox: 'Votre délai',
  letterToUse: 'Lettre à utiliser :',
  legalBasis: 'Base légale',
  howToSend: 'Comment l\'envoyer',
  beforeSending: 'À vérifier avant d\'envoyer',
  backTitle: 'Ce livret est à vous',
  backShare: 'Vous pouvez le photocopier, l\'imprimer et le distribuer librement, en citant Sous contrôle et en gardant la même licence.',
  backNoData: 'Le site ne dépose aucun cookie, ne mesure pas les visites et ne charge rien depuis un autre site.',
  printTitle: 'Imprimer ou télécharger',
  printIntro: 'Le livret rassemble sur une seule page les articles pratiques, les fiches et les lettres, pour les lire sur papier, les photocopier ou les distribuer.',
  printNoPdf: 'Pour l\'imprimer, utilisez la commande « Imprimer » de votre navigateur sur cette page : le livret sort au format A5, avec les numéros de page.',
  pdfA5: 'Livret A5 à lire ou à imprimer',
  pdfA4: 'Version A4 à plier en livret',
  pdfA4Howto: 'Pour la version A4 : imprimez en recto verso, retournement sur le bord court, empilez les feuilles dans l\'ordre, pliez-les en deux et agrafez au milieu.',
  pdfPages: 'pages',
  pdfFormat: 'PDF',
} as const;

export const BOOKLET_UI = Object.fromEntries(Object.entries(booklet).map(([k, v]) => [k, fr(v)])) as {
  [K in keyof typeof booklet]: string;
};
