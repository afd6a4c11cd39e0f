/**
 * The web app manifest's content (https://www.w3.org/TR/appmanifest/): the site's name, its home page,
 * its icons (the favicon, and PNG copies drawn by scripts/icons.mjs for browsers that want them).
 */
import { SITE } from './site.ts';
import { STATIC_PAGES } from './pages.ts';

/** The favicon's blue, so that the splash screen and the title bar match the icon. */
const ICON_BLUE = '#0b4f9c';

export function webManifest() {
  return {
    name: SITE.nom,
    short_name: SITE.nom,
    description: SITE.baseline,
    lang: 'fr',
    dir: 'ltr',
    id: STATIC_PAGES.accueil,
    start_url: STATIC_PAGES.accueil,
    scope: STATIC_PAGES.accueil,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: ICON_BLUE,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
