/**
 * Content Security Policy for every page Caseport shows, in Electron (app:// responses) and in
 * the browser preview (HTTP header). Only our own bundled files; no eval, no inline script,
 * no remote origins: client data never leaves the machine through the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
