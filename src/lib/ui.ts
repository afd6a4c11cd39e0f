/**
 * Every interface string in one place (UI text, not content), so a second language is a file,
 * not a hunt. French typography is applied once, here.
 */
import { fr, frAll } from './typography.ts';

const raw = {
  skipLink: 'Aller au contenu',
  navLabel: 'Navigation principale',
  navHome: 'Accueil',
  navThemes: 'Thèmes',
  navLetters: 'Lettres',
  navBooklet: 'Livret',
  navGlossary: 'Glossaire',
  navAbout: 'À propos',
  navChanges: 'Ce qui a changé',
  navSearch: 'Recherche',
  navOffline: 'Lire hors connexion',
  breadcrumb: 'Fil d\'Ariane',
  searchLabel: 'Rechercher sur le site',
  searchButton: 'Rechercher',
  searchPlaceholder: 'Ex. : radiation, CAF',
  searchResults: 'Résultats',
  searchFilterTheme: 'Thème',
  searchFilterType: 'Type de page',
  searchAll: 'Tout',
  searchMore: 'Afficher plus de résultats',
  searchSections: 'Dans cette page :',
  searchVerified: 'vérifié le',
  searchClearFilters: 'Retirer les filtres',
  searchNoResultHelp: 'Vérifiez l\'orthographe, essayez un mot plus court ou un autre mot (par exemple « radiation », « trop-perçu », « CAF »), ou choisissez un thème :',
  searchUnavailable: 'La recherche ne peut pas se charger. Parcourez les thèmes ou la liste de A à Z ci-dessous.',
  searchTooShort: 'Tapez au moins trois lettres, ou appuyez sur Entrée.',
  searchShortcut: 'Astuce : la touche / place le curseur dans la case de recherche.',
  verifiedOn: 'Vérifié le',
  toRecheck: 'À revérifier',
  toRecheckText: 'Vérifiez ces informations avant d\'agir :',
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
  independentShort: 'Indépendant de France Travail, de la CAF et de l\'État',
  footerIndependent: 'Sous contrôle est un projet indépendant : il ne dépend ni de France Travail, ni de la CAF, ni de l\'État, ni d\'aucune administration.',
  onThisPage: 'Sur cette page',
  whatToDo: 'Que faire ?',
  whatToDoLink: 'Aller à « Que faire ? »',
  nextStep: 'Ce qu\'il faut faire',
  nextStepWeek: 'Voir les actions de cette semaine',
  writeLetter: 'Préparer la lettre',
  fillLetter: 'Remplir la lettre',
  computeDate: 'Calculer votre date',
  toRecheckNotice: 'Une règle citée sur cette page a peut-être changé.',
  toRecheckDeadline: 'Le texte dont dépend votre délai a peut-être changé. Vérifiez-le avant de compter sur cette date :',
  toRecheckDetail: 'Voir ce qu\'il faut revérifier',
  searchFilter: 'Filtrer',
  searchDefinition: 'Définition',
  searchDefinitionLink: 'Le mot dans le glossaire',
  footerPrivacy: 'Ce site ne dépose aucun cookie, ne mesure pas votre visite et ne charge rien depuis un autre site.',
  footerNotAdvice: 'Ces pages informent ; elles ne remplacent pas l\'avis d\'un avocat ou d\'une association.',
  externalLink: '(site externe)',
  seeAlso: 'Voir aussi',
  deadline: 'Votre délai',
  lettersToUse: 'Lettre à utiliser',
  relatedArticles: 'Pour aller plus loin',
  contactsToCall: 'Numéros à appeler',
  contactPrice: 'Prix',
  contactHours: 'Horaires',
  contactChecked: 'Vérifié le',
  contactCheckedWhere: 'source',
  fichesTitle: 'Je viens de recevoir…',
  lettersTitle: 'Lettres à envoyer',

  // Letter pages
  legalBasis: 'Base légale',
  sendTo: 'À qui l\'envoyer',
  howToSend: 'Comment l\'envoyer',
  checkBeforeSending: 'À vérifier avant d\'envoyer',
  letterHeading: 'Remplir la lettre',
  letterSheetLabel: 'La lettre',
  noJsNote: 'Imprimez cette page : seule la lettre est imprimée. Complétez ensuite à la main les blancs entre crochets.',
  jsNote: 'Remplissez le formulaire : la lettre se complète au fur et à mesure. Rien de ce que vous tapez ne quitte votre appareil : rien n\'est envoyé, rien n\'est enregistré.',
  formYou: 'Vous',
  formCase: 'Votre dossier',
  formAddressee: 'Destinataire',
  formPlaceDate: 'Lieu et date de la lettre',
  formAddresseeLabel: 'Adresse du destinataire',
  formAddresseeHelp: 'Remplacez les lignes entre crochets par l\'adresse exacte, indiquée sur le courrier que vous avez reçu.',
  optional: '(facultatif)',
  charCount: 'caractères',
  print: 'Imprimer la lettre',
  copy: 'Copier le texte',
  download: 'Télécharger (.txt)',
  clearForm: 'Vider le formulaire',
  keepDraft: 'Garder un brouillon sur cet appareil',
  eraseDraft: 'Effacer le brouillon',
  draftExplain: 'Si vous fermez la page, ce que vous avez tapé disparaît. Pour le retrouver plus tard, gardez un brouillon : il reste dans ce navigateur, sur cet appareil, jusqu\'à ce que vous l\'effaciez.',
  draftSaved: 'Brouillon gardé sur cet appareil. Vos modifications y sont enregistrées au fur et à mesure, jusqu\'à ce que vous l\'effaciez.',
  draftRestored: 'Brouillon retrouvé sur cet appareil et remis dans le formulaire.',
  draftErased: 'Brouillon effacé de cet appareil.',
  draftUnavailable: 'Ce navigateur ne permet pas de garder un brouillon (navigation privée ou stockage désactivé).',
  clearConfirm: 'Vider le formulaire ? Ce que vous avez tapé sera effacé de cette page.',
  formCleared: 'Formulaire vidé.',
  copied: 'Texte de la lettre copié. Collez-le dans un message ou un traitement de texte.',
  copyFailed: 'La copie n\'a pas marché. Utilisez « Télécharger (.txt) », ou sélectionnez le texte de la lettre.',
  downloaded: 'Fichier texte de la lettre téléchargé.',
  printing: 'Impression de la lettre lancée.',
  fixFirst: 'Corrigez d\'abord',
  blanksLeft: 'Blancs à remplir à la main',
  errEmpty: 'Champ à remplir. Sinon, ce blanc reste sur la lettre : vous le compléterez à la main.',
  errDateImpossible: 'Cette date n\'existe pas. Vérifiez le jour, le mois et l\'année (exemple : 20/03/2026).',
  errDateFuture: 'Cette date est dans le futur. Indiquez la date passée, ou celle d\'aujourd\'hui.',
  errDateOld: 'Vérifiez l\'année : cette date est très ancienne.',
  errEmail: 'Adresse électronique incomplète (exemple : prenom.nom@exemple.fr).',
  errTooLongAdvice: 'Raccourcissez-le, ou écrivez la suite sur une feuille jointe à la lettre.',

  // Deadline block
  deadlineRuleLabel: 'La règle',
  deadlineHow: 'Comment le compter',
  deadlineExample: 'Exemple',
  deadlineCalcLegend: 'Calculer votre date',
  deadlineAlsace: 'J\'habite dans le Bas-Rhin, le Haut-Rhin ou la Moselle (Vendredi saint et 26 décembre fériés)',
  deadlineMainland: 'Le calcul compte les jours fériés de métropole. Outre-mer, d\'autres jours fériés locaux peuvent s\'ajouter.',
  deadlineSource: 'Source',
  deadlineCounting: 'Méthode de calcul',
  deadlineStartSources: 'Point de départ et envoi par la poste',
  deadlineHowTo: 'Comment compter un délai',
  deadlineAgenda: 'Ajouter à mon agenda (.ics)',
  deadlineAgendaDone: 'Fichier d\'agenda téléchargé. Ouvrez-le pour ajouter la date à votre agenda.',
  deadlineAgendaNeedsDate: 'Indiquez d\'abord une date de départ.',
  deadlineDetails: 'Le calcul, étape par étape',
  deadlineSafe: 'Date sûre',
  notChecked: 'non vérifié automatiquement',
  changedSinceCheck: 'modifié depuis notre vérification',
  legalWatchLink: 'Comment nous suivons les textes de loi',
  legalWatchTitle: 'Veille juridique automatique',

  // Freshness ("à revérifier")
  staleByDate: 'La date de vérification remonte à plus de 12 mois.',

  // Lists of pages
  themesDescription: 'Tous les articles de Sous contrôle, rangés par thème.',
  themeArticles: 'Articles',
  article: 'article',
  articles: 'articles',
  fichesDescription: 'Vous venez de recevoir un courrier de France Travail ou de la CAF : ce qu\'il veut dire, ce qu\'il faut faire cette semaine, votre délai.',
  lettersDescription: 'Des modèles de lettres à remplir en ligne ou à la main : demande de données, observations, médiation, contestation d\'un trop-perçu.',
  lettersLead: 'Remplissez la lettre sur cette page ou imprimez-la et complétez-la à la main. Rien de ce que vous tapez ne quitte votre appareil.',
  glossaryDescription: 'Les mots de France Travail, de la CAF et du droit, expliqués simplement.',
  glossaryLetters: 'Lettres du glossaire',
  footerNavLabel: 'Pied de page',

  // Home page
  homeBookletTitle: 'Le livret à imprimer',
  homeBookletText: 'Tous les conseils pratiques, les fiches et les lettres dans un livret à imprimer, à plier ou à partager.',
  homeBookletLink: 'Voir le livret',

  // Search page
  searchDescription: 'Chercher un sujet sur Sous contrôle, ou parcourir toutes les pages de A à Z.',
  searchByTheme: 'Par thème',
  searchAz: 'Toutes les pages de A à Z',
  searchGlossaryLink: 'Le glossaire',
  searchGlossaryText: 'explique les mots du droit et des administrations.',

  // 404
  notFoundDescription: 'Cette page n’existe pas ou a été déplacée.',
  notFoundLead: 'Cette page n’existe pas, ou elle a changé d’adresse.',
  notFoundHome: 'Revenir à l’accueil',
  notFoundThemes: 'Voir tous les thèmes',
  notFoundSearch: 'Chercher un sujet',

  // Search records that are not pages (src/lib/search-records.ts)
  searchBookletTitle: 'Livret Sous contrôle (PDF)',
  searchBookletText: 'Le livret Sous contrôle à imprimer, au format PDF (A5) : les conseils pratiques en cas de contrôle, '
    + 'pour contester une décision, face à un trop-perçu, pour vos données, les fiches « Je viens de recevoir… » '
    + 'et les lettres à envoyer. À imprimer, plier et partager, même sans internet.',
} as const;

