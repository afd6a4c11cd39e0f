/**
 * Synthetic French articles for the benchmarks: valid front matter, ~1,100 words each, a common
 * vocabulary drawn with a Zipf-like law plus a long tail of names, so the index grows with N the way
 * a real site's does. Deterministic: the same N gives the same files.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site/content');

const THEMES = ['controle', 'recours', 'argent', 'donnees', 'algorithmes', 'aide', 'societe'];

/**
 * The first articles go in the printed booklet, as the real site's do: the build refuses an empty
 * booklet, and /livret/ should weigh what it weighs on the real site, not grow with N.
 */
export const BOOKLET_ARTICLES = 8;
const BOOKLET_PARTS = ['controle', 'recours', 'argent', 'donnees', 'aide'];

const COMMON = `allocation allocataire demandeur emploi contrôle contrôleur sanction radiation suspension recours
médiateur médiation délai décision courrier lettre recommandé accusé réception conseiller agence inscription
actualisation déclaration ressources revenus trop-perçu indu remboursement retenue contrainte opposition tribunal
juge avocat association syndicat défenseur droits données personnelles fichier algorithme score risque profil
calcul transparence explication document administratif dossier demande réponse silence refus rejet motif preuve
justificatif attestation formation offre entretien convocation rendez-vous absence retard travail salarié employeur
contrat heures activité accompagnement projet personnalisé engagement obligation devoir loi décret article code
règlement texte jurisprudence Conseil État Cour cassation caisse familiale logement aide sociale solidarité
revenu minimum prime handicap santé famille enfant parent couple domicile adresse banque compte relevé virement
paiement dette remise échéancier plan mensualité somme montant euros mois semaine jour année date limite
période situation changement erreur oubli fraude suspicion enquête agent direction régionale nationale service
public usager citoyen personne vie privée surveillance téléphone internet numérique espace personnel site
plateforme formulaire papier guichet accueil rencontre écoute aide gratuite permanence bénévole juriste
information conseil étape vérifier garder copie écrire envoyer demander contester répondre expliquer prouver
calculer compter attendre recevoir signer dater joindre noter relire appeler prévenir saisir obtenir corriger
rapide simple possible important nécessaire obligatoire écrit oral complet précis clair long court ancien nouveau
premier dernier prochain même autre chaque plusieurs certain seul propre personnel collectif local régional`
  .split(/\s+/).filter(Boolean);

const GLUE = ['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'à', 'au', 'pour', 'par', 'sur', 'dans',
  'avec', 'sans', 'qui', 'que', 'vous', 'votre', 'vos', 'il', 'elle', 'est', 'sont', 'peut', 'doit', 'a', 'ont', 'pas', 'ne', 'plus'];

const SYLLABLES = ['ba', 'bre', 'cha', 'dou', 'fon', 'gar', 'jo', 'lan', 'lou', 'mar', 'mon', 'nè', 'pé', 'ri', 'ro',
  'sau', 'tel', 'ton', 'vil', 'val', 'ber', 'ger', 'quen', 'dre', 'mi', 'ssac', 'zan', 'cour', 'neuf', 'bois'];

/** Small deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeWords(rand) {
  /**
   * Zipf-like pick: low indexes are more frequent. The exponent is set from the real articles,
   * where the commonest content words ("décision", "délai", "données") are 0.3 to 0.5 % of the
   * text: here the first word is about 0.8 %, the twelfth 0.3 %.
   */
  const common = () => COMMON[Math.floor(COMMON.length * rand() ** 1.3)];
  const glue = () => GLUE[Math.floor(GLUE.length * rand())];
  const name = () => {
    const n = 2 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return s[0].toUpperCase() + s.slice(1);
  };
  const sentence = (len, names) => {
    const words = [];
    for (let i = 0; i < len; i++) {
      const r = rand();
      words.push(r < 0.42 ? glue() : r < 0.97 ? common() : names[Math.floor(rand() * names.length)]);
    }
    const s = words.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  return { common, name, sentence };
}

