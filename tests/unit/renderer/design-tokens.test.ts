import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/test-database';

/**
 * The colour tokens in both themes: every pair the screens put text on meets WCAG AA 4.5:1
 * (axe checks the rendered screens too, but only the pairs a test happens to show), and the
 * two copies of the dark values (follow-the-OS and pinned dark) never drift apart.
 */
const css = readFileSync(path.join(repoRoot, 'renderer/styles/tokens.css'), 'utf8');

function block(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

const light = block(':root');
const darkFollowingOs = block(':root:not([data-theme="light"])');
const darkPinned = block(':root[data-theme="dark"]');

function luminance(hex: string): number {
  const channels = (hex.replace('#', '').match(/../g) ?? []).map((c) => {
    const v = Number.parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const textPairs: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text', '--surface-sunken'],
  ['--text', '--surface-subtle'],
  ['--text', '--surface-hover'],
  ['--text', '--accent-bg'],
  ['--muted', '--bg'],
  ['--muted', '--surface'],
  ['--muted', '--surface-sunken'],
  ['--muted', '--surface-subtle'],
  ['--accent', '--surface'],
  ['--accent', '--bg'],
  ['--accent-strong', '--warning-bg'],
  ['--accent-text', '--accent'],
  ['--accent-text', '--accent-strong'],
  ['--danger', '--surface'],
  ['--danger', '--danger-bg'],
  ['--success', '--success-bg'],
  ['--warning', '--warning-bg'],
  ['--warning', '--surface'],
  ['--sidebar-text', '--sidebar'],
  ['--sidebar-text', '--sidebar-hover'],
  ['--sidebar-text', '--sidebar-active'],
];

describe.each([
  ['light', light],
  ['dark', darkPinned],
])('the %s theme', (_name, theme) => {
  const value = (token: string) => theme.get(token) ?? light.get(token) ?? '';

  it('puts every text colour on its backgrounds at 4.5:1 or more (WCAG AA)', () => {
    const failing = textPairs
      .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(value(fg), value(bg)) }))
      .filter(({ ratio }) => ratio < 4.5)
      .map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}`);
    expect(failing).toEqual([]);
  });

  it('draws control borders and the focus ring at 3:1 or more against the surface (WCAG 1.4.11)', () => {
    expect(contrast(value('--border-strong'), value('--surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(value('--focus'), value('--surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(value('--focus'), value('--bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(value('--focus-on-sidebar'), value('--sidebar'))).toBeGreaterThanOrEqual(3);
  });
});

describe('the dark theme', () => {
  it('has the same values whether it follows the OS or was chosen in Settings', () => {
    expect(Object.fromEntries(darkFollowingOs)).toEqual(Object.fromEntries(darkPinned));
  });

  it('overrides every colour the light theme defines', () => {
    const colours = [...light.keys()].filter((k) => /^#|^rgb/.test(light.get(k) ?? ''));
    expect(colours.filter((k) => !darkPinned.has(k) && k !== '--focus-on-sidebar')).toEqual([]);
  });
});
