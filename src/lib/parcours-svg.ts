/**
 * Draws a parcours as inline SVG at build time: a vertical picture for phones and a horizontal one for
 * wide screens, each step a numbered node on a line, each time limit on the connector with who must
 * act. Meaning never rests on colour: the reader's deadlines are thick solid lines and say « à vous
 * d'agir », the body's are dashed and say « l'organisme doit répondre », steps without a time limit are
 * joined by a thin line. Everything is drawn in currentColor, so dark mode and greyscale print follow.
 * The durations are read from the deadline rules passed in (the real ones by default).
 */
import { DEADLINE_RULES } from './deadline-rules.ts';
import { durationInWords } from './deadline-text.ts';
import { deadlineLabel, type DeadlineLabel, type Parcours, type RuleTable } from './parcours.ts';
import { fr } from './typography.ts';
import { RECU_UI } from './ui.ts';

export interface StepDrawing {
  n: number;
  titre: string;
  texte: string;
  source: { titre: string; url: string };
  /** Time limit before the next step, read from its rule. */
  delai: DeadlineLabel | null;
}

export interface ParcoursDrawing {
  id: string;
  titre: string;
  steps: StepDrawing[];
  vertical: string;
  horizontal: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by character count: SVG text does not wrap by itself. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const actorWords = (a: DeadlineLabel['acteur']) => (a === 'vous' ? RECU_UI.parcoursYou : RECU_UI.parcoursThem);

function connector(x1: number, y1: number, x2: number, y2: number, d: DeadlineLabel | null): string {
  if (!d) return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="currentColor" stroke-width="1.5"/>`;
  const dash = d.acteur === 'vous' ? '' : ' stroke-dasharray="7 5"';
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="currentColor" stroke-width="${d.acteur === 'vous' ? 5 : 3}"${dash}/>`;
}

function node(cx: number, cy: number, n: number): string {
  return `<circle cx="${cx}" cy="${cy}" r="15" fill="none" stroke="currentColor" stroke-width="2.5"/>`
    + `<text x="${cx}" y="${cy + 6}" text-anchor="middle" font-size="17" font-weight="700" fill="currentColor">${n}</text>`;
}

const lines = (x: number, y: number, texts: string[], size: number, step: number, extra = '') =>
  texts.map((t, i) => `<text x="${x}" y="${y + i * step}" font-size="${size}"${extra} fill="currentColor">${esc(t)}</text>`).join('');

function svg(width: number, height: number, body: string, cls: string): string {
  return `<svg class="${cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** Phone layout: nodes down the left, titles to their right, time limits beside the connectors. */
function drawVertical(steps: StepDrawing[]): string {
  const W = 320, X = 20, TX = 48, CHARS = 22;
  let y = 22;
  let body = '';
  steps.forEach((s, i) => {
    const title = wrap(s.titre, CHARS);
    body += node(X, y, s.n) + lines(TX, y + 6, title, 16, 20, ' font-weight="700"');
    const bottom = y + 6 + (title.length - 1) * 20;
    if (i === steps.length - 1) { y = bottom; return; }
    const gap = s.delai ? 64 : 26;
    const next = bottom + gap + 14;
    body += connector(X, y + 15, X, next - 15, s.delai);
    if (s.delai) {
      body += lines(TX, bottom + 30, [s.delai.duree], 17, 0, ' font-weight="700"');
      body += lines(TX, bottom + 50, [actorWords(s.delai.acteur)], 15, 0);
    }
    y = next;
  });
  return svg(W, y + 12, body, 'parcours-v');
}

/** Wide layout: nodes along one line, time limits above the connectors, titles under the nodes. */
function drawHorizontal(steps: StepDrawing[]): string {
  const W = 960, col = W / steps.length, LINE = 62;
  const chars = Math.floor(col / 10.5);
  let body = '';
  let maxLines = 1;
  steps.forEach((s, i) => {
    const cx = col * i + col / 2;
    if (i < steps.length - 1) {
      const nx = cx + col;
      body += connector(cx + 15, LINE, nx - 15, LINE, s.delai);
      if (s.delai) {
        body += `<text x="${cx + col / 2}" y="${LINE - 30}" text-anchor="middle" font-size="17" font-weight="700" fill="currentColor">${esc(s.delai.duree)}</text>`;
        body += `<text x="${cx + col / 2}" y="${LINE - 12}" text-anchor="middle" font-size="14" fill="currentColor">${esc(actorWords(s.delai.acteur))}</text>`;
      }
    }
    body += node(cx, LINE, s.n);
    const title = wrap(s.titre, chars);
    maxLines = Math.max(maxLines, title.length);
    body += title.map((t, j) => `<text x="${cx}" y="${LINE + 42 + j * 20}" text-anchor="middle" font-size="16" font-weight="700" fill="currentColor">${esc(t)}</text>`).join('');
  });
  return svg(W, LINE + 30 + maxLines * 20, body, 'parcours-h');
}

const withFrenchSource = (d: DeadlineLabel): DeadlineLabel => ({ ...d, source: { ...d.source, titre: fr(d.source.titre) } });

/** The drawing and the text of one parcours, with durations read from `rules`. */
export function drawParcours(p: Parcours, rules: RuleTable = DEADLINE_RULES): ParcoursDrawing {
  const steps = p.etapes.map((e, i) => ({
    n: i + 1,
    titre: fr(e.titre),
    texte: fr(e.texte),
    source: { titre: fr(e.source.titre), url: e.source.url },
    delai: e.delai ? withFrenchSource(deadlineLabel(e.delai, rules, durationInWords)) : null,
  }));
  return { id: p.id, titre: fr(p.titre), steps, vertical: drawVertical(steps), horizontal: drawHorizontal(steps) };
}
