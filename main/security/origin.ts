/** Caseport's renderer is served from this origin by main/app-protocol.ts, never from file:// or the web. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'caseport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for a frame showing Caseport's own page: IPC from anything else is refused. */
export function isTrustedFrameUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request path to a file inside the renderer folder, or null if it would
 * escape it. Hash routing means every screen is index.html.
 */
export function rendererFileFor(
  requestUrl: string,
  join: (...parts: string[]) => string,
  rendererDir: string,
): string | null {
  let pathname: string;
  try {
    const url = new URL(requestUrl);
    if (url.host !== APP_HOST) return null;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return null;
  return join(rendererDir, ...segments);
}
