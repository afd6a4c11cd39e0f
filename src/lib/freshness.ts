/**
 * Whether a page must be shown as "à revérifier": its "vérifié le" date is older than 12 months
 * on the day of the build. The legal watch adds its own reasons (a cited article changed since).
 */
import { isStale } from './dates.ts';

export interface Freshness { stale: boolean; reasons: string[] }

export function freshness(verifie: Date, today = new Date(), extraReasons: string[] = []): Freshness {
  const reasons = [...extraReasons];
  if (isStale(verifie, today)) reasons.unshift('La date de vérification remonte à plus de 12 mois.');
  return { stale: reasons.length > 0, reasons };
}
