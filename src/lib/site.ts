/** Facts about the site itself, in one place. */
export const SITE = {
  /** Public address; set SITE_URL when deploying elsewhere. */
  url: (process.env.SITE_URL ?? 'https://sous-controle.fr').replace(/\/$/, ''),
  nom: 'Sous contrôle',
  baseline: 'Comprendre les contrôles de France Travail et de la CAF, et faire valoir vos droits',
  licence: 'Textes sous licence Creative Commons BY-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr',
} as const;
