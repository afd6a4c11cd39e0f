/**
 * The deadline calculator: reveals itself, computes the dates from the reader's start date as they
 * pick it, and builds the .ics calendar file in the browser. Nothing is sent or stored.
 */
import { countDeadline, type CountedRule, type Deadline } from '../lib/deadlines.ts';
import { deadlineView, passedInWords, summaryInWords } from '../lib/deadline-text.ts';
import { checkField } from '../lib/field-check.ts';
import { localToday, parseUserDate, isoDate } from '../lib/dates.ts';
import { calendarFile } from '../lib/ics.ts';
import { fr } from '../lib/typography.ts';
import { UI } from '../lib/ui.ts';
import { announce, saveFile } from './save-file.ts';
import { el } from './dom.ts';

function randomId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function init(root: HTMLElement): void {
  const calc = root.querySelector<HTMLElement>('[data-deadline-calc]');
  const input = root.querySelector<HTMLInputElement>('#delai-depart');
  const alsace = root.querySelector<HTMLInputElement>('#delai-alsace');
  const error = root.querySelector<HTMLElement>('#delai-depart-erreur');
  const status = root.querySelector<HTMLElement>('[data-deadline-status]');
  const result = root.querySelector<HTMLElement>('[data-deadline-result]');
  const icsButton = root.querySelector<HTMLButtonElement>('[data-deadline-ics]');
  const icsStatus = root.querySelector<HTMLElement>('[data-deadline-ics-status]');
  if (!calc || !input || !alsace || !error || !status || !result || !icsButton || !icsStatus) return;
  // The page's own rule, as the build wrote it: the table of every rule stays out of the script.
  const rule = JSON.parse(root.dataset.counting!) as CountedRule;
  const source = root.querySelector<HTMLAnchorElement>('.rule a');
  const today = localToday();
  input.max = isoDate(today);
  let current: Deadline<CountedRule> | null = null;

  function showError(message: string | null): void {
    error!.textContent = message ?? '';
    error!.hidden = !message;
    if (message) {
      input!.setAttribute('aria-invalid', 'true');
      input!.setAttribute('aria-describedby', error!.id);
    } else {
      input!.removeAttribute('aria-invalid');
      input!.removeAttribute('aria-describedby');
    }
  }

  function render(d: Deadline<CountedRule>): void {
    const views = deadlineView(d, today);
    const blocks = views.map((v) => {
      const block = el('div', 'deadline-step');
      block.append(el('h4', undefined, v.titre));
      const dl = el('dl');
      for (const x of v.dates) {
        const time = el('time', undefined, x.long);
        time.dateTime = isoDate(x.date);
        const strong = el('strong');
        strong.append(time);
        const dd = el('dd');
        dd.append(strong, x.remaining ? ` (${x.remaining}). ` : '. ', x.note);
        dl.append(el('dt', undefined, x.label), dd);
      }
      block.append(dl);
      const details = el('details');
      details.append(el('summary', undefined, UI.deadlineDetails));
      const list = el('ul');
      for (const line of v.details) list.append(el('li', undefined, line));
      details.append(list);
      block.append(details);
      if (source) {
        const p = el('p', 'field-hint', `${UI.deadlineSource} : `);
        const link = source.cloneNode(true);
        p.append(link);
        block.append(p);
      }
      return block;
    });
    const passed = passedInWords(d, today);
    result!.replaceChildren(...(passed ? [el('p', 'field-error', passed)] : []), ...blocks);
    status!.textContent = summaryInWords(d, today);
  }

  function compute(reveal: boolean): void {
    const check = checkField({ nom: 'depart', libelle: '', type: 'date', requis: false }, input!.value, { today, badInput: input!.validity.badInput });
    current = null;
    if (check.state !== 'ok') {
      result!.replaceChildren();
      status!.textContent = '';
      showError(reveal && 'message' in check ? check.message : null);
      return;
    }
    showError(null);
    current = countDeadline(rule, parseUserDate(input!.value)!, { alsaceMoselle: alsace!.checked });
    render(current);
  }

  input.addEventListener('input', () => compute(input.hasAttribute('aria-invalid')));
  input.addEventListener('change', () => compute(true));
  input.addEventListener('blur', () => compute(true));
  alsace.addEventListener('change', () => compute(false));

  icsButton.addEventListener('click', () => {
    compute(true);
    if (!current) {
      if (!input.hasAttribute('aria-invalid')) showError(UI.deadlineAgendaNeedsDate);
      input.focus();
      return;
    }
    const views = deadlineView(current, null);
    const title = root.dataset.title ?? '';
    const events = current.steps
      .map((s, i) => ({ s, v: views[i]! }))
      .filter(({ s }) => s.agenda)
      .map(({ s, v }) => ({
        uid: `${randomId()}@sous-controle.fr`,
        date: s.simple,
        summary: s.acteur === 'vous' ? `${UI.deadlineSafe} – ${v.titre} (${title})` : `${v.titre} (${title})`,
        description: [
          ...v.dates.map((x) => `${x.label} : ${x.long}. ${x.note}`.trim()),
          ...v.details,
          fr(`${current!.rule.source.titre} : ${current!.rule.source.url}`),
          root.dataset.url ?? '',
        ].join('\n'),
        url: root.dataset.url,
        remindDaysBefore: 3,
      }));
    saveFile(`delai-${root.dataset.slug ?? 'lettre'}.ics`, 'text/calendar;charset=utf-8', calendarFile(events, new Date()));
    announce(icsStatus, UI.deadlineAgendaDone);
  });

  calc.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-deadline]');
if (root) init(root);
