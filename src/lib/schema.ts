/**
 * Zod schemas of the content collections. Kept apart from content.config.ts so the unit tests
 * can check every rule without a build.
 */
import { z } from 'astro/zod';
import { BOOKLET_PART_IDS, THEME_IDS } from './themes.ts';
import { DEADLINE_RULE_IDS } from './deadline-rules.ts';
import { CHECKED_CODE_IDS, LEGAL_CODE_IDS } from './legal-codes.ts';
import { RESERVED_FIELD_NAMES, SHARED_LETTER_FIELDS } from './letters.ts';

export { SHARED_LETTER_FIELDS };

/** A date that is not after today (the day of the build). */
const pastDate = z.coerce.date().refine((d) => d.getTime() <= Date.now(), {
  message: 'La date « vérifié le » ne peut pas être dans le futur.',
});

/** Sources are read over https only: a plain http link would show the reader's visit to the network. */
const httpsUrl = z.url({ message: 'URL invalide.' }).refine((u) => /^https:\/\/[^/\s]+\.[^/\s]+/.test(u), {
  message: 'Une source doit être une adresse https://.',
});

/** One source of a page, shown in the numbered list of sources. */
export const sourceSchema = z.object({
  /** Title of the document cited. */
  titre: z.string().min(3),
  /** Who published it: Légifrance, CNIL, a newspaper… */
  editeur: z.string().min(2),
  /** Where to read it. */
  url: httpsUrl,
  /** Date of the document or publication, when known. */
  date: z.coerce.date().optional(),
  /** True for a law, decree, court decision, official report or authority's deliberation. */
  primaire: z.boolean().default(false),
});

/**
 * Article number as Légifrance writes it: R5412-7, L311-3-1, R*311-12, 15, and the few lettered
 * ones inserted between two numbers, such as R142-1-A of the code de la sécurité sociale (one
 * capital letter, last).
 */
const articleNumber = z
  .string()
  .regex(/^(?:[LRD]\*{0,2}\d+(?:-\d+)*(?:-[A-Z])?|\d+(?:-\d+)?(?:\.\d+)?)$/, {
    message: 'Numéro d’article mal formé (exemples : R5412-7, L311-3-1, R*311-12, R142-1-A, 15).',
  });

/** A legal article relied on, checked against the official consolidated texts. */
export const texteSchema = z.object({
  /** Code or text, from src/lib/legal-codes.ts. */
  code: z.enum(LEGAL_CODE_IDS),
  /** Article number as Légifrance writes it: R5412-7, L311-3-1, R*311-12, R142-1-A, 15. */
  article: articleNumber,
});

/**
 * One entry of content/veille-connue.yaml: a change to an article that happened after the date of
 * the official data (@socialgouv/legi-data), found by hand. The legal watch applies it on top of
 * the data, and says so, until an update of the data shows the change itself.
 */
export const changementConnuSchema = z.object({
  /** A code the legal watch checks (one with official data). */
  code: z.enum(CHECKED_CODE_IDS, { message: 'Seuls les codes vérifiés automatiquement ont leur place ici.' }),
  /** Article number, as in `textes`. */
  article: articleNumber,
  /** What happened: a new version (modifie) or a repeal (abroge). */
  changement: z.enum(['modifie', 'abroge']),
  /** The day the change was seen in the official texts at the latest (a LEGI update), never in the future. */
  date: z.coerce.date().refine((d) => d.getTime() <= Date.now(), { message: 'La date ne peut pas être dans le futur.' }),
  /** LEGIARTI id of the new version, when known: the page links to it. */
  version: z.string().regex(/^LEGIARTI\d{12}$/, { message: 'Identifiant attendu : LEGIARTI suivi de 12 chiffres.' }).optional(),
  /** Where the change was found: enough for someone else to check it. */
  source: z.string().min(20),
  /** Whether someone has read the new wording and the pages citing it agree with it. Until then,
   * every page citing the article stays "à revérifier", whatever its date. */
  texteLu: z.boolean().default(false),
  /** A page that shows it, when there is one. */
  url: httpsUrl.optional(),
});

