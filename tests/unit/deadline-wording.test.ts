/** The sentences of the deadline explanations that carry a legal rule (corrections dossier, points 1 and 2). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleInWords } from '../../src/lib/deadline-text.ts';
import { DEADLINE_RULES, DEPART_SOURCE, POSTING_TA_SOURCE, deadlineRule, type DeadlineRule } from '../../src/lib/deadline-rules.ts';

const plain = (s: string) => s.replaceAll('\u202F', ' ').replaceAll('\u00A0', ' ').replaceAll('’', "'");

test('every deadline that starts from a letter the reader received says an uncollected registered letter starts it on the day of the avis de passage', () => {
  const received = DEADLINE_RULES.filter((r) => r.acteur === 'vous');
  assert.ok(received.length >= 4);
  for (const r of received) {
    assert.match(r.depart, /pas retiré la lettre recommandée, le jour où le facteur a laissé l'avis de passage/, r.id);
    assert.match(r.libelleDate, /avis de passage/, r.id);
    assert.match(plain(ruleInWords(r)[0]!), /^Le délai part du jour .*avis de passage\. Ce jour-là ne compte pas\.$/, r.id);
  }
});

test('deadlines started by the body receiving the reader\'s letter do not speak of an avis de passage', () => {
  for (const id of ['rgpd', 'documents', 'reponse-recours-are', 'reponse-cra-caf', 'refus-apres-cada']) assert.doesNotMatch(deadlineRule(id).depart, /avis de passage/, id);
});

test('the start rule and the posting rule cite the Conseil d\'État decisions', () => {
  assert.match(DEPART_SOURCE.titre, /24 avril 2012, n° 341146/);
  assert.match(DEPART_SOURCE.url, /^https:\/\/www\.juricaf\.org\/arret\/FRANCE-CONSEILDETAT-20120424-341146$/);
  assert.match(POSTING_TA_SOURCE.titre, /Section, 13 mai 2024, n° 466541/);
  assert.match(POSTING_TA_SOURCE.url, /^https:\/\/www\.conseil-etat\.fr\/.*466541$/);
});

test('the mediation rule states that posting before the end is in time for the tribunal administratif', () => {
  const words = ruleInWords(deadlineRule('mediation')).map(plain);
  const posting = words.find((l) => l.includes('tribunal administratif'));
  assert.ok(posting, 'a line on the tribunal administratif');
  assert.match(posting, /postée avant la fin du délai est dans les temps, le cachet de la poste faisant foi \(Conseil d'État, Section, 13 mai 2024, n° 466541\)/);
  assert.equal(deadlineRule('mediation').envoi?.source?.url, POSTING_TA_SOURCE.url);
});

test('the opposition to a contrainte states that a registered letter counts from its posting (CPC 668)', () => {
  const words = ruleInWords(deadlineRule('opposition-contrainte')).map(plain);
  assert.ok(words.some((l) => /lettre recommandée compte à la date de son envoi \(article 668 du code de procédure civile\)/.test(l)));
});

test('arriving before the date is given as a safety margin, never as the rule, and no text says only receipt counts', () => {
  for (const r of DEADLINE_RULES as readonly DeadlineRule[]) {
    const words = ruleInWords(r).map(plain);
    if (r.acteur === 'vous' || r.suite?.acteur === 'vous') {
      const safe = words.find((l) => l.startsWith('Le plus sûr'));
      assert.ok(safe, r.id);
      assert.match(safe, /Ce n'est pas la règle, c'est une marge de sécurité/, r.id);
      assert.ok(r.envoi, `${r.id} says which date counts for a letter sent by post`);
    }
    for (const l of words) assert.doesNotMatch(l, /(reçoit|réception)[^.]*tribunal|tribunal[^.]*(reçoit|réception)/, `${r.id}: ${l}`);
  }
});

test('a silence-means-rejection delay says it is the body\'s delay, not the reader\'s', () => {
  for (const id of ['reponse-recours-are', 'reponse-cra-caf', 'refus-apres-cada']) {
    const r = deadlineRule(id);
    assert.equal(r.acteur, 'organisme', id);
    assert.equal(r.report, false, `${id}: a rejection born on a Sunday is not moved`);
    assert.match(plain(r.enMots), /pas le vôtre/, id);
  }
});

test('the pôle social and the tribunal administratif after the CADA say which date counts for a request sent by post', () => {
  const pole = ruleInWords(deadlineRule('tribunal-cra-caf')).map(plain);
  assert.ok(pole.some((l) => /compte à la date de son envoi \(article 668 du code de procédure civile\)/.test(l)));
  assert.ok(pole.some((l) => /R142-10-1/.test(l)));
  const ta = ruleInWords(deadlineRule('refus-apres-cada')).map(plain);
  assert.ok(ta.some((l) => /postée avant la fin du délai est dans les temps.*466541/.test(l)));
  assert.equal(deadlineRule('refus-apres-cada').envoi?.source?.url, POSTING_TA_SOURCE.url);
});

test('the CRA silence counts documents sent later only if sent before the 2 months end, and the pôle social rule covers a silence', () => {
  assert.match(deadlineRule('reponse-cra-caf').depart, /documents avant la fin de ces 2 mois/);
  const words = plain(deadlineRule('tribunal-cra-caf').enMots);
  assert.match(words, /Si la commission ne vous a pas répondu, comptez ces 2 mois depuis le jour où votre recours est rejeté/);
  assert.match(words, /accusé de réception de votre recours/);
});
