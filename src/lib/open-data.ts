/**
 * Open data: /donnees/pages.json (every article, fiche and letter with its theme, « vérifié le »,
 * sources and cited texts as the legal watch found them) and /donnees/lettres.json (each letter's
 * fields and deadline rule), each with the JSON Schema (draft 2020-12) published beside it. Pure:
 * the routes give it the pages (changes-fs.ts) and the site facts.
 */
import { isoDate } from './dates.ts';
import { deadlineRule } from './deadline-rules.ts';
import type { PageCheck } from './legal-watch.ts';
import { SHARED_FIELDS } from './letters.ts';
import type { RoutedKind } from './pages.ts';
import type { Source, Texte } from './schema.ts';
import { themeById } from './themes.ts';

/** Addresses of the files, next to each other under /donnees/. */
export const OPEN_DATA = {
  pages: '/donnees/pages.json',
  pagesSchema: '/donnees/pages.schema.json',
  lettres: '/donnees/lettres.json',
  lettresSchema: '/donnees/lettres.schema.json',
} as const;

export interface OpenDataSite { url: string; nom: string; licence: string; licenceUrl: string }

/** A page as open data needs it. */
export interface OpenPage {
  kind: RoutedKind;
  url: string;
  check: PageCheck;
  data: { titre: string; resume: string; theme: string; verifie: Date; historique: { date: Date; texte: string }[]; sources: Source[]; textes: Texte[] };
}

/** A letter's own fields. */
export interface OpenLetter extends OpenPage {
  data: OpenPage['data'] & {
    objet: string; destinataire: string; baseLegale: string; regle: string; envoi: string; remarques: string[];
    champs: { nom: string; libelle: string; type: string; requis: boolean; aide?: string | undefined }[];
  };
}

const VERDICT = { ok: 'en-vigueur', recheck: 'a-reverifier', fail: 'non-en-vigueur', unchecked: 'non-verifie' } as const;

function header(site: OpenDataSite, schemaPath: string, title: string, today: Date) {
  return {
    $schema: `${site.url}${schemaPath}`,
    titre: title,
    site: `${site.url}/`,
    licence: { nom: site.licence, url: site.licenceUrl },
    genere: isoDate(today),
  };
}

export function pagesData(pages: OpenPage[], site: OpenDataSite, watch: { donnees: string; date: string; index?: string | undefined }, today = new Date()) {
  return {
    ...header(site, OPEN_DATA.pagesSchema, `${site.nom} : les pages, leurs sources et les textes qu’elles citent`, today),
    veille: { donnees: watch.donnees, date: watch.date, ...(watch.index ? { index: watch.index } : {}) },
    pages: pages.map((p) => ({
      titre: p.data.titre,
      resume: p.data.resume,
      url: `${site.url}${p.url}`,
      type: p.kind,
      theme: { id: p.data.theme, titre: themeById(p.data.theme).titre },
      verifie: isoDate(p.data.verifie),
      historique: p.data.historique.map((h) => ({ date: isoDate(h.date), texte: h.texte })),
      sources: p.data.sources.map((s) => ({ titre: s.titre, editeur: s.editeur, url: s.url, ...(s.date ? { date: isoDate(s.date) } : {}), primaire: s.primaire })),
      textes: p.check.refs.map((r) => ({
        code: r.code,
        article: r.article,
        etat: VERDICT[r.verdict],
        url: r.url,
        ...(r.since ? { enVigueurDepuis: r.since } : {}),
        ...(r.known ? { changement: { type: r.known.changement, date: r.known.date, ...(r.known.after ? { apres: r.known.after } : {}), ...(r.known.version ? { version: r.known.version } : {}), origine: r.known.origin, source: r.known.source } } : {}),
      })),
    })),
  };
}

export function lettresData(letters: OpenLetter[], site: OpenDataSite, today = new Date()) {
  const field = (f: { nom: string; libelle: string; type?: string | undefined; requis?: boolean | undefined; aide?: string | undefined }) => ({
    nom: f.nom, libelle: f.libelle, type: f.type ?? 'texte', requis: Boolean(f.requis), ...(f.aide ? { aide: f.aide } : {}),
  });
  return {
    ...header(site, OPEN_DATA.lettresSchema, `${site.nom} : les lettres, leurs champs et leurs délais`, today),
    champsCommuns: SHARED_FIELDS.map(field),
    lettres: letters.map((l) => {
      const rule = deadlineRule(l.data.regle);
      return {
        titre: l.data.titre,
        url: `${site.url}${l.url}`,
        theme: l.data.theme,
        verifie: isoDate(l.data.verifie),
        objet: l.data.objet,
        destinataire: l.data.destinataire.trim(),
        baseLegale: l.data.baseLegale,
        envoi: l.data.envoi,
        remarques: l.data.remarques,
        champs: l.data.champs.map(field),
        delai: {
          regle: rule.id,
          enMots: rule.enMots,
          duree: rule.duree,
          franc: rule.franc,
          report: rule.report,
          acteur: rule.acteur,
          depart: rule.depart,
          source: rule.source,
          ...(rule.suite ? { suite: { titre: rule.suite.titre, acteur: rule.suite.acteur, depuis: rule.suite.depuis, duree: rule.suite.duree, franc: rule.suite.franc } } : {}),
        },
      };
    }),
  };
}

