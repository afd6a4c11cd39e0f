/**
 * Words of « Composer votre livret » (page, script and the booklet it lays out), in one place like
 * src/lib/ui.ts. Kept in their own file so that the browser script does not carry the whole site's
 * strings. French typography is applied once here.
 */
import { fr } from './typography.ts';

const composer = {
  title: 'Composer votre livret',
  description: 'Choisissez les parties du guide, ajoutez les coordonnées de votre association, et imprimez votre propre livret.',
  lead: 'Choisissez les parties du guide à imprimer, ajoutez les coordonnées de votre organisation : elles figurent sur la couverture et au dos du livret. Puis affichez l\'aperçu et imprimez, ou enregistrez en PDF.',
  privacy: 'Rien n\'est envoyé : le livret est mis en pages dans votre navigateur. Vos coordonnées ne sont gardées sur cet appareil que si vous le demandez.',
  noJsTitle: 'Ce composeur a besoin de JavaScript',
  noJs: 'Pour choisir les parties et ajouter vos coordonnées, activez JavaScript dans votre navigateur. Sans JavaScript, vous pouvez imprimer les livrets déjà prêts :',
  noJsNoPdf: 'Ouvrez la page de ce livret et utilisez la commande « Imprimer » de votre navigateur.',
  sectionsLegend: '1. Les parties du guide',
  sectionsHint: 'Chaque partie commence sur une nouvelle page. Le nombre de pages est une estimation.',
  pagesEach: 'p.',
  totalNone: 'Aucune partie cochée.',
  totalPrefix: 'Environ',
  totalSuffix: 'pages avec la couverture, le sommaire et le dos',
  sectionsCount: 'parties',
  selectAll: 'Tout cocher',
  selectNone: 'Tout décocher',
  detailsLegend: '2. Votre organisation',
  detailsHint: 'Facultatif. Ces coordonnées sont imprimées sur la couverture et au dos du livret, telles que vous les tapez.',
  nom: 'Nom de l\'organisation',
  adresse: 'Adresse',
  horaires: 'Horaires d\'ouverture',
  telephone: 'Téléphone',
  courriel: 'Adresse électronique',
  texte: 'Un mot pour vos lecteurs',
  texteHint: '300 caractères au plus. Par exemple : « Venez avec vos courriers, nous les lisons avec vous. »',
  optional: '(facultatif)',
  charCount: 'caractères',
  formatLegend: '3. Le format',
  formatA5: 'Livret A5 (à plier et agrafer : choisissez l\'impression « livret » de votre imprimante)',
  formatA4: 'Pages A4 (feuilles simples, sans pliage)',
  rememberLegend: '4. Vos coordonnées sur cet appareil',
  remember: 'Se souvenir de ces coordonnées sur cet appareil',
  rememberHint: 'Elles restent dans ce navigateur seulement, jusqu\'à ce que vous les effaciez.',
  erase: 'Effacer',
  erased: 'Coordonnées effacées de cet appareil et du formulaire.',
  preview: 'Voir l\'aperçu',
  fixErrors: 'Corrigez ce qui est signalé avant l\'aperçu.',
  shareLabel: 'Adresse de cette sélection, à partager (sans vos coordonnées) :',
  laying: 'Mise en pages du livret…',
  ready: 'Livret prêt',
  readyPages: 'pages',
  print: 'Imprimer ou enregistrer en PDF',
  back: 'Modifier le livret',
  failed: 'La mise en pages a échoué. Rechargez la page et réessayez, ou imprimez un livret déjà prêt.',
  coverKicker: 'Livret composé pour vous',
  orgTitle: 'Pour vous aider près de chez vous',
  orgPhone: 'Téléphone :',
  orgEmail: 'Courriel :',
  orgHours: 'Horaires :',
  tocTitle: 'Sommaire',
} as const;

export const COMPOSER_UI = Object.fromEntries(Object.entries(composer).map(([k, v]) => [k, fr(v)])) as {
  [K in keyof typeof composer]: string;
};
