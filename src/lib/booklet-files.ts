/**
 * Where every printed file of the site lives: one function or constant per PDF, used by the pages
 * that link to them, the build that writes them and the tests that read them.
 */
import { pageUrl } from './pages.ts';

/** A booklet's page and PDFs, from its `chemin` and `fichier` (content/livrets/*.yaml). */
export function bookletFiles(s: { chemin: string; fichier: string }): { page: string; a5: string; a4: string } {
  const page = `/livret/${s.chemin}`;
  return { page, a5: `${page}${s.fichier}-a5.pdf`, a4: `${page}${s.fichier}-a4-imprime.pdf` };
}

/** The pocket card's page and its A4 PDF. */
export const POCKET_CARD = { page: '/livret/carte/', pdf: '/livret/carte/carte-de-poche.pdf' } as const;

/** The A4 PDF of one fiche or letter, beside its page (/fiches/contrainte/contrainte.pdf), or the pocket card's. */
export function pagePdf(kind: 'fiche' | 'lettre' | 'carte', id: string): string {
  return kind === 'carte' ? POCKET_CARD.pdf : `${pageUrl(kind, id)}${id}.pdf`;
}

/** What the build hands to the PDF step (written by src/pages/livret/impression.json.ts, read and removed by the integration). */
export const PRINT_MANIFEST = '/livret/impression.json';

export interface PrintManifest {
  booklets: {
    titre: string;
    fichier: string;
    page: string;
    a5: string;
    a4: string;
    pagesMax: number | null;
    /** ISO date: the latest "vérifié le" of the booklet's pages, computed once with its parts. */
    edition: string;
  }[];
  /** Fiches and letters, each printed alone on A4. */
  pages: { kind: 'fiche' | 'lettre' | 'carte'; id: string; titre: string; page: string; pdf: string }[];
}
