/** components/theme.ts: the extension pages' shared palette and base rules. */
import { describe, expect, it } from 'vitest';
import { baseRules, pageBodyRules, palette } from '../../../components/theme';
import { FACTS_CSS } from '../../../components/facts/styles';
import { NOTES_CSS } from '../../../components/notes/styles';
import { POPUP_CSS } from '../../../components/popup/styles';

describe('palette', () => {
  it('declares each role under the prefix, or under a local name', () => {
    expect(palette('cf', 'light', ['bg', ['conflict', 'error']])).toBe(
      '--cf-bg: #ffffff;\n  --cf-conflict: #8a1c1c;',
    );
    expect(palette('cf', 'dark', ['bg', ['conflict', 'error']])).toBe(
      '--cf-bg: #17191d;\n  --cf-conflict: #ffb4b4;',
    );
  });

  it('gives the three pages the same colour for the same role', () => {
    const value = (css: string, name: string) =>
      [...css.matchAll(new RegExp(`--${name}: ([^;]+);`, 'g'))].map((m) => m[1]);
    // Light, then dark (inside prefers-color-scheme: dark).
    expect(value(POPUP_CSS, 'cp-fg')).toEqual(['#111418', '#f3f4f6']);
    expect(value(FACTS_CSS, 'cf-fg')).toEqual(value(POPUP_CSS, 'cp-fg'));
    expect(value(NOTES_CSS, 'cn-fg')).toEqual(value(POPUP_CSS, 'cp-fg'));
    expect(value(FACTS_CSS, 'cf-conflict')).toEqual(value(NOTES_CSS, 'cn-error'));
  });
});

describe('baseRules', () => {
  it('gives a focus ring in the page’s own focus colour', () => {
    expect(baseRules('cn')).toContain('outline: 2px solid var(--cn-focus);');
  });
});

describe('pageBodyRules', () => {
  it('gives an extension page’s body the palette’s background, light and dark', () => {
    const css = pageBodyRules();
    expect(css).toContain('background: #ffffff;');
    expect(css).toMatch(/prefers-color-scheme: dark\)[\s\S]*background: #17191d;/);
  });
});
