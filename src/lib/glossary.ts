/** Glossary ordering: A–Z in French collation (accents ignored), grouped by first letter, links resolved. */
export interface GlossaryEntry { id: string; data: { terme: string; long?: string | undefined; definition: string; voirAussi: string[] } }

export function initial(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
}

export function sortGlossary(entries: GlossaryEntry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const terms = [...entries]
    .sort((a, b) => a.data.terme.localeCompare(b.data.terme, 'fr', { sensitivity: 'base' }))
    .map((e) => ({
      id: e.id,
      ...e.data,
      letter: initial(e.data.terme),
      voirAussi: e.data.voirAussi.map((id) => {
        const target = byId.get(id);
        if (!target) throw new Error(`content/glossaire.yaml: term "${e.id}", field "voirAussi" names "${id}", which is not a term.`);
        return { id, terme: target.data.terme };
      }),
    }));
  const letters = [...new Set(terms.map((t) => t.letter))];
  return { letters, terms };
}