export const UI = frAll(raw);


/**
 * « Lire hors connexion » (src/pages/hors-connexion.astro, src/scripts/offline-page.ts). Kept out of
 * `UI`, which the letter form's script bundles whole.
 */
export const OFFLINE_TEXT = /* @__PURE__ */ frAll({
  title: 'Lire hors connexion',
  description: 'Gardez une copie du site sur votre téléphone pour le lire sans internet : les pages, les fiches, les lettres, le livret et la recherche. Rien n\'est gardé sans votre accord.',
  lead: 'Pas toujours de réseau, ou peu de données ? Gardez une copie de Sous contrôle dans ce navigateur. Vous pourrez ensuite lire les pages et remplir les lettres, même sans connexion.',
  whatTitle: 'Ce qui est gardé',
  what: 'Toutes les pages du site, les fiches et les lettres, le livret en PDF et, si la place le permet, la recherche. Rien d\'autre : pas de cookie, pas de mesure d\'audience. Rien n\'est envoyé, rien ne part de votre appareil.',
  updateTitle: 'Mises à jour',
  update: 'Quand vous avez du réseau, les pages viennent toujours du site : vous lisez la dernière version. À chaque nouvelle version du site, la copie est remplacée d\'elle-même.',
  noJs: 'Pour garder une copie, il faut que JavaScript soit activé dans votre navigateur. Sans copie, le site marche normalement avec une connexion, et le livret se télécharge en PDF.',
  unsupported: 'Ce navigateur ne permet pas de garder une copie du site (navigation privée, ou navigateur trop ancien). Vous pouvez télécharger le livret en PDF.',
  keep: 'Garder une copie sur cet appareil',
  remove: 'Retirer la copie de cet appareil',
  working: 'Copie en cours… Restez sur cette page.',
  none: 'Aucune copie n\'est gardée sur cet appareil.',
  removed: 'Copie retirée de cet appareil. Rien du site n\'y est plus gardé.',
  /** {count} and {size} are filled in by the page's script. */
  planned: 'La copie compte {count} fichiers et pèse {size}.',
  noSearch: 'La recherche n\'y tient pas (la copie ne doit pas dépasser 4 Mo) : elle demande une connexion.',
  kept: 'Copie gardée sur cet appareil : {count} fichiers, {size}. Vous pouvez lire le site sans connexion.',
  failed: 'La copie n\'a pas pu se faire (connexion coupée, ou pas assez de place). Réessayez avec du réseau.',
});

