/**
 * French typography for plain text: typographic apostrophe, no-break spaces before high punctuation
 * and inside guillemets. Used by the remark plugin for bodies and by components for front matter.
 */

export const NNBSP = '\u202F'; // narrow no-break space: before ; ! ? and inside « »
export const NBSP = '\u00A0'; // no-break space: before :

const SPACE = '[ \\u00A0\\u202F]';

/**
 * Apply the rules to one run of text. `before` is the character that precedes the run in the
 * document (text split across nodes: "**gras** : suite"), so a run that starts with punctuation
 * still gets its space.
 */
export function frenchTypography(text: string, before = ''): string {
  if (!text) return text;
  const joined = before + text;
  const out = joined
    // l'état, aujourd'hui: a straight apostrophe between letters becomes ’
    .replace(/(\p{L})'(?=\p{L}|$)/gu, '$1’')
    // « texte » : exactly one narrow no-break space inside the guillemets
    .replace(new RegExp(`«${SPACE}*`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACE}*»`, 'g'), `${NNBSP}»`)
    // quoi ? / quoi? → quoi ?  (but not inside "?q=" or "!important": punctuation must end a word)
    .replace(new RegExp(`([^\\s;!?(\\[«])${SPACE}*([;!?]+)(?=$|[\\s»)\\].,…'"’]|<)`, 'gu'), `$1${NNBSP}$2`)
    .replace(new RegExp(`^${SPACE}+([;!?]+)(?=$|\\s)`, 'u'), `${NNBSP}$1`)
    // Note : → Note : (no-break space), not in 12:30 or https://
    .replace(new RegExp(`([^\\s:(\\[«\\d])${SPACE}*:(?=$|\\s)`, 'gu'), `$1${NBSP}:`)
    .replace(new RegExp(`(\\d)${SPACE}+:(?=$|\\s)`, 'gu'), `$1${NBSP}:`)
    .replace(new RegExp(`^${SPACE}+:(?=$|\\s)`, 'u'), `${NBSP}:`);
  return out.slice(before.length === 0 ? 0 : before.length);
}

/** Shorthand for components: French typography on a front-matter string. */
export const fr = (text: string): string => frenchTypography(text);
