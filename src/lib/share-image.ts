/**
 * The share card of a page (Open Graph / Twitter image, 1200 × 630): what it says and how it is
 * laid out, as the element tree satori draws. Pure: fonts, drawing and files are share-image-fs.ts.
 * Few flat colours and no gradient or photo, so the PNG stays far under 60 KB.
 */
import { SHARE_UI } from './ui.ts';

export const SHARE_IMAGE = { width: 1200, height: 630, maxBytes: 60 * 1024 } as const;

/** Bump when the design changes: cached images of the old design are then redrawn. */
export const SHARE_DESIGN_VERSION = 1;

/** What a card says, read back from the page's own metadata. */
export interface ShareCard {
  /** The page's title, as og:title says it. */
  title: string;
  /** Its theme or section (article:section), when it has one. */
  section?: string | undefined;
  /** « vérifié le » date as shown, e.g. "23 novembre 2026" (from article:modified_time). */
  verified?: string | undefined;
  siteName: string;
  /** Host shown at the bottom: "sous-controle.fr". */
  host: string;
}

/** The image's address for a page's address: `/` → `/partage/accueil.png`, `/articles/x/` → `/partage/articles/x.png`. */
export function shareImagePath(pagePath: string): string {
  const clean = pagePath.replace(/index\.html$/, '').replace(/\.html$/, '/');
  const trimmed = clean.replace(/^\/+|\/+$/g, '');
  return `/partage/${trimmed || 'accueil'}.png`;
}

const COLORS = { bg: '#f3f4f1', text: '#1b1d1f', soft: '#4a4f55', accent: '#a4161a', band: '#1b1d1f', bandText: '#ffffff' } as const;

/** Title size by length, so a long question still fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 72;
  if (title.length <= 80) return 62;
  return 52;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown; style?: Record<string, unknown> } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The element tree of a card (satori's React-like shape, no JSX needed). */
export function shareCardTree(card: ShareCard): Node {
  const top = el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30 }, [
    el('div', { display: 'flex', fontWeight: 700, color: COLORS.text }, card.siteName),
    card.section ? el('div', { display: 'flex', color: COLORS.accent, fontWeight: 700 }, card.section) : el('div', { display: 'flex' }, ''),
  ]);
  const title = el('div', { display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, color: COLORS.text, maxHeight: 400, overflow: 'hidden' }, card.title);
  const band = el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 96, padding: '0 64px', fontSize: 30, color: COLORS.bandText, backgroundColor: COLORS.band }, [
    el('div', { display: 'flex' }, card.verified ? SHARE_UI.verified(card.verified) : SHARE_UI.tagline),
    el('div', { display: 'flex', fontWeight: 700 }, card.host),
  ]);
  const body = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '48px 64px 40px 56px' }, [top, title]);
  return el('div', { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, display: 'flex', flexDirection: 'column', backgroundColor: COLORS.bg, fontFamily: 'Noto Sans' }, [
    el('div', { display: 'flex', flexGrow: 1 }, [el('div', { display: 'flex', width: 24, flexShrink: 0, backgroundColor: COLORS.accent }), body]),
    band,
  ]);
}

/** Reads the card's facts from a built page's head: og:title, article:section, article:modified_time. */
export function cardFromHtml(html: string, site: { nom: string; url: string }, formatDay: (iso: string) => string): ShareCard | undefined {
  const meta = (prop: string) => {
    const m = new RegExp(`<meta[^>]+property="${prop}"[^>]+content="([^"]*)"`).exec(html);
    return m ? decode(m[1]!) : undefined;
  };
  const title = meta('og:title');
  if (!title) return undefined;
  const modified = meta('article:modified_time');
  return { title, section: meta('article:section'), verified: modified ? formatDay(modified.slice(0, 10)) : undefined, siteName: site.nom, host: new URL(site.url).host };
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&amp;/g, '&');
