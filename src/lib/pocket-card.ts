/**
 * The pocket card (/livret/carte/): the deadlines that matter most, from the calculator's rules
 * (src/lib/deadline-rules.ts), and the numbers to call, from content/contacts.yaml. One A4 sheet
 * holds CARDS_PER_SHEET cards of credit-card size, fronts on one side, backs on the other.
 */
import { printedDeadline, type PrintedDeadline } from './booklet-deadlines.ts';

/** Rules printed on the card, in this order. */
export const POCKET_CARD_RULES = ['observations-sanction', 'mediation', 'indu-are', 'opposition-contrainte', 'rgpd'] as const;

/** 2 columns × 5 rows of 85.6 × 54 mm (ISO/IEC 7810 ID-1) fill an A4 sheet with room for the printer's margins. */
export const CARD_COLUMNS = 2;
export const CARD_ROWS = 5;
export const CARDS_PER_SHEET = CARD_COLUMNS * CARD_ROWS;

export const pocketCardDeadlines = (): PrintedDeadline[] => POCKET_CARD_RULES.map(printedDeadline);

export interface PhoneContact { id: string; telephone?: string | undefined; prix?: string | undefined }

/** Contacts with a phone number, as the card lists them (none: the back shows the site only). */
export function pocketCardPhones<T extends PhoneContact>(contacts: T[]): (T & { telephone: string })[] {
  return contacts.filter((c): c is T & { telephone: string } => typeof c.telephone === 'string' && c.telephone.trim() !== '');
}