/** « Envoyer ce lien » (src/components/ShareLinks.astro). */
export const SHARE_TEXT = /* @__PURE__ */ frAll({
  title: 'Envoyer ce lien',
  intro: 'Ces liens ouvrent votre application : rien n\'est envoyé tant que vous n\'avez pas appuyé sur « Envoyer ».',
  email: 'Par e-mail',
  sms: 'Par SMS',
  whatsApp: 'Par WhatsApp',
  copy: 'Copier le lien',
  copied: 'Lien copié. Collez-le dans un message.',
  copyFailed: 'La copie n\'a pas marché. Sélectionnez l\'adresse de la page dans la barre du navigateur.',
});

/** Sentences of the legal watch ("Textes cités", "à revérifier"), built around names and dates. */
export const LEGAL_UI = {
  inForceSince: (date: string) => fr(`en vigueur depuis le ${date}`),
  inForceFrom: (date: string) => fr(`en vigueur à partir du ${date}`),
  nextChange: (kind: 'modification' | 'abrogation', date: string) =>
    fr(kind === 'modification' ? `nouvelle version prévue le ${date}` : `abrogation prévue le ${date}`),
  /** "le 30 juin 2026" or "entre le 27 mars 2026 et le 20 août 2026": when a change was seen, after seenOn/seenBetween. */
  seenOn: (date: string) => fr(`le ${date}`),
  seenBetween: (from: string, to: string) => fr(`entre le ${from} et le ${to}`),
  knownChange: (seen: string) =>
    fr(`modifié : nouvelle version repérée ${seen}, que nos données ne contiennent pas encore`),
  /** The note under "Textes cités": what was checked, against data of which date. */
  note: (dataDate: string) =>
    fr(`Les articles des codes ci-dessus sont vérifiés automatiquement dans les textes consolidés officiels (base LEGI) à jour au ${dataDate}. Un changement plus récent peut y manquer : vérifiez la version en vigueur sur Légifrance avant d'agir.`),
  reasonChanged: (name: string, date: string) =>
    fr(`L'${name} a changé le ${date}, après la dernière vérification de cette page.`),
  reasonKnownChange: (name: string, seen: string) =>
    fr(`L'${name} a une nouvelle version, repérée ${seen}, après la dernière vérification de cette page.`),
  reasonKnownUnread: (name: string, seen: string) =>
    fr(`L'${name} a une nouvelle version, repérée ${seen}, que nous n'avons pas encore pu lire : ce que dit cette page peut ne plus être exact. Vérifiez le texte sur Légifrance.`),
  reasonFuture: (name: string, date: string) => fr(`L'${name} n'entre en vigueur que le ${date}.`),
  /** /a-propos/#veille-juridique */
  aboutData: (version: string, dataDate: string) =>
    fr(`Données utilisées : les textes consolidés officiels de la base LEGI (celle de Légifrance), dans le paquet logiciel @socialgouv/legi-data, version ${version}. Ils sont à jour au ${dataDate} : un changement plus récent n'y figure pas.`),
  aboutChecked: (codes: string) => fr(`Vérifiés automatiquement : ${codes}.`),
  aboutIndex: (indexDate: string, dataDate: string) =>
    fr(`Nous comparons aussi chaque article cité à un index plus récent des mêmes codes, à jour au ${indexDate} : il dit quels articles ont une nouvelle version depuis le ${dataDate}, sans en donner le texte. Les pages qui citent un de ces articles sont signalées « à revérifier » tant que nous n'avons pas lu le nouveau texte. Leur liste :`),
  aboutUnchecked: (codes: string) =>
    fr(`Non vérifiés automatiquement (nous les vérifions à la main, à la date « vérifié le » de chaque page) : ${codes}.`),
  aboutKnownTitle: (dataDate: string) => fr(`Changements repérés après le ${dataDate}`),
  aboutKnownIntro: fr('Ces changements ne figurent pas encore dans les données officielles que nous utilisons. Nous les avons relevés à la main et les pages qui citent ces articles le signalent :'),
  aboutKnownItem: (name: string, kind: 'modifie' | 'abroge', date: string) =>
    fr(`${name} : ${kind === 'modifie' ? 'nouvelle version' : 'abrogation'} repérée le ${date}.`),
  source: fr('Source :'),
};

