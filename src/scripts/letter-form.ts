/**
 * Letter page: reveals the form, fills the letter as the reader types, prints, copies and downloads
 * it. Nothing leaves the page: no request, no cookie; localStorage only after "Garder un brouillon".
 * Values reach the page through textContent and text nodes only, never innerHTML.
 */
import { checkField, type FieldResult } from '../lib/field-check.ts';
import { formatCount, isoDate, localToday } from '../lib/dates.ts';
import type { Field, FieldType } from '../lib/letters.ts';
import { fr } from '../lib/typography.ts';
import { UI } from '../lib/ui.ts';
import { announce, saveFile } from './save-file.ts';

type Control = HTMLInputElement | HTMLTextAreaElement;

interface Entry {
  control: Control;
  field: Field;
  label: string;
  error: HTMLElement;
  counter: HTMLElement | null;
  /** The hint's id, always in aria-describedby; the error's id is added while an error shows. */
  hintIds: string;
  initial: string;
  /** Changed by the reader: from then on an empty required field says so. */
  touched: boolean;
  result: FieldResult;
}

/** A letter blank, with its original content (the bracketed label, or the addressee block) to put back. */
interface Target { el: HTMLElement; original: Node[] }

const DRAFT_PREFIX = 'sous-controle:brouillon:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Plain text of the letter as displayed: <br> is a line break, each paragraph is separated by a blank line. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
  if (node.nodeName === 'BR') return '\n';
  return [...node.childNodes].map(textOf).join('');
}

function letterText(sheet: HTMLElement): string {
  return [...sheet.querySelectorAll('p')]
    .map((p) => textOf(p).split('\n').map((line) => line.trim()).join('\n'))
    .join('\n\n') + '\n';
}

function setLines(el: HTMLElement, text: string): void {
  el.replaceChildren();
  text.split('\n').forEach((line, i) => {
    if (i > 0) el.append(document.createElement('br'));
    el.append(document.createTextNode(line));
  });
}

