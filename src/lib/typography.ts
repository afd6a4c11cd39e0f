/**
 * French typography for plain text: typographic apostrophe, no-break spaces before high punctuation
 * and inside guillemets. Used by the remark plugin for bodies and by components for front matter.
 *
 * The rules run on a whole run of text (a paragraph, a heading) split into segments: the text
 * nodes between bold, links or code. Each rule sees every character of the run, so « **gras** »
 * and d'[« lien »](…) get their spaces, and each change lands in the segment that holds the
 * characters it replaces. Segments that are not editable (code, URLs) give context only.
 */

export const NNBSP = '\u202F'; // narrow no-break space: before ; ! ? and inside « »
export const NBSP = '\u00A0'; // no-break space: before :

/** One piece of a run of text. `editable: false` pieces (code, URLs) are read, never changed. */
export interface Segment {
  value: string;
  editable: boolean;
}

const SPACE = '[ \\u00A0\\u202F]';

/**
 * A rule: a regex over the whole run and, for each match, the range of characters it replaces
 * (usually a run of spaces, possibly empty) and which neighbour receives the new character when the
 * range is empty: `left` for the character before it (the opening «), `right` for the one after
 * it (the punctuation).
 */
interface Rule {
  re: RegExp;
  edit: (m: RegExpExecArray) => { start: number; end: number; text: string; side: 'left' | 'right' };
}

const spacesBefore = (text: string) => (m: RegExpExecArray) => {
  // m[1]: the character before (absent for rules anchored at ^), m[2]: the spaces typed.
  const start = m.index + (m[1]?.length ?? 0);
  return { start, end: start + m[2]!.length, text, side: 'right' as const };
};

const RULES: Rule[] = [
  // l'état, aujourd'hui, d'« actes »: a straight apostrophe after a letter becomes ’
  { re: /(?<=\p{L})'(?=\p{L}|«|$)/gu, edit: (m) => ({ start: m.index, end: m.index + 1, text: '’', side: 'right' }) },
  // « texte » : exactly one narrow no-break space inside the guillemets
  { re: new RegExp(`«(${SPACE}*)`, 'g'), edit: (m) => ({ start: m.index + 1, end: m.index + m[0].length, text: NNBSP, side: 'left' }) },
  { re: new RegExp(`()(${SPACE}*)»`, 'g'), edit: spacesBefore(NNBSP) },
  // quoi ? / quoi? → quoi ?  (but not inside "?q=" or "!important": punctuation must end a word)
  { re: new RegExp(`([^\\s;!?(\\[«])(${SPACE}*)[;!?]+(?=$|[\\s»)\\].,…'"’]|<)`, 'gu'), edit: spacesBefore(NNBSP) },
  { re: new RegExp(`^()(${SPACE}+)[;!?]+(?=$|\\s)`, 'u'), edit: spacesBefore(NNBSP) },
  // Note : → Note : (no-break space), not in 12:30 or https://
  { re: new RegExp(`([^\\s:(\\[«\\d])(${SPACE}*):(?=$|\\s)`, 'gu'), edit: spacesBefore(NBSP) },
  { re: new RegExp(`(\\d)(${SPACE}+):(?=$|\\s)`, 'gu'), edit: spacesBefore(NBSP) },
  { re: new RegExp(`^()(${SPACE}+):(?=$|\\s)`, 'u'), edit: spacesBefore(NBSP) },
];

/** Characters without which no rule can apply: most runs of text are left at this test. */
const TRIGGER = /['«»;!?:]/;

/** Index of the segment holding character `pos` of the run, or -1. */
function segmentAt(offsets: number[], segments: Segment[], pos: number): number {
  for (let i = 0; i < segments.length; i++) {
    if (pos >= offsets[i]! && pos < offsets[i]! + segments[i]!.value.length) return i;
  }
  return -1;
}

/** Replaces characters start..end of the run with `text`, in the segments that hold them. */
function applyEdit(segments: Segment[], offsets: number[], e: ReturnType<Rule['edit']>): void {
  const touched: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const from = offsets[i]!;
    const to = from + segments[i]!.value.length;
    if (from < e.end && to > e.start) touched.push(i);
  }
  // Code and URLs keep every character they have.
  if (touched.some((i) => !segments[i]!.editable)) return;
  let target: number;
  if (e.end > e.start) target = touched[0]!;
  else {
    const after = segmentAt(offsets, segments, e.start);
    const before = segmentAt(offsets, segments, e.start - 1);
    const order = e.side === 'left' ? [before, after] : [after, before];
    target = order.find((i) => i >= 0 && segments[i]!.editable) ?? -1;
    if (target < 0) return;
  }
  for (const i of touched) {
    const v = segments[i]!.value;
    const from = offsets[i]!;
    const cut = v.slice(0, Math.max(0, e.start - from)) + (i === target ? e.text : '') + v.slice(Math.max(0, e.end - from));
    segments[i]!.value = cut;
  }
  if (touched.length === 0) {
    const v = segments[target]!.value;
    const at = e.start - offsets[target]!;
    segments[target]!.value = v.slice(0, at) + e.text + v.slice(at);
  }
}

/**
 * Applies the rules to a run of text split into segments, in place, and returns the segments.
 * A change that falls inside a non-editable segment is not made.
 */
export function frenchTypographySegments(segments: Segment[]): Segment[] {
  let joined = segments.map((s) => s.value).join('');
  if (!TRIGGER.test(joined)) return segments;
  for (const rule of RULES) {
    const edits = [];
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(joined); m; m = rule.re.global ? rule.re.exec(joined) : null) {
      const e = rule.edit(m);
      if (joined.slice(e.start, e.end) !== e.text) edits.push(e);
      if (m[0].length === 0) rule.re.lastIndex++;
    }
    if (edits.length === 0) continue;
    // Right to left, so the offsets of the edits still to make stay valid.
    for (const e of edits.reverse()) {
      const offsets: number[] = [];
      let o = 0;
      for (const s of segments) { offsets.push(o); o += s.value.length; }
      applyEdit(segments, offsets, e);
    }
    joined = segments.map((s) => s.value).join('');
  }
  return segments;
}

/**
 * Apply the rules to one run of text. `before` is the text that precedes the run in the document
 * (read, never changed), so a run that starts with punctuation still gets its space.
 */
export function frenchTypography(text: string, before = ''): string {
  if (!text) return text;
  const segments = frenchTypographySegments([{ value: before, editable: false }, { value: text, editable: true }]);
  return segments[1]!.value;
}

/** Shorthand for components: French typography on a front-matter string. */
export const fr = (text: string): string => frenchTypography(text);

/** French typography on every string of a table of interface strings (ui.ts, composer-ui.ts). */
export function frAll<T extends Record<string, string>>(table: T): { [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, fr(v)])) as { [K in keyof T]: string };
}