/** Strings of « Qu'avez-vous reçu ? » (/recu/ and its steps) and of the parcours pictures. */
const recu = {
  title: 'Qu\'avez-vous reçu ?',
  description: 'Un courrier de France Travail, de la Caf ou d\'un tribunal : répondez à deux questions pour trouver la fiche qui vous dit quoi faire, votre délai et la lettre à envoyer.',
  intro: 'Deux questions, et vous trouvez quoi faire, votre délai et la lettre à envoyer.',
  back: 'Question précédente',
  restart: 'Recommencer',
  readFiche: 'Lire la fiche',
  readPage: 'Lire la page',
  deadline: 'Votre délai',
  deadlineSource: 'Source',
  letters: 'Lettre à utiliser',
  noLetter: 'Pas de lettre type pour ce cas : la fiche dit comment répondre.',
  allFiches: 'Voir toutes les fiches « Je viens de recevoir… »',
  parcoursYou: 'à vous d\'agir',
  parcoursThem: 'l\'organisme doit répondre',
  parcoursDelay: 'Délai',
  parcoursSource: 'Source',
} as const;

export const RECU_UI = frAll(recu);

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
  howToDeadlines: 'Les délais sont écrits en gras. Notez tout de suite la date de réception de chaque courrier, et gardez l\'enveloppe. Un recommandé que vous n\'allez pas chercher compte quand même : le délai part du jour de l\'avis de passage.',
  howToLetters: 'Les lettres se remplissent à la main, dans les espaces prévus. Photocopiez la page ou recopiez-la, et gardez une copie de ce que vous envoyez :',
  howToGlossary: 'Les mots soulignés en pointillé sont expliqués dans le',
  howToSources: 'Chaque page se termine par ses sources. Le code carré (QR code) ouvre la même page sur le site, avec tous les liens.',
  /** A short booklet prints no sources (booklet-selection.ts, `court`). */
  howToSourcesShort: 'Les sources, les explications complètes et les formulaires des lettres sont sur le site : l\'adresse et le code carré (QR code) en haut de chaque page y mènent.',
  howToVerified: 'Chaque page dit quand ses informations ont été vérifiées. Les lois changent : en cas de doute, vérifiez sur le site.',
  howToHelp: 'Pour vous faire aider, gratuitement, voyez les',
  tocTitle: 'Sommaire',
  contactsTitle: 'Adresses utiles',
  contactsIntro: 'Ces coordonnées viennent des pages de ce livret. Vérifiez-les sur le courrier que vous avez reçu ou auprès de l\'organisme.',
  contactsReach: 'Comment le joindre :',
  contactsSource: 'Voir',
  readOnline: 'En ligne, avec les liens :',
  /** A letter of a short booklet: what to check before sending stays on the site, with the form. */
  fullVersion: 'Version complète et formulaire :',
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
  deadlinesTitle: 'Comment compter un délai',
  deadlinesStart: 'Notez le jour où vous recevez le courrier (ou le jour de l\'avis de passage du facteur si vous ne l\'avez pas retiré), et gardez l\'enveloppe.',
  deadlinesDays: 'Le délai part le lendemain : le jour de réception ne compte pas. Un délai en jours compte tous les jours, week-ends compris.',
  deadlinesMonths: 'Un délai en mois se termine le même jour du dernier mois : reçu le 10 mars, 2 mois mènent au 10 mai.',
  deadlinesWeekend: 'Un délai qui se termine un samedi, un dimanche ou un jour férié va jusqu\'au jour ouvrable suivant.',
  deadlinesEarly: 'N\'attendez pas le dernier jour : envoyez en recommandé avec accusé de réception, et gardez une copie.',
  deadlinesFrom: 'À partir du',
  notesTitle: 'Notes',
  printThisFiche: 'Imprimer cette fiche',
  printThisLetter: 'Imprimer cette lettre, à remplir à la main',
  pdfPage: 'page',
  printThisCard: 'Imprimer la carte de poche (une feuille A4, 10 cartes)',
  cardPageTitle: 'La carte de poche',
  cardPageDescription: 'Les délais à ne pas manquer et les numéros à appeler, sur une carte à découper et à garder sur soi.',
  composerLinkTitle: 'Composer votre livret',
  composerLinkDescription: 'choisissez les fiches et les lettres, ajoutez les coordonnées de votre association, puis imprimez.',
  cardPageIntro: 'Imprimez la feuille en recto verso (retournement sur le bord long), puis découpez les 10 cartes le long des traits gris. Chaque carte a la taille d\'une carte bancaire.',
  cardFrontTitle: 'Vos délais',
  cardFrontNote: 'À partir du lendemain de la réception du courrier. Gardez l\'enveloppe.',
  cardBackTitle: 'Qui appeler',
  cardSite: 'Les fiches, les lettres et le calcul de vos délais :',
} as const;

