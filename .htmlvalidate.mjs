/**
 * html-validate configuration for the built pages (tests/dist/html-validate.test.ts, or
 * `npx html-validate dist`). The strictest presets, with only the changes below, each for a reason.
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Titles are the reader's own question (up to 110 characters, src/lib/schema.ts) followed by
    // " · Sous contrôle": a screen reader announces it whole, and cutting it would lose the question.
    'long-title': ['error', { maxlength: 130 }],
    // Subresource integrity guards against a compromised third-party host; every file here comes from
    // the page's own origin (the CSP forbids any other), so only cross-origin files would need it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Not in the presets: inline <style> would need 'unsafe-inline' in the CSP (src/lib/csp.ts).
    'no-style-tag': 'error',
  },
};
