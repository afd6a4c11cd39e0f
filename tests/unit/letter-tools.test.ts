/** Deadlines in words, the calendar file, the letter form's checks, and letter structure. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '../../src/lib/deadlines.ts';
import { deadlineView, exampleInWords, passedInWords, remainingInWords, ruleInWords, stepInWords, summaryInWords } from '../../src/lib/deadline-text.ts';
import { deadlineRule } from '../../src/lib/deadline-rules.ts';
import { calendarFile, escapeText, foldLine } from '../../src/lib/ics.ts';
import { checkField, maxLength } from '../../src/lib/field-check.ts';
import { formatCount, formatDateLong } from '../../src/lib/dates.ts';
import { isSignature, letterParagraphs, RESERVED_FIELD_NAMES, SHARED_FIELDS, withSignature } from '../../src/lib/letters.ts';
import { lettreSchema } from '../../src/lib/schema.ts';
import { d } from '../helpers/deadline-dates.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
/** French typography makes spaces before ":" and inside « » unbreakable; tests read plain spaces. */
const plain = (s: string) => s.replaceAll(NNBSP, ' ').replaceAll(NBSP, ' ').replaceAll('’', "'");

test('a date is written with its weekday', () => {
  assert.equal(formatDateLong(d('2026-05-01')), 'vendredi 1er mai 2026');
});

test('words: 15 days from 20 March 2026 name every skipped day and the holiday, then the day it moves to', () => {
  const [s] = computeDeadline('opposition-contrainte', d('2026-03-20')).steps;
  const words = stepInWords(s!).map(plain);
  assert.equal(words[0], '15 jours comptés à partir du lendemain du 20 mars 2026, soit du 21 mars 2026 au samedi 4 avril 2026.');
  assert.equal(words[1], 'Le samedi 4 avril 2026, le dimanche 5 avril 2026 et le lundi 6 avril 2026 (lundi de Pâques, jour férié) ne sont pas des jours ouvrables : le délai est reporté au mardi 7 avril 2026.');
});