/** content/veille-connue.yaml: a list, at most one entry per article. */
export const veilleConnueSchema = z.array(changementConnuSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const key = `${c.code} ${c.article}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'article'], message: `${key} figure deux fois.` });
    seen.add(key);
  });
});

const sources = z
  .array(sourceSchema)
  .min(2, { message: 'Il faut au moins deux sources.' })
  .refine((list) => list.some((s) => s.primaire), {
    message: 'Il faut au moins une source primaire (primaire: true) : loi, décision, rapport officiel.',
  });

/** One line of a page's history: what changed for the reader, on which day. */
export const historiqueSchema = z.object({
  /** The day of the change (a new check, a correction, a new section); never in the future. */
  date: z.coerce.date().refine((d) => d.getTime() <= Date.now(), { message: 'La date ne peut pas être dans le futur.' }),
  /** One plain sentence: what changed for the reader. */
  texte: z.string().min(10).max(240),
});

const historique = z
  .array(historiqueSchema, { message: 'Il faut un historique : au moins une entrée { date, texte }, par exemple « Première publication ».' })
  .min(1, { message: 'Il faut au moins une entrée d’historique, par exemple « Première publication ».' });

/**
 * The rule that ties the history to the check date: the latest `historique` entry carries the day
 * of `verifie`. Moving `verifie` forward therefore needs a new entry saying what changed.
 */
export function historyMatchesCheck(data: { verifie: Date; historique: { date: Date }[] }, ctx: z.RefinementCtx): void {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const latest = data.historique.map((h) => day(h.date)).sort().at(-1);
  const verifie = day(data.verifie);
  if (latest && latest !== verifie) {
    ctx.addIssue({
      code: 'custom',
      path: ['historique'],
      message: `La dernière entrée de l’historique (${latest}) doit avoir la date « vérifié le » (${verifie}) : quand « verifie » avance, ajoutez une entrée de ce jour qui dit ce qui a changé pour le lecteur.`,
    });
  }
}

/** Where a page goes in the printed booklet. */
const livret = z.object({
  /** Part of the booklet, from src/lib/themes.ts. */
  partie: z.enum(BOOKLET_PART_IDS),
  /** Order within the part, from 1. */
  ordre: z.number().int().positive(),
});

/** Fields every page shares. */
export const pageBase = z.object({
  /** The page title, ideally the reader's question. */
  titre: z.string().min(5).max(110),
  /** One or two sentences, for lists and search results. */
  resume: z.string().min(30).max(300),
  /** Theme, from src/lib/themes.ts. */
  theme: z.enum(THEME_IDS),
  /** The day the facts were last checked; never in the future. */
  verifie: pastDate,
  /** At least two sources, one of them primary. */
  sources,
  /** Legal articles relied on. */
  textes: z.array(texteSchema).default([]),
  /** What changed for the reader, one entry per change; the latest one has the `verifie` date. */
  historique,
  /** What may change soon (a law being amended, a pending case). */
  aSurveiller: z.string().optional(),
  /** Place in the printed booklet. */
  livret: livret.optional(),
  /** A draft is left out of the build. */
  brouillon: z.boolean().default(false),
});

export const articleSchema = pageBase.extend({
  /** L'essentiel: 3 to 5 points that are enough on their own. */
  essentiel: z.array(z.string().min(10)).min(3).max(5),
  /** Free words that help search. */
  tags: z.array(z.string()).default([]),
}).superRefine(historyMatchesCheck);

export const ficheSchema = pageBase.extend({
  /** The deadline in words, with its rule. */
  delai: z.string().min(10),
  /** Deadline rule id, from src/lib/deadline-rules.ts. */
  regle: z.enum(DEADLINE_RULE_IDS).optional(),
  /** Letters to use (slugs in content/lettres/). */
  lettres: z.array(z.string()).default([]),
  /** Related articles (slugs in content/articles/). */
  articles: z.array(z.string()).default([]),
  /** Whom to call: ids of content/contacts.yaml, shown with their number, price and hours. */
  contacts: z.array(z.string()).default([]),
}).superRefine(historyMatchesCheck);

export const champSchema = z.object({
  /** Name used in the body as {{nom}}. */
  nom: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { message: 'Nom de champ : lettres et chiffres, sans espace.' })
    .refine((n) => !RESERVED_FIELD_NAMES.includes(n), {
      message: 'Ce champ est commun à toutes les lettres (nom, adresse, ville, date, destinataire) : ne le déclarez pas.',
    }),
  /** Label shown above the input. */
  libelle: z.string().min(3),
  /** Kind of input. */
  type: z.enum(['texte', 'texte-long', 'date', 'email']).default('texte'),
  /** Whether the letter makes sense without it. */
  requis: z.boolean().default(false),
  /** A hint shown under the input. */
  aide: z.string().optional(),
});

export const lettreSchema = pageBase.extend({
  /** The "Objet :" line of the letter. */
  objet: z.string().min(10),
  /** Addressee block, one line per line. */
  destinataire: z.string().min(5),
  /** Legal basis in a few words. */
  baseLegale: z.string().min(5),
  /** Deadline rule id, from src/lib/deadline-rules.ts. */
  regle: z.enum(DEADLINE_RULE_IDS),
  /** How to send it. */
  envoi: z.string().min(10),
  /** Points to check before sending. */
  remarques: z.array(z.string()).default([]),
  /** Articles that explain the situation the letter answers (slugs in content/articles/). */
  articles: z.array(z.string()).default([]),
  /** Fields the reader fills. */
  champs: z.array(champSchema).default([]),
}).superRefine(historyMatchesCheck);

export const glossaireSchema = z.object({
  /** The term as shown. */
  terme: z.string().min(2),
  /** Spelled-out form of an acronym. */
  long: z.string().optional(),
  /** One or two sentences. */
  definition: z.string().min(20),
  /** Ids of related terms. */
  voirAussi: z.array(z.string()).default([]),
  /** Words in articles that link to this term. */
  formes: z.array(z.string()).default([]),
});

/**
 * A useful contact printed in the booklet. Every fact in it is quoted from a content file (`source`),
 * and the build checks that it is written there: contacts are never typed in from memory.
 */
export const contactSchema = z
  .object({
    /** Glossary id of the body contacted: its name and definition come from the glossary. Defaults to the entry's id. */
    glossaire: z.string().optional(),
    /** Name shown instead of the glossary term, e.g. "Délégué à la protection des données de France Travail". */
    nom: z.string().min(3).optional(),
    /** How to reach it, quoted word for word from the source file. */
    joindre: z.string().min(10).optional(),
    /** Phone number, as written in the source file. */
    telephone: z.string().regex(/^[0-9 ]{4,20}$/, { message: 'Numéro de téléphone : chiffres et espaces.' }).optional(),
    /** Postal address, one line per line, each line written in the source file. */
    adresse: z.string().min(5).optional(),
    /** Price of a call, as written in the source file ("service gratuit, plus le prix d'un appel"), or what is not known. */
    prix: z.string().min(5).optional(),
    /** Opening hours, as written in the source file, when known. */
    horaires: z.string().min(5).optional(),
    /** Public page where the number and its price were checked. */
    url: httpsUrl.optional(),
    /** The day the number and its price were last checked; never in the future. */
    verifie: pastDate.optional(),
    /** Content file that states these facts: articles/<slug>, fiches/<slug> or lettres/<slug>. */
    source: z.string().regex(/^(articles|fiches|lettres)\/[a-z0-9-]+$/, {
      message: 'La source est un fichier de contenu : articles/<nom>, fiches/<nom> ou lettres/<nom>.',
    }),
  })
  .refine((c) => c.joindre || c.telephone || c.adresse, {
    message: 'Un contact a au moins un moyen de le joindre : joindre, telephone ou adresse.',
  })
  .refine((c) => !c.telephone || (c.prix && c.url && c.verifie), {
    message: 'Un numéro de téléphone a son prix (prix), la page où il a été vérifié (url) et la date de vérification (verifie).',
    path: ['telephone'],
  });

/** Plain pages (À propos, the home page introduction): prose without sources. */
export const simplePageSchema = z.object({
  titre: z.string().min(3),
  resume: z.string().min(20),
});

export type Source = z.infer<typeof sourceSchema>;
export type Texte = z.infer<typeof texteSchema>;
export type Historique = z.infer<typeof historiqueSchema>;
export type ChangementConnu = z.infer<typeof changementConnuSchema>;
