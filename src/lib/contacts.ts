/**
 * Useful contacts of the booklet (content/contacts.yaml). A contact only repeats what a page of the
 * site already says: each phone number, address line and "how to reach" sentence must be written
 * in the content file it names, or the build fails, naming the contact and the missing words.
 * Pure: the layout reads the sources with `readContentSource()` (content-fs.ts).
 */
import { pageUrlOfSource } from './pages.ts';

export interface ContactData {
  glossaire?: string | undefined;
  nom?: string | undefined;
  joindre?: string | undefined;
  telephone?: string | undefined;
  adresse?: string | undefined;
  prix?: string | undefined;
  horaires?: string | undefined;
  url?: string | undefined;
  verifie?: Date | undefined;
  source: string;
}

/**
 * Text reduced to what a reader sees, for comparison: bold marks, escapes and link targets dropped,
 * typographic apostrophes and no-break spaces made plain, whitespace (and YAML line folding) collapsed.
 */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([*_[\]()])/g, '$1')
    .replace(/[’ʼ]/g, "'")
    .replace(/[\u00A0\u202F\s]+/g, ' ')
    .trim();
}

/** The facts a contact states, each of which must appear in its source. */
export function contactFacts(c: ContactData): string[] {
  return [
    c.joindre,
    c.telephone,
    c.prix,
    c.horaires,
    ...(c.adresse ?? '').split('\n'),
  ].filter((f): f is string => typeof f === 'string' && f.trim() !== '');
}

/** Throws, naming the contact and its source, when a fact is not written in the source text. */
export function checkContact(id: string, c: ContactData, sourceText: string): void {
  const haystack = plainText(sourceText);
  const missing = contactFacts(c).filter((fact) => !haystack.includes(plainText(fact)));
  if (missing.length) {
    throw new Error(
      `content/contacts.yaml: contact "${id}" says ${missing.map((m) => `"${m.trim()}"`).join(', ')}, `
      + `which content/${c.source} does not say. Quote the source word for word, or name the file that says it.`,
    );
  }
}

export interface GlossaryLike { id: string; data: { terme: string; long?: string | undefined; definition: string } }

/** A contact ready to print: name and description from the glossary, facts checked against their source. */
export interface ContactView {
  id: string;
  nom: string;
  definition: string;
  joindre?: string | undefined;
  telephone?: string | undefined;
  adresse: string[];
  prix?: string | undefined;
  horaires?: string | undefined;
  /** Where the number and price were checked, and when. */
  url?: string | undefined;
  verifie?: Date | undefined;
  /** Site path of the page that states the facts, e.g. /articles/se-faire-aider/. */
  sourcePath: string;
}

export function resolveContacts(
  entries: { id: string; data: ContactData }[],
  glossary: GlossaryLike[],
  read: (source: string) => string,
): ContactView[] {
  const terms = new Map(glossary.map((g) => [g.id, g.data]));
  const contacts = entries.map(({ id, data }) => {
    const termId = data.glossaire ?? id;
    const term = terms.get(termId);
    if (!term) {
      throw new Error(`content/contacts.yaml: contact "${id}" names the glossary term "${termId}", which content/glossaire.yaml does not define.`);
    }
    checkContact(id, data, read(data.source));
    return {
      id,
      nom: data.nom ?? (term.long ? `${term.terme} (${term.long})` : term.terme),
      definition: term.definition,
      joindre: data.joindre,
      telephone: data.telephone,
      adresse: (data.adresse ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
      // Only the facts a contact states: a view without a phone number carries no price key at all.
      ...(data.prix !== undefined && { prix: data.prix }),
      ...(data.horaires !== undefined && { horaires: data.horaires }),
      ...(data.url !== undefined && { url: data.url }),
      ...(data.verifie !== undefined && { verifie: data.verifie }),
      sourcePath: pageUrlOfSource(data.source),
    };
  });
  // A to Z, as a reader looks for a name.
  return contacts.sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }));
}

/** The contacts a page names, in the order it names them; an unknown id fails, naming the page. */
export function pickContacts(all: ContactView[], ids: readonly string[], file: string): ContactView[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  return ids.map((id) => {
    const c = byId.get(id);
    if (!c) throw new Error(`${file}: field "contacts" names "${id}", which content/contacts.yaml does not define.`);
    return c;
  });
}

/** "tel:" address of a French number: digits only ("09 69 39 00 00" → "tel:0969390000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, '')}`;
}

/** French phone numbers ("09 69 39 00 00") never break across lines: their spaces become no-break spaces. */
export function keepPhonesTogether(text: string): string {
  return text.replace(/\b0\d(?:[ \u00A0]\d{2}){4}\b/g, (phone) => phone.replace(/ /g, '\u00A0'));
}

/** First letter in capitals and a final full stop, for a quote printed as a sentence of its own. */
export function asSentence(text: string): string {
  const t = text.trim();
  const capped = t.charAt(0).toLocaleUpperCase('fr') + t.slice(1);
  return /[.!?…]$/.test(capped) ? capped : `${capped}.`;
}