test('words: a month-end date says the day does not exist; a délai franc says it adds a day', () => {
  const [rgpd] = computeDeadline('rgpd', d('2026-01-31')).steps;
  assert.match(plain(stepInWords(rgpd!)[0]!), /ce jour n'existe pas dans le mois.*samedi 28 février 2026/);
  const [mediation] = computeDeadline('mediation', d('2026-03-20')).steps;
  assert.deepEqual(stepInWords(mediation!).map(plain), [
    '2 mois après le 20 mars 2026 : le mercredi 20 mai 2026.',
    'Délai franc : un jour de plus, le jeudi 21 mai 2026.',
  ]);
});

test('words: the rule without a date says where it starts, franc only where it is, and the safe advice only when the reader acts', () => {
  const mediation = ruleInWords(deadlineRule('mediation')).map(plain);
  assert.equal(mediation[0], 'Le délai part du jour où vous avez reçu la décision ; si vous n\'avez pas retiré la lettre recommandée, le jour où le facteur a laissé l\'avis de passage. Ce jour-là ne compte pas.');
  assert.ok(mediation.some((l) => l.includes('« franc »')));
  assert.ok(mediation.some((l) => l.startsWith('Le plus sûr')));
  const indu = ruleInWords(deadlineRule('indu-are')).map(plain);
  assert.ok(!indu.some((l) => l.includes('« franc »')));
  const rgpd = ruleInWords(deadlineRule('rgpd')).map(plain);
  assert.ok(!rgpd.some((l) => l.startsWith('Le plus sûr')), 'the body answers, the reader has nothing to send in time');
  assert.ok(rgpd.some((l) => l.includes('3 mois en tout')));
  const days = ruleInWords(deadlineRule('observations-sanction')).map(plain);
  assert.ok(days.some((l) => l.includes('jour par jour, week-ends compris')));
});

test('view: the reader\'s dates are the safe date then the legal day; the body\'s date shows its move only when there is one', () => {
  const today = d('2026-04-01');
  const [contrainte] = deadlineView(computeDeadline('opposition-contrainte', d('2026-03-20')), today);
  assert.deepEqual(contrainte!.dates.map((x) => [plain(x.label), x.long, x.remaining]), [
    ['Date sûre', 'samedi 4 avril 2026', 'dans 3 jours'],
    ['Dernier jour légal', 'mardi 7 avril 2026', 'dans 6 jours'],
  ]);
  const [answer, extension] = deadlineView(computeDeadline('rgpd', d('2026-03-20')), today);
  assert.deepEqual(answer!.dates.map((x) => x.long), ['lundi 20 avril 2026']);
  assert.deepEqual(extension!.dates.map((x) => x.long), ['samedi 20 juin 2026', 'lundi 22 juin 2026']);
});

test('the one-line answer: the safe date when the reader acts, the plain date when the body does', () => {
  const today = d('2026-04-01');
  assert.equal(plain(summaryInWords(computeDeadline('opposition-contrainte', d('2026-03-20')), today)),
    'Dernier jour pour faire opposition à la contrainte : date sûre, samedi 4 avril 2026 (dans 3 jours).');
  assert.equal(plain(summaryInWords(computeDeadline('documents', d('2026-03-20')), null)),
    'Refus implicite si l\'administration ne vous a pas répondu : lundi 20 avril 2026.');
});

test('remaining days: future, today, tomorrow, past', () => {
  assert.equal(remainingInWords(d('2026-03-30'), d('2026-03-20')), 'dans 10 jours');
  assert.equal(plain(remainingInWords(d('2026-03-20'), d('2026-03-20'))), "aujourd'hui");
  assert.equal(remainingInWords(d('2026-03-21'), d('2026-03-20')), 'demain');
  assert.equal(remainingInWords(d('2026-03-19'), d('2026-03-20')), 'passée depuis 1 jour');
});

test('a warning only once the reader\'s legal last day is over, not the body\'s', () => {
  const mediation = computeDeadline('mediation', d('2026-03-20'));
  assert.equal(passedInWords(mediation, d('2026-05-21')), null, 'the last day itself is still in time');
  assert.match(plain(passedInWords(mediation, d('2026-05-22'))!), /^Le dernier jour légal \(jeudi 21 mai 2026\) est passé/);
  assert.equal(passedInWords(computeDeadline('rgpd', d('2026-01-01')), d('2026-11-23')), null);
});

test('the worked example shown without JavaScript', () => {
  assert.deepEqual(exampleInWords(computeDeadline('mediation', d('2026-03-20'))).map(plain), [
    'Dernier jour pour saisir le médiateur régional : date sûre le mercredi 20 mai 2026, dernier jour légal le jeudi 21 mai 2026.',
  ]);
  const docs = exampleInWords(computeDeadline('documents', d('2026-03-20'))).map(plain);
  assert.equal(docs[1], 'Dernier jour pour saisir la CADA : date sûre le samedi 20 juin 2026, dernier jour légal le lundi 22 juin 2026.');
});

test('ics: TEXT values escape backslash, semicolon, comma and newline', () => {
  assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
});

test('ics: long lines fold at 75 octets without splitting a UTF-8 character', () => {
  const line = `DESCRIPTION:${'é'.repeat(100)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 1);
  for (const p of parts) assert.ok(new TextEncoder().encode(p).length <= 75, `${p.length} chars`);
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
});

test('ics: an all-day event on its date, ending the next day, with a reminder 3 days before at 9:00', () => {
  const text = calendarFile([{ uid: 'x@sous-controle.fr', date: d('2026-12-31'), summary: 'Date sûre, médiation', description: 'Ligne 1\nLigne 2', url: 'https://sous-controle.fr/lettres/x/', remindDaysBefore: 3 }], new Date('2026-11-23T10:20:30Z'));
  const lines = text.split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20261231'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20270101'));
  assert.ok(lines.includes('DTSTAMP:20261123T102030Z'));
  assert.ok(lines.includes('SUMMARY:Date sûre\\, médiation'));
  assert.ok(lines.includes('DESCRIPTION:Ligne 1\\nLigne 2'));
  assert.ok(lines.includes('TRIGGER:-P2DT15H'));
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
});

const today = d('2026-11-23');
const field = (type: 'texte' | 'texte-long' | 'date' | 'email', requis = true, nom = 'x') => ({ nom, libelle: 'X', type, requis });

test('form: an empty required field is "missing" (the blank stays, printing goes on); an empty optional one is just empty', () => {
  assert.equal(checkField(field('texte'), '   ', { today }).state, 'missing');
  assert.equal(checkField(field('texte', false), '', { today }).state, 'empty');
});

test('form: dates are written out in French; future, impossible and very old dates say why', () => {
  assert.deepEqual(checkField(field('date'), '2026-03-20', { today }), { state: 'ok', display: '20 mars 2026' });
  const future = checkField(field('date'), '2026-11-24', { today });
  assert.equal(future.state, 'invalid');
  assert.match(plain('message' in future ? future.message : ''), /dans le futur/);
  assert.equal(checkField(field('date', true, 'date'), '2026-11-24', { today, allowFuture: true }).state, 'ok');
  const bad = checkField(field('date'), '', { today, badInput: true });
  assert.equal(bad.state, 'invalid');
  assert.match(plain('message' in bad ? bad.message : ''), /n'existe pas/);
  assert.equal(checkField(field('date'), '30/02/2026', { today }).state, 'invalid');
  assert.equal(checkField(field('date'), '0026-03-20', { today }).state, 'invalid');
});

test('form: 5,000 characters are too long and the message gives both counts; the text is still shown, not cut', () => {
  const long = 'a'.repeat(5000);
  const r = checkField(field('texte-long'), long, { today });
  assert.equal(r.state, 'invalid');
  assert.equal(plain('message' in r ? r.message : ''), 'Texte trop long : 5 000 caractères, pour 4 000 au plus. Raccourcissez-le, ou écrivez la suite sur une feuille jointe à la lettre.');
  assert.equal('display' in r && r.display, long);
  assert.equal(checkField(field('texte-long'), 'a'.repeat(4000), { today }).state, 'ok');
  assert.equal(maxLength(SHARED_FIELDS.find((f) => f.nom === 'adresse')!), 400);
});

test('form: HTML typed into a field is kept as text, character for character', () => {
  const html = '<img src=x onerror="alert(1)"><b>gras</b>';
  assert.deepEqual(checkField(field('texte'), html, { today }), { state: 'ok', display: html });
});

test('form: an e-mail address needs a user, an @ and a domain', () => {
  assert.equal(checkField(field('email'), 'nom@exemple.fr', { today }).state, 'ok');
  assert.equal(checkField(field('email'), 'nom@exemple', { today }).state, 'invalid');
});

test('French numbers: thousands separated by a narrow no-break space', () => {
  assert.equal(formatCount(5000), `5${NNBSP}000`);
  assert.equal(formatCount(999), '999');
  assert.equal(formatCount(1234567), `1${NNBSP}234${NNBSP}567`);
});

test('letters: a paragraph holding only {{nom}} is the signature; a body without one gets it at the end', () => {
  const withName = letterParagraphs('Madame,\n\n{{motifs}}\n\n{{nom}}\n\nPièce jointe.', [{ nom: 'motifs', libelle: 'Motifs', type: 'texte-long' }]);
  assert.equal(withName.filter(isSignature).length, 1);
  assert.equal(withSignature(withName), withName);
  assert.deepEqual(withName[1], [{ field: 'motifs', label: 'Motifs', type: 'texte-long' }]);
  const without = letterParagraphs('Madame,\n\nJe suis {{nom}}.', []);
  assert.equal(without.filter(isSignature).length, 0);
  const signed = withSignature(without);
  assert.equal(signed.length, 3);
  assert.deepEqual(signed[2], [{ field: 'nom', label: 'Vos prénom et nom', type: 'texte' }]);
});

test('letters: shared blanks use their short label; "destinataire" may not be declared by a letter', () => {
  const p = letterParagraphs('{{ville}}, le {{date}}', []);
  assert.deepEqual(p[0]!.filter((x) => 'field' in x).map((x) => 'label' in x && x.label), ['Ville', 'Date']);
  assert.ok(RESERVED_FIELD_NAMES.includes('destinataire'));
  const r = lettreSchema.shape.champs.safeParse([{ nom: 'destinataire', libelle: 'Adresse' }]);
  assert.equal(r.success, false);
});
