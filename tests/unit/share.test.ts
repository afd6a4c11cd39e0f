/** « Envoyer ce lien »: the e-mail, SMS and WhatsApp links built from a page's title and address. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeShareValue, shareLinks } from '../../src/lib/share.ts';

const TITLE = 'J\'ai reçu « un avertissement » de la CAF (trop-perçu) !';
const URL_ = 'https://sous-controle.fr/fiches/avertissement-caf/';

test('values are UTF-8 percent-encoded: accents, spaces as %20, guillemets, no-break spaces, reserved characters', () => {
  assert.equal(encodeShareValue('reçu à'), 're%C3%A7u%20%C3%A0');
  assert.equal(encodeShareValue('« x »'), '%C2%AB%20x%20%C2%BB');
  assert.equal(encodeShareValue('a\u00A0: b\u202F?'), 'a%C2%A0%3A%20b%E2%80%AF%3F');
  assert.equal(encodeShareValue("l'aide (CAF) !*&=+#"), 'l%27aide%20%28CAF%29%20%21%2A%26%3D%2B%23');
});

test('the three links carry the title and the address, and decode back to them exactly', () => {
  const links = shareLinks(TITLE, URL_);
  assert.deepEqual(links.map((l) => l.id), ['email', 'sms', 'whatsapp']);
  const [email, sms, whatsapp] = links;
  assert.match(email!.href, /^mailto:\?subject=[^&]+&body=[^&]+$/);
  const mail = new URLSearchParams(email!.href.slice('mailto:?'.length));
  assert.equal(mail.get('subject'), TITLE);
  assert.equal(mail.get('body'), `${TITLE} ${URL_}`);
  assert.match(sms!.href, /^sms:\?&body=/);
  assert.equal(decodeURIComponent(sms!.href.slice('sms:?&body='.length)), `${TITLE} ${URL_}`);
  const wa = new URL(whatsapp!.href);
  assert.equal(wa.origin, 'https://wa.me');
  assert.equal(wa.searchParams.get('text'), `${TITLE} ${URL_}`);
  // No raw space, guillemet or accent may reach the href: some SMS and mail apps cut the text there.
  for (const l of links) assert.doesNotMatch(l.href.replace(/^[a-z]+:/, ''), /[\s«»çé'()!]/u, l.id);
});

test('only the WhatsApp link leaves the site for a web page', () => {
  assert.deepEqual(shareLinks(TITLE, URL_).map((l) => l.external), [false, false, true]);
});

test('a relative or non-web address is refused', () => {
  assert.throws(() => shareLinks(TITLE, '/fiches/x/'));
  assert.throws(() => shareLinks(TITLE, 'javascript:alert(1)'), /not a web address/);
});
