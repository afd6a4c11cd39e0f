/**
 * « Envoyer ce lien »: plain links that open the reader's e-mail, SMS or WhatsApp with the page's
 * title and address filled in. Built at build time from the canonical URL: nothing is requested and
 * nothing is sent until the reader taps one and then sends the message themselves.
 */

export interface ShareLink {
  /** Which app the link opens. */
  id: 'email' | 'sms' | 'whatsapp';
  href: string;
  /** Whether the link leaves the site for a web page (WhatsApp's wa.me), not for an app on the device. */
  external: boolean;
}

/**
 * Percent-encoding for mailto:, sms: and wa.me query values (RFC 6068 and 5724): UTF-8, spaces as %20
 * (a "+" would stay a "+" in most mail apps), nothing but unreserved characters left as they are.
 */
export function encodeShareValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The e-mail, SMS and WhatsApp links for a page, by its title and absolute canonical address. */
export function shareLinks(title: string, url: string): ShareLink[] {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`shareLinks: "${url}" is not a web address`);
  const text = `${title} ${parsed.href}`;
  return [
    { id: 'email', href: `mailto:?subject=${encodeShareValue(title)}&body=${encodeShareValue(text)}`, external: false },
    // "sms:?&body=" is the form both Android and iOS read (iOS ignores "sms:?body=" on some versions).
    { id: 'sms', href: `sms:?&body=${encodeShareValue(text)}`, external: false },
    { id: 'whatsapp', href: `https://wa.me/?text=${encodeShareValue(text)}`, external: true },
  ];
}