/** One article's Markdown file. */
export function article(i) {
  const rand = prng(i + 1);
  const { common, name, sentence } = makeWords(rand);
  const names = Array.from({ length: 10 }, name);
  const theme = THEMES[i % THEMES.length];
  const titre = `Question ${i + 1} : comment ${common()} la ${common()} de ${names[0]} ?`;
  const resume = `${sentence(14, names)} ${sentence(10, names)}`.slice(0, 280);
  const essentiel = Array.from({ length: 4 }, () => sentence(16, names));
  const section = (h) => `## ${h}\n\n${Array.from({ length: 3 }, () => Array.from({ length: 5 }, () => sentence(14 + Math.floor(rand() * 10), names)).join(' ')).join('\n\n')}\n`;
  const body = [
    section(`Pourquoi ${common()} ${common()} ?`),
    section(`Ce que dit la ${common()}`),
    section(`Le cas de ${names[1]}`),
    section(`${common()[0].toUpperCase()}${common().slice(1)} et ${common()}`),
    `## Que faire ?\n\n${Array.from({ length: 4 }, (_, k) => `${k + 1}. ${sentence(12, names)}`).join('\n')}\n`,
  ].join('\n');
  const yaml = (s) => JSON.stringify(s);
  return `---
titre: ${yaml(titre)}
resume: ${yaml(resume)}
essentiel:
${essentiel.map((e) => `  - ${yaml(e)}`).join('\n')}
theme: ${theme}
tags: [${[common(), common(), names[2].toLowerCase()].map(yaml).join(', ')}]
verifie: 2026-0${1 + (i % 9)}-1${i % 10}
historique:
  - { date: 2026-0${1 + (i % 9)}-1${i % 10}, texte: "Première publication." }
sources:
  - titre: "Code du travail, article R5412-${1 + (i % 8)}"
    editeur: "Légifrance"
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI0000${String(51679604 + i).padStart(8, '0')}"
    primaire: true
  - titre: "Source secondaire ${i + 1}"
    editeur: "Exemple"
    url: "https://example.org/source-${i + 1}"
${i < BOOKLET_ARTICLES ? `livret: { partie: ${BOOKLET_PARTS[i % BOOKLET_PARTS.length]}, ordre: ${i + 1} }\n` : ''}---
${body}`;
}

/** Writes N articles into `dir/articles/`. */
export function writeArticles(dir, n) {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(folder, `article-${String(i + 1).padStart(4, '0')}.md`), article(i));
}

/**
 * A whole content folder in a new temporary directory: N synthetic articles, the fixture site's
 * pages, and the real synonym table (CONTENT_DIR's, else the repository's), so pages carry their
 * real synonyms. The glossary is the fixture's (3 terms) or, with `glossary: 'real'`, the site's
 * (about 60 terms, 150 forms), which the glossary links plugin searches every page for.
 */
export function writeSyntheticSite(n, { glossary = 'fixture' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `sc-bench-${n}-`));
  const real = (file) => join(process.env.CONTENT_DIR ?? join(ROOT, 'content'), file);
  const pick = (file, useReal) => (useReal && existsSync(real(file)) ? real(file) : join(FIXTURE, file));
  cpSync(pick('glossaire.yaml', glossary === 'real'), join(dir, 'glossaire.yaml'));
  cpSync(pick('synonymes.yaml', true), join(dir, 'synonymes.yaml'));
  cpSync(join(FIXTURE, 'pages'), join(dir, 'pages'), { recursive: true });
  if (existsSync(join(FIXTURE, 'livrets'))) cpSync(join(FIXTURE, 'livrets'), join(dir, 'livrets'), { recursive: true });
  writeArticles(dir, n);
  // The home page needs its « Qu'avez-vous reçu ? » tree; a synthetic site has no fiche, so one question
  // leads to the first article.
  writeFileSync(join(dir, 'recu.yaml'), [
    'depart: qui',
    'noeuds:',
    '  - id: qui',
    '    question: "Qui vous a écrit ?"',
    '    choix:',
    '      - { libelle: "France Travail", vers: article }',
    '  - { id: article, article: article-0001 }',
    '',
  ].join('\n'));
  return dir;
}

/** Queries a reader might type on this synthetic site: common words, a name, a plural, no accents. */
export const BENCH_QUERIES = ['contrôle', 'radiation', 'trop-perçu', 'delai', 'médiateurs', 'données personnelles', 'avocat gratuit'];
