import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { isTrustedFrameUrl, rendererFileFor } from '../../../main/security/origin';
import { parsePreviewArgs, requestIsAllowed } from '../../../scripts/preview/guard';

describe('IPC sender check', () => {
  it.each([
    ['app://caseport/index.html', true],
    ['app://caseport/index.html#/clients/3', true],
    ['app://evil/index.html', false],
    ['file:///C:/Users/me/index.html', false],
    ['https://caseport.example/', false],
    ['http://127.0.0.1:4780/', false],
    ['', false],
    [undefined, false],
    ['not a url', false],
  ])('%s -> %s', (url, trusted) => {
    expect(isTrustedFrameUrl(url)).toBe(trusted);
  });
});

describe('app:// file mapping', () => {
  const root = path.join(path.sep, 'app', 'dist', 'renderer');
  it('maps the root and assets inside the renderer folder', () => {
    expect(rendererFileFor('app://caseport/', path.join, root)).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor('app://caseport/assets/index.js', path.join, root)).toBe(
      path.join(root, 'assets', 'index.js'),
    );
  });
  it.each([
    'app://caseport/%2e%2e/%2e%2e/secrets.txt',
    'app://caseport/assets/..%5C..%5Cx',
    'app://caseport/assets/%2E%2E%2F%2E%2E%2Fsecrets.txt',
    'app://caseport/..%2f..%2fetc/passwd',
    'app://caseport/a%00b',
  ])('never maps %s outside the renderer folder', (url) => {
    const file = rendererFileFor(url, path.join, root);
    if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
  });
  it('refuses other hosts', () => {
    expect(rendererFileFor('app://other/index.html', path.join, root)).toBeNull();
  });
});

describe('content security policy', () => {
  it('is the same in the page itself (meta tag) as in the app:// and preview headers', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    // frame-ancestors is ignored in a meta tag, so only the header carries it.
    const headerWithoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .sort();
    expect(meta?.split('; ').sort()).toEqual(headerWithoutFrameAncestors);
  });

  it('allows only our own files: no eval, no inline script, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('preview server guard', () => {
  it('accepts only its own loopback host and origin', () => {
    expect(requestIsAllowed({ host: '127.0.0.1:4780' }, 4780)).toBe(true);
    expect(requestIsAllowed({ host: 'localhost:4780', origin: 'http://localhost:4780' }, 4780)).toBe(true);
    expect(requestIsAllowed({ host: 'evil.example:4780' }, 4780)).toBe(false);
    expect(requestIsAllowed({ host: '127.0.0.1:4780', origin: 'https://evil.example' }, 4780)).toBe(false);
    expect(requestIsAllowed({ host: '127.0.0.1:9999' }, 4780)).toBe(false);
    expect(requestIsAllowed({}, 4780)).toBe(false);
  });
  it('reads --port and rejects nonsense', () => {
    expect(parsePreviewArgs([])).toEqual({ port: 4780 });
    expect(parsePreviewArgs(['--port', '0'])).toEqual({ port: 0 });
    expect(() => parsePreviewArgs(['--port', 'abc'])).toThrow(/--port/);
  });
});
