/**
 * Letter models: the body is plain text with blanks written {{field}}. This module checks that
 * blanks and declared fields match, and splits the body into paragraphs of text and blanks that
 * the page renders (blanks visible without JavaScript, filled live by the form with it).
 * It imports nothing heavy, so browser code may use it.
 */

export type FieldType = 'texte' | 'texte-long' | 'date' | 'email';

export interface Field {
  nom: string;
  libelle: string;
  type?: FieldType | undefined;
  requis?: boolean | undefined;
  aide?: string | undefined;
  /** Short label for the blank in the letter, when the form label is too long for it. */
  court?: string | undefined;
  /** Longest accepted value, when the type's limit does not fit (see field-check.ts). */
  max?: number | undefined;
}

/** The fields every letter shares, not declared by each letter. */
export const SHARED_LETTER_FIELDS = ['nom', 'adresse', 'ville', 'date'] as const;

/** Names a letter may not declare: the shared fields, and the addressee block the form lets the reader edit. */
export const RESERVED_FIELD_NAMES: readonly string[] = [...SHARED_LETTER_FIELDS, 'destinataire'];

/** Fields every letter has, without declaring them. */
export const SHARED_FIELDS: Field[] = [
  { nom: 'nom', libelle: 'Vos prénom et nom', type: 'texte', requis: true },
  { nom: 'adresse', libelle: 'Votre adresse', type: 'texte-long', requis: true, max: 400, aide: 'Numéro, rue, code postal et ville, sur plusieurs lignes si besoin.' },
  { nom: 'ville', libelle: 'Ville où vous écrivez la lettre', type: 'texte', requis: true, court: 'Ville' },
  { nom: 'date', libelle: 'Date de la lettre', type: 'date', requis: true, court: 'Date' },
];

export type Piece = { text: string } | { field: string; label: string; type: FieldType };

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

/** Shared fields first, then the letter's own, as the form lists them. */
export function letterFields(champs: Field[]): Field[] {
  return [...SHARED_FIELDS, ...champs];
}

/** A blank for a field, labelled with its short label when it has one. */
export function blankOf(field: Field): Piece {
  return { field: field.nom, label: field.court ?? field.libelle, type: field.type ?? 'texte' };
}

/** The body as paragraphs of text and blanks. Blank lines separate paragraphs; single newlines are kept as line breaks. */
export function letterParagraphs(body: string, champs: Field[], typography: (s: string) => string = (s) => s): Piece[][] {
  const fields = new Map(letterFields(champs).map((c) => [c.nom, c]));
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((para) => {
      const pieces: Piece[] = [];
      let last = 0;
      for (const m of para.matchAll(BLANK)) {
        if (m.index! > last) pieces.push({ text: typography(para.slice(last, m.index)) });
        const field = fields.get(m[1]!);
        pieces.push(field ? blankOf(field) : { field: m[1]!, label: m[1]!, type: 'texte' });
        last = m.index! + m[0].length;
      }
      if (last < para.length) pieces.push({ text: typography(para.slice(last)) });
      return pieces;
    });
}

/** A paragraph that holds only the sender's name: the signature. */
export function isSignature(paragraph: Piece[]): boolean {
  return paragraph.length === 1 && 'field' in paragraph[0]! && paragraph[0].field === 'nom';
}

/** The body with a signature: letters that never write {{nom}} alone on a line get one at the end. */
export function withSignature(paragraphs: Piece[][]): Piece[][] {
  return paragraphs.some(isSignature) ? paragraphs : [...paragraphs, [blankOf(SHARED_FIELDS[0]!)]];
}
