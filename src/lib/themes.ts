/**
 * The one list of themes and booklet parts. Articles name a theme by its id; the schema
 * rejects any other value, and every page that groups articles reads this list.
 */
import { fr } from './typography.ts';

export interface Theme {
  /** Stable id, used in front matter and in the URL /themes/<id>/. */
  id: string;
  /** Title shown to readers. */
  titre: string;
  /** One sentence shown under the title on the home page and the theme page. */
  description: string;
}

const THEME_DEFS = [
  {
    id: 'controle',
    titre: 'Contrôles et sanctions',
    description:
      'Comment France Travail contrôle la recherche d\'emploi, ce que dit la loi « plein emploi », ce qui peut vous être reproché.',
  },
  {
    id: 'recours',
    titre: 'Contester une décision',
    description: 'Les recours, les délais et la façon de les compter, les documents que vous pouvez obtenir.',
  },
  {
    id: 'argent',
    titre: 'L\'argent : indus et retenues',
    description: 'Trop-perçu, retenues sur vos allocations, mise en demeure et contrainte : vos droits.',
  },
  {
    id: 'donnees',
    titre: 'Vos données',
    description: 'Ce que France Travail et la CAF savent de vous, ce qu\'ils peuvent demander à votre banque, comment accéder à vos données.',
  },
  {
    id: 'algorithmes',
    titre: 'Algorithmes et scores',
    description: 'Les calculs qui classent les allocataires et orientent les contrôles, et votre droit à une explication.',
  },
  {
    id: 'aide',
    titre: 'Se faire aider',
    description: 'Sans internet, seul face à un courrier : qui peut vous accompagner, gratuitement.',
  },
  {
    id: 'societe',
    titre: 'Travail et société',
    description: 'La surveillance des salariés, les agents qui ont dit non, et le débat sur le numérique dans l\'action sociale.',
  },
] as const satisfies readonly Theme[];

export type ThemeId = (typeof THEME_DEFS)[number]['id'];

export const THEME_IDS = THEME_DEFS.map((t) => t.id) as [ThemeId, ...ThemeId[]];

/** Themes as readers see them: French typography applied once, here. */
export const THEMES: (Theme & { id: ThemeId })[] = THEME_DEFS.map((t) => ({ id: t.id, titre: fr(t.titre), description: fr(t.description) }));

/** Parts of the printed booklet, in print order. */
const BOOKLET_PART_DEFS = [
  { id: 'controle', titre: 'En cas de contrôle' },
  { id: 'recours', titre: 'Contester une décision' },
  { id: 'argent', titre: 'L\'argent : indus et retenues' },
  { id: 'donnees', titre: 'Vos données et les algorithmes' },
  { id: 'aide', titre: 'Se faire aider' },
  { id: 'fiches', titre: 'Je viens de recevoir…' },
  { id: 'lettres', titre: 'Lettres à envoyer' },
] as const;

export type BookletPartId = (typeof BOOKLET_PART_DEFS)[number]['id'];

export const BOOKLET_PART_IDS = BOOKLET_PART_DEFS.map((p) => p.id) as [BookletPartId, ...BookletPartId[]];

export const BOOKLET_PARTS: { id: BookletPartId; titre: string }[] = BOOKLET_PART_DEFS.map((p) => ({ id: p.id, titre: fr(p.titre) }));

export function themeById(id: string): Theme {
  const theme = THEMES.find((t) => t.id === id);
  if (!theme) throw new Error(`Unknown theme "${id}". Known themes: ${THEME_IDS.join(', ')}`);
  return theme;
}
