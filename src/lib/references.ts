/** Resolves slugs named in front matter (a fiche's letters, say) and fails the build on a wrong one. */
export function requireEntries<T extends { id: string }>(all: T[], ids: string[], file: string, field: string): T[] {
  return ids.map((id) => {
    const found = all.find((e) => e.id === id);
    if (!found) {
      throw new Error(`${file}: field "${field}" names "${id}", which does not exist. Known: ${all.map((e) => e.id).join(', ')}`);
    }
    return found;
  });
}
