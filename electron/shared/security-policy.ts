/**
 * The content security policy of the user interface, the same in the desktop window and in web
 * mode: only the app's own scripts, styles and API; no inline code, no frames, no other hosts.
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
].join('; ');
