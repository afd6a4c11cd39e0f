/**
 * Which icon stands for what: themes, page types, situations (fiches) and interface actions. One
 * table, so an icon means the same thing everywhere. Names are Tabler icon names (tabler.io/icons).
 */
import type { ThemeId } from './themes.ts';

export const THEME_ICONS: Record<ThemeId, string> = {
  controle: 'eye-search',
  recours: 'scale',
  argent: 'coin-euro',
  donnees: 'database',
  algorithmes: 'cpu',
  aide: 'heart-handshake',
  societe: 'users',
};

/** Page types, as the search filter names them (article, fiche, lettre, glossaire, livret). */
export const TYPE_ICONS: Record<string, string> = {
  article: 'file-text',
  fiche: 'mail-opened',
  lettre: 'writing',
  glossaire: 'book',
  livret: 'printer',
};

/** Situations (« Je viens de recevoir… »), by fiche id; a fiche not listed gets the opened letter. */
export const SITUATION_ICONS: Record<string, string> = {
  'questionnaire-controle': 'clipboard-list',
  'notification-sanction': 'alert-triangle',
  'decision-radiation': 'user-x',
  'notification-indu': 'receipt-euro',
  contrainte: 'gavel',
};

export const UI_ICONS = {
  deadline: 'hourglass-high',
  nextStep: 'arrow-right',
  notice: 'info-circle',
  toc: 'list',
  filter: 'filter',
  search: 'search',
} as const;

export const situationIcon = (ficheId: string): string => SITUATION_ICONS[ficheId] ?? TYPE_ICONS.fiche!;
export const typeIcon = (type: string): string => TYPE_ICONS[type] ?? TYPE_ICONS.article!;
export const themeIcon = (themeId: string): string => THEME_ICONS[themeId as ThemeId] ?? TYPE_ICONS.article!;