export const BOOKLET_UI = frAll(booklet);

/** Strings of « Ce qui a changé » (/changements/, its feed) and of each page's « Historique ». */
const changes = {
  title: 'Ce qui a changé',
  description: 'Les changements du site, les plus récents d\'abord : pages corrigées ou revérifiées, et changements de la loi qui touchent nos pages.',
  intro: 'Chaque fois qu\'une page change pour ses lecteurs, ou qu\'un article de loi qu\'elle cite change, nous l\'écrivons ici, le plus récent en premier.',
  feedLink: 'Suivre ces changements avec un lecteur de flux (format Atom)',
  feedTitle: 'Sous contrôle : ce qui a changé',
  lawLabel: 'Loi',
  editionLabel: 'Pages',
  concerns: 'Pages concernées :',
  source: 'Source :',
  readNewVersion: 'lire la nouvelle version sur Légifrance',
  historyTitle: 'Historique de cette page',
  none: 'Aucun changement pour l\'instant.',
} as const;

export const CHANGES_UI = frAll(changes);

/** Words drawn on the share cards (src/lib/share-image.ts). */
export const SHARE_UI = {
  verified: (date: string) => fr(`Vérifié le ${date}`),
  tagline: fr('Vos droits face aux contrôles de France Travail et de la CAF'),
};
