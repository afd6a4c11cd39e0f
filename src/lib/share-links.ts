/**
 * « Envoyer ce lien »: plain links that open the reader's own e-mail, SMS or WhatsApp app with the
 * page's title and address filled in. Nothing is sent or loaded until the reader taps one and sends:
 * no share button script, no third-party widget. Pure.
 */
export interface ShareLink { id: 'email' | 'sms' | 'whatsapp'; href: string; external: boolean }

export function shareLinks(title: string, url: string): ShareLink[] {
  const text = `${title} : ${url}`;
  const q = encodeURIComponent;
  return [
    { id: 'email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n${url}`)}`, external: false },
    // "sms:?body=" is what Android and current iOS read; older iOS ignores the body and opens an empty message.
    { id: 'sms', href: `sms:?body=${q(text)}`, external: false },
    { id: 'whatsapp', href: `https://wa.me/?text=${q(text)}`, external: true },
  ];
}
