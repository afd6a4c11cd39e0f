/**
 * The content security policy of every page, as a <meta http-equiv>. No inline script or style is
 * allowed; Pagefind needs 'wasm-unsafe-eval' to run its WebAssembly search.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline copy's service worker (opt-in, /hors-connexion/) and the web app manifest.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
