/**
 * Letter models: the body is plain text with blanks written {{field}}. This module checks that
 * blanks and declared fields match, and splits the body into paragraphs of text and blanks that
 * the page renders (blanks visible without JavaScript, filled live by the form with it).
 */
import { SHARED_LETTER_FIELDS } from './schema.ts';

export interface Field { nom: string; libelle: string; type?: string; requis?: boolean; aide?: string | undefined }

/** Fields every letter has, without declaring them. */
export const SHARED_FIELDS: Field[] = [
  { nom: 'nom', libelle: 'Vos prénom et nom', type: 'texte', requis: true },
  { nom: 'adresse', libelle: 'Votre adresse', type: 'texte-long', requis: true },
  { nom: 'ville', libelle: 'Ville où vous écrivez', type: 'texte', requis: true },
  { nom: 'date', libelle: 'Date de la lettre', type: 'date', requis: true },
];

export type Piece = { text: string } | { field: string; label: string };

const BLANK = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/** Names of the blanks used in a body, in order of first use. */
export function blanks(body: string): string[] {
  return [...new Set([...body.matchAll(BLANK)].map((m) => m[1]!))];
}

/** Throws, naming the file, when a blank is undeclared or a declared field is unused. */
export function checkLetter(file: string, body: string, champs: Field[]): void {
  const declared = new Set(champs.map((c) => c.nom));
  const shared = new Set<string>(SHARED_LETTER_FIELDS);
  const used = blanks(body);
  const undeclared = used.filter((b) => !declared.has(b) && !shared.has(b));
  if (undeclared.length) {
    throw new Error(`${file}: the body uses {{${undeclared.join('}}, {{')}}} but "champs" does not declare it.`);
  }
  const unused = [...declared].filter((d) => !used.includes(d));
  if (unused.length) {
    throw new Error(`${file}: field "champs" declares ${unused.join(', ')}, which the body never uses.`);
  }
}

/** The body as paragraphs of text and blanks. Blank lines separate paragraphs; single newlines are kept as line breaks. */
export function letterParagraphs(body: string, champs: Field[], typography: (s: string) => string = (s) => s): Piece[][] {
  const labels = new Map([...SHARED_FIELDS, ...champs].map((c) => [c.nom, c.libelle]));
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((para) => {
      const pieces: Piece[] = [];
      let last = 0;
      for (const m of para.matchAll(BLANK)) {
        if (m.index! > last) pieces.push({ text: typography(para.slice(last, m.index)) });
        pieces.push({ field: m[1]!, label: labels.get(m[1]!) ?? m[1]! });
        last = m.index! + m[0].length;
      }
      if (last < para.length) pieces.push({ text: typography(para.slice(last)) });
      return pieces;
    });
}

/** The letter as plain text, blanks replaced by values or by "[libellé]" when empty. */
export function letterText(paragraphs: Piece[][], values: Record<string, string>): string {
  return paragraphs
    .map((p) => p.map((piece) => ('text' in piece ? piece.text : values[piece.field]?.trim() || `[${piece.label}]`)).join(''))
    .join('\n\n');
}
