/**
 * Deadlines in words: the rule (shown without JavaScript) and each computed date with the steps
 * that led to it (shown by the calculator). Sentences live here rather than in ui.ts because their
 * grammar depends on the numbers; a second language would rewrite this file.
 */
import type { DeadlineRule, Duration } from './deadline-rules.ts';
import type { CountedRule, DayOff, Deadline, DeadlineStep } from './deadlines.ts';
import { addDays, daysBetween, formatDate, formatDateLong } from './dates.ts';
import { fr } from './typography.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function durationInWords(d: Duration): string {
  const parts = [];
  if (d.mois) parts.push(`${d.mois} mois`);
  if (d.jours) parts.push(plural(d.jours, 'jour', 'jours'));
  return parts.join(' et ');
}

function offInWords(date: Date, off: DayOff): string {
  return off.kind === 'ferie' ? `le ${formatDateLong(date)} (${off.nom}, jour férié)` : `le ${formatDateLong(date)}`;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** The rule as it applies to any date: what starts it, how it is counted, what moves it. No JavaScript needed. */
export function ruleInWords(rule: DeadlineRule): string[] {
  const out = [`Le délai part du ${rule.depart.replace(/^le /, '')}. Ce jour-là ne compte pas.`];
  if (rule.duree.mois) {
    out.push('Un délai en mois se termine le même jour du dernier mois. Si ce jour n\'existe pas, il se termine le dernier jour du mois : 1 mois après le 31 janvier, c\'est le 28 février (le 29 les années bissextiles).');
  } else {
    out.push('Un délai en jours se compte jour par jour, week-ends compris, à partir du lendemain.');
  }
  if (rule.franc) out.push('Ce délai est « franc » : le dernier jour ne compte pas non plus, vous avez donc un jour de plus.');
  if (rule.report || rule.suite) {
    out.push('Un délai qui se termine un samedi, un dimanche ou un jour férié est reporté au premier jour ouvrable suivant.');
  }
  if (rule.suite) {
    const suite = rule.suite;
    out.push(suite.depuis === 'fin'
      ? `Ensuite : ${suite.titre.charAt(0).toLowerCase()}${suite.titre.slice(1)}, ${durationInWords(suite.duree)} après cette date.`
      : `${suite.titre} : ${durationInWords(suite.duree)} en tout après la réception.`);
  }
  if (rule.acteur === 'vous' || rule.suite?.acteur === 'vous') {
    if (rule.envoi) out.push(rule.envoi.texte);
    out.push('Le plus sûr : faites arriver votre lettre avant la date simple, sans compter sur le jour de plus ni sur le report. Ce n\'est pas la règle, c\'est une marge de sécurité. Comptez le temps que met la poste.');
  }
  return out.map(fr);
}

/** How one date was reached, step by step. */
export function stepInWords(s: DeadlineStep): string[] {
  const out: string[] = [];
  if (s.duree.mois) {
    const sameDay = s.simple.getUTCDate() === s.from.getUTCDate();
    out.push(sameDay
      ? `${durationInWords(s.duree)} après le ${formatDate(s.from)} : le ${formatDateLong(s.simple)}.`
      : `${durationInWords(s.duree)} après le ${formatDate(s.from)} : ce jour n'existe pas dans le mois, le délai se termine le dernier jour du mois, le ${formatDateLong(s.simple)}.`);
  } else {
    out.push(`${durationInWords(s.duree)} comptés à partir du lendemain du ${formatDate(s.from)}, soit du ${formatDate(addDays(s.from, 1))} au ${formatDateLong(s.simple)}.`);
  }
  if (s.francDate) out.push(`Délai franc : un jour de plus, le ${formatDateLong(s.francDate)}.`);
  if (s.skipped.length) {
    const days = listInWords(s.skipped.map((x) => offInWords(x.date, x.off)));
    const verb = s.skipped.length > 1 ? 'ne sont pas des jours ouvrables' : 'n\'est pas un jour ouvrable';
    out.push(`${days.charAt(0).toUpperCase()}${days.slice(1)} ${verb} : le délai est reporté au ${formatDateLong(s.legal)}.`);
  }
  return out.map(fr);
}

/** "dans 12 jours", "aujourd'hui", "passée depuis 3 jours". */
export function remainingInWords(date: Date, today: Date): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'aujourd\'hui';
  if (n === 1) return 'demain';
  return n > 0 ? `dans ${plural(n, 'jour', 'jours')}` : `passée depuis ${plural(-n, 'jour', 'jours')}`;
}

export interface StepView {
  id: string;
  titre: string;
  /** Labelled dates, most important first. */
  dates: { label: string; date: Date; long: string; note: string; remaining: string | null }[];
  details: string[];
}

/** The one-line answer announced first: the first date, as the reader should take it. */
export function summaryInWords(d: Deadline<CountedRule>, today: Date | null): string {
  const s = d.steps[0]!;
  const when = `${formatDateLong(s.simple)}${today ? ` (${remainingInWords(s.simple, today)})` : ''}`;
  return fr(s.acteur === 'vous' ? `${s.titre} : date sûre, ${when}.` : `${s.titre} : ${when}.`);
}

/** What the calculator shows for each date of a deadline. */
export function deadlineView(d: Deadline<CountedRule>, today: Date | null): StepView[] {
  return d.steps.map((s) => {
    const moved = s.legal.getTime() !== s.simple.getTime();
    const dates = s.acteur === 'vous'
      ? [
          { label: 'Date sûre', date: s.simple, note: 'Le plus sûr : que votre lettre arrive au plus tard ce jour-là.' },
          { label: 'Dernier jour légal', date: s.legal, note: moved ? 'Ne comptez pas dessus : gardez-le comme marge de secours.' : 'C\'est le même jour : il n\'y a ni jour de plus ni report.' },
        ]
      : [
          { label: 'Date', date: s.simple, note: '' },
          ...(moved ? [{ label: 'Reportée au', date: s.legal, note: 'Ce jour n\'est pas un jour ouvrable : le délai va jusqu\'au jour ouvrable suivant.' }] : []),
        ];
    return {
      id: s.id,
      titre: fr(s.titre),
      dates: dates.map((x) => ({
        label: fr(x.label), date: x.date, long: formatDateLong(x.date), note: fr(x.note),
        remaining: today ? remainingInWords(x.date, today) : null,
      })),
      details: stepInWords(s),
    };
  });
}

/** A worked example in one sentence per date, for readers without JavaScript. */
export function exampleInWords(d: Deadline<CountedRule>): string[] {
  return d.steps.map((s) => {
    const moved = s.legal.getTime() !== s.simple.getTime();
    const dates = s.acteur === 'vous'
      ? `date sûre le ${formatDateLong(s.simple)}, dernier jour légal le ${formatDateLong(s.legal)}`
      : `le ${formatDateLong(s.simple)}${moved ? `, reporté au ${formatDateLong(s.legal)}` : ''}`;
    return fr(`${s.titre} : ${dates}.`);
  });
}

/** A warning when the reader's own last day has already gone by, else null. */
export function passedInWords(d: Deadline<CountedRule>, today: Date): string | null {
  const late = d.steps.find((s) => s.acteur === 'vous' && s.legal.getTime() < today.getTime());
  if (!late) return null;
  return fr(`Le dernier jour légal (${formatDateLong(late.legal)}) est passé. Agissez quand même, vite, et faites-vous aider : une association ou un avocat peut vérifier ce qui reste possible.`);
}