// JSON Schemas (draft 2020-12). Patterns instead of "format", so any validator checks them the same way.
const ISO_DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const HTTPS = { type: 'string', pattern: '^https://[^\\s]+$' };
const TEXT = { type: 'string', minLength: 1 };
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: 'object', additionalProperties: false, required, properties });
const DURATION = obj({ mois: { type: 'integer', minimum: 1 }, jours: { type: 'integer', minimum: 1 } }, []);

const commonHeader = {
  $schema: { type: 'string' }, titre: TEXT, site: HTTPS, licence: obj({ nom: TEXT, url: HTTPS }), genere: ISO_DAY,
};

export function pagesSchema(site: OpenDataSite) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${site.url}${OPEN_DATA.pagesSchema}`,
    title: 'Pages de Sous contrôle',
    description: 'Chaque article, fiche et lettre du site : thème, date de vérification, historique, sources (primaires ou non) et textes de loi cités avec leur état selon la veille juridique. Textes sous licence CC BY-SA 4.0.',
    ...obj({
      ...commonHeader,
      veille: obj({ donnees: TEXT, date: ISO_DAY, index: ISO_DAY }, ['donnees', 'date']),
      pages: {
        type: 'array',
        items: obj({
          titre: TEXT, resume: TEXT, url: HTTPS,
          type: { enum: ['article', 'fiche', 'lettre'] },
          theme: obj({ id: TEXT, titre: TEXT }),
          verifie: ISO_DAY,
          historique: { type: 'array', minItems: 1, items: obj({ date: ISO_DAY, texte: TEXT }) },
          sources: { type: 'array', minItems: 1, items: obj({ titre: TEXT, editeur: TEXT, url: HTTPS, date: ISO_DAY, primaire: { type: 'boolean' } }, ['titre', 'editeur', 'url', 'primaire']) },
          textes: {
            type: 'array',
            items: obj({
              code: TEXT, article: TEXT,
              etat: { enum: ['en-vigueur', 'a-reverifier', 'non-en-vigueur', 'non-verifie'], description: 'en-vigueur : vérifié dans les textes officiels ; a-reverifier : changé depuis la vérification de la page ; non-verifie : texte hors des données officielles.' },
              url: HTTPS, enVigueurDepuis: ISO_DAY,
              changement: obj({ type: { enum: ['modifie', 'abroge'] }, date: ISO_DAY, apres: ISO_DAY, version: { type: 'string', pattern: '^LEGIARTI\\d{12}$' }, origine: { enum: ['veille-connue', 'index'] }, source: TEXT }, ['type', 'date', 'origine', 'source']),
            }, ['code', 'article', 'etat', 'url']),
          },
        }),
      },
    }),
  };
}

export function lettresSchema(site: OpenDataSite) {
  const field = obj({ nom: TEXT, libelle: TEXT, type: { enum: ['texte', 'texte-long', 'date', 'email'] }, requis: { type: 'boolean' }, aide: TEXT }, ['nom', 'libelle', 'type', 'requis']);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${site.url}${OPEN_DATA.lettresSchema}`,
    title: 'Lettres de Sous contrôle',
    description: 'Chaque lettre type du site : objet, destinataire, base légale, champs à remplir (en plus des champs communs) et règle de délai. Textes sous licence CC BY-SA 4.0.',
    ...obj({
      ...commonHeader,
      champsCommuns: { type: 'array', items: field },
      lettres: {
        type: 'array',
        items: obj({
          titre: TEXT, url: HTTPS, theme: TEXT, verifie: ISO_DAY, objet: TEXT, destinataire: TEXT, baseLegale: TEXT, envoi: TEXT,
          remarques: { type: 'array', items: TEXT },
          champs: { type: 'array', items: field },
          delai: obj({
            regle: TEXT, enMots: TEXT, duree: DURATION, franc: { type: 'boolean' }, report: { type: 'boolean' },
            acteur: { enum: ['vous', 'organisme'] }, depart: TEXT, source: obj({ titre: TEXT, url: HTTPS }),
            suite: obj({ titre: TEXT, acteur: { enum: ['vous', 'organisme'] }, depuis: { enum: ['depart', 'fin'] }, duree: DURATION, franc: { type: 'boolean' } }),
          }, ['regle', 'enMots', 'duree', 'franc', 'report', 'acteur', 'depart', 'source']),
        }),
      },
    }),
  };
}
