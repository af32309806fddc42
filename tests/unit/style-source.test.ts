import { theme } from 'antd';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskCssVariables, deskFonts, deskSpace, deskTheme } from '../../renderer/src/theme';

/**
 * Styles from one source: colours, font stacks and spacing steps live in
 * renderer/src/theme.ts, which hands them to antd as tokens and to the app's
 * own CSS as variables. Anywhere else in the renderer a colour literal or a
 * list of fonts is a second copy that will drift.
 */

const SRC = resolve(import.meta.dirname, '../../renderer/src');
const THEME_FILE = 'theme.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC)
  .map((path) => ({ name: relative(SRC, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }))
  .filter((file) => file.name !== THEME_FILE);

/** Comments may name a colour ("antd's gold #b7791f was 3.6:1"); only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every line of `files` where `pattern` matches, as "file:line: text". */
function findings(pattern: RegExp): string[] {
  return files.flatMap((file) =>
    withoutComments(file.text)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file.name}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa, and rgb()/hsl() in any spelling. */
const COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b(?![-\w])|\b(?:rgba?|hsla?|hwb|oklch|lab)\(/i;
/** A font-family whose value is not a variable, or a font's name spelled out in code. */
const FONT_LIST = /font-family\s*:(?!\s*(?:var\(|inherit\b|\$\{deskFonts\.))|fontFamily\s*:\s*['"`]|\b(?:sans-serif|monospace|serif)\b\s*['";,]|PingFang|YaHei|Noto S[ae]|SimSun|Songti|Consolas/i;

describe('styles come from the one theme file', () => {
  it('scans the renderer (the test would pass on an empty list)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.name.endsWith('.css'))).toBe(true);
  });

  it('has no colour literal outside renderer/src/theme.ts', () => {
    expect(findings(COLOUR)).toEqual([]);
  });

  it('has no font stack outside renderer/src/theme.ts', () => {
    expect(findings(FONT_LIST)).toEqual([]);
  });

  it('uses only the CSS variables the theme defines', () => {
    const defined = new Set(Object.keys(deskCssVariables()));
    const used = files.flatMap((file) => [...file.text.matchAll(/var\((--(?:desk|print)-[\w-]+)/g)].map((m) => `${file.name}: ${m[1]}`));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((use) => !defined.has(use.split(': ')[1]!))).toEqual([]);
  });

  it('gives antd the same fonts and spacing steps the CSS variables carry', () => {
    const token = theme.getDesignToken(deskTheme);
    expect(token.fontFamily).toBe(deskFonts.sans);
    expect(token.fontFamilyCode).toBe(deskFonts.mono);
    expect([token.paddingXXS, token.paddingXS, token.paddingSM, token.padding, token.paddingLG, token.paddingXL]).toEqual([
      deskSpace.xxs,
      deskSpace.xs,
      deskSpace.sm,
      deskSpace.md,
      deskSpace.lg,
      deskSpace.xl,
    ]);
    expect([token.marginXXS, token.marginXS, token.marginSM, token.margin, token.marginLG, token.marginXL]).toEqual([
      deskSpace.xxs,
      deskSpace.xs,
      deskSpace.sm,
      deskSpace.md,
      deskSpace.lg,
      deskSpace.xl,
    ]);
  });
});