function init(form: HTMLElement): void {
  const sheet = document.querySelector<HTMLElement>('[data-letter-sheet]');
  const status = document.querySelector<HTMLElement>('[data-letter-status]');
  if (!sheet || !status) return;
  const slug = form.dataset.slug ?? 'lettre';
  const draftKey = DRAFT_PREFIX + slug;
  const today = localToday();

  const targets = new Map<string, Target[]>();
  for (const el of sheet.querySelectorAll<HTMLElement>('[data-field]')) {
    const list = targets.get(el.dataset.field!) ?? [];
    list.push({ el, original: [...el.childNodes].map((n) => n.cloneNode(true)) });
    targets.set(el.dataset.field!, list);
  }

  const entries: Entry[] = [...form.querySelectorAll<Control>('[data-field]')].map((control) => {
    const label = form.querySelector(`label[for="${control.id}"]`)?.firstChild?.textContent?.trim() ?? control.id;
    const field: Field = {
      nom: control.dataset.field!,
      libelle: label,
      type: control.dataset.type as FieldType,
      requis: control.dataset.required === 'true',
      max: Number(control.dataset.max) || undefined,
    };
    if (control instanceof HTMLInputElement && field.type === 'date' && control.dataset.allowFuture !== 'true') control.max = isoDate(today);
    return {
      control, field, label,
      error: document.getElementById(`${control.id}-erreur`)!,
      counter: form.querySelector<HTMLElement>(`[data-count-for="${field.nom}"]`),
      hintIds: control.getAttribute('aria-describedby') ?? '',
      initial: control.value,
      touched: false,
      result: { state: 'empty' },
    };
  });
  const byName = new Map(entries.map((e) => [e.field.nom, e]));

  const say = (message: string) => announce(status, fr(message));

  function showError(e: Entry, message: string | null): void {
    e.error.textContent = message ?? '';
    e.error.hidden = !message;
    if (message) e.control.setAttribute('aria-invalid', 'true');
    else e.control.removeAttribute('aria-invalid');
    const ids = [e.hintIds, message ? e.error.id : ''].filter(Boolean).join(' ');
    if (ids) e.control.setAttribute('aria-describedby', ids);
    else e.control.removeAttribute('aria-describedby');
  }

  /**
   * Re-check one field, write it into the letter, and show or clear its message. `typing` shows only
   * what helps while typing (too long, or an error already shown); `leaving` shows every error;
   * `all` also flags empty required fields (before an output); `quiet` shows nothing new.
   */
  function update(e: Entry, mode: 'typing' | 'leaving' | 'all' | 'quiet'): void {
    const badInput = 'validity' in e.control && e.control.validity.badInput;
    e.result = checkField(e.field, e.control.value, { today, badInput, allowFuture: e.control.dataset.allowFuture === 'true' });
    const r = e.result;
    const display = 'display' in r ? r.display : null;
    // The addressee block is not a blank: its default text is the content's, shown as it is.
    const isDefault = e.field.nom === 'destinataire' && e.control.value.trim() === e.initial.trim();
    for (const t of targets.get(e.field.nom) ?? []) {
      if (display && !isDefault) {
        setLines(t.el, display);
        t.el.classList.add('filled');
      } else {
        t.el.replaceChildren(...t.original.map((n) => n.cloneNode(true)));
        t.el.classList.remove('filled');
      }
    }
    if (e.counter) {
      e.counter.textContent = `${formatCount([...e.control.value.trim()].length)} / ${formatCount(e.field.max ?? 0)} ${UI.charCount}`;
    }
    const shownBefore = e.control.hasAttribute('aria-invalid');
    let show = false;
    if (r.state === 'invalid') show = mode === 'leaving' || mode === 'all' || (mode === 'typing' && (shownBefore || 'display' in r));
    else if (r.state === 'missing') show = mode === 'all' || (mode !== 'quiet' && e.touched);
    showError(e, show && 'message' in r ? r.message : null);
  }

  /** Before an output: every field checked. Returns false (and says why) when something must be corrected. */
  function readyForOutput(): { ok: boolean; missing: string[] } {
    for (const e of entries) update(e, 'all');
    const invalid = entries.filter((e) => e.result.state === 'invalid');
    if (invalid.length) {
      say(`${UI.fixFirst} : ${invalid.map((e) => e.label).join(', ')}.`);
      invalid[0]!.control.focus();
      return { ok: false, missing: [] };
    }
    return { ok: true, missing: entries.filter((e) => e.result.state === 'missing').map((e) => e.label) };
  }

  const withBlanks = (message: string, missing: string[]) =>
    missing.length ? `${message} ${UI.blanksLeft} : ${missing.join(', ')}.` : message;

  // Drafts: nothing is written until the reader asks; then every change is kept until they erase it.
  const keepButton = form.querySelector<HTMLButtonElement>('[data-action="keep-draft"]')!;
  const eraseButton = form.querySelector<HTMLButtonElement>('[data-action="erase-draft"]')!;
  let keeping = false;
  const values = () => Object.fromEntries(entries.map((e) => [e.field.nom, e.control.value]));
  function writeDraft(): boolean {
    try {
      storage()?.setItem(draftKey, JSON.stringify({ version: 1, values: values() }));
      return Boolean(storage());
    } catch {
      return false;
    }
  }
  function setKeeping(on: boolean): void {
    keeping = on;
    eraseButton.hidden = !on;
  }

  form.addEventListener('input', (event) => {
    const e = entries.find((x) => x.control === event.target);
    if (!e) return;
    e.touched = true;
    update(e, 'typing');
    if (keeping) writeDraft();
  });
  form.addEventListener('focusout', (event) => {
    const e = entries.find((x) => x.control === event.target);
    if (e) update(e, 'leaving');
  });
  // A date picker reports some values only on change (typing 31/02 gives no input event with a value).
  form.addEventListener('change', (event) => {
    const e = entries.find((x) => x.control === event.target);
    if (e) update(e, 'leaving');
  });

  keepButton.addEventListener('click', () => {
    if (!writeDraft()) return say(UI.draftUnavailable);
    setKeeping(true);
    say(UI.draftSaved);
  });
  eraseButton.addEventListener('click', () => {
    try {
      storage()?.removeItem(draftKey);
    } catch {
      // Storage disabled since: nothing left to erase.
    }
    setKeeping(false);
    keepButton.focus();
    say(UI.draftErased);
  });
  form.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
    if (!window.confirm(UI.clearConfirm)) return;
    for (const e of entries) {
      e.control.value = e.field.nom === 'date' ? isoDate(today) : e.initial;
      e.touched = false;
      showError(e, null);
      update(e, 'quiet');
    }
    if (keeping) writeDraft();
    entries[0]?.control.focus();
    say(UI.formCleared);
  });

  document.querySelector('[data-action="print"]')?.addEventListener('click', () => {
    const r = readyForOutput();
    if (!r.ok) return;
    say(withBlanks(UI.printing, r.missing));
    window.print();
  });
  document.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
    const r = readyForOutput();
    if (!r.ok) return;
    try {
      await navigator.clipboard.writeText(letterText(sheet));
      say(withBlanks(UI.copied, r.missing));
    } catch {
      say(UI.copyFailed);
    }
  });
  document.querySelector('[data-action="download"]')?.addEventListener('click', () => {
    const r = readyForOutput();
    if (!r.ok) return;
    // The byte order mark lets older Windows editors read the accents as UTF-8.
    saveFile(`lettre-${slug}.txt`, 'text/plain;charset=utf-8', `\uFEFF${letterText(sheet)}`);
    say(withBlanks(UI.downloaded, r.missing));
  });

  // Start: a kept draft comes back; otherwise the letter is dated today.
  let restored = false;
  try {
    const saved = storage()?.getItem(draftKey);
    const draft = saved ? (JSON.parse(saved) as { values?: Record<string, unknown> }) : null;
    for (const [name, value] of Object.entries(draft?.values ?? {})) {
      const e = byName.get(name);
      if (e && typeof value === 'string') e.control.value = value;
    }
    restored = Boolean(draft);
  } catch {
    // A draft that cannot be read is ignored, not shown half-restored.
  }
  const date = byName.get('date');
  if (date && !date.control.value) date.control.value = isoDate(today);
  for (const e of entries) update(e, 'quiet');
  if (restored) {
    setKeeping(true);
    say(UI.draftRestored);
  }

  form.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
  document.querySelector('[data-letter-workspace]')?.classList.add('with-form');
}

const form = document.querySelector<HTMLElement>('[data-letter-form]');
if (form) init(form);
