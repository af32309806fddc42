import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { runScreenTour, type TourLocale } from './screen-tour';
import { expect, test } from './web-shell-fixture';

/**
 * WCAG 2.1 A and AA on every screen and dialog, in both languages: axe-core at
 * each stop of the screen tour, and no critical or serious violation anywhere.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['critical', 'serious']);

interface Finding {
  stop: string;
  rule: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

/** For contrast, the colours axe measured: what to change in the theme. */
function detail(data: unknown): string {
  const d = data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null;
  return d?.fgColor ? `  (${d.fgColor} on ${d.bgColor}, ${d.contrastRatio}:1)` : '';
}

async function audit(page: Page, stop: string): Promise<Finding[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      stop,
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 140)}${detail(n.any[0]?.data)}`),
    }));
}

/** One line per stop and rule: enough to find the element without opening a report. */
function summary(findings: Finding[]): string {
  return findings.map((f) => `[${f.stop}] ${f.rule} (${f.impact}, ${f.nodes} node${f.nodes === 1 ? '' : 's'}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
}

for (const locale of ['zh-CN', 'en'] as TourLocale[]) {
  test(`no critical or serious WCAG 2.1 AA violation on any screen or dialog (${locale})`, async ({ page, freshDesk }) => {
    test.setTimeout(240_000);
    const findings: Finding[] = [];
    const stops = await runScreenTour(page, freshDesk, { locale, check: async (p, stop) => void findings.push(...(await audit(p, stop))) });
    expect(stops.length).toBeGreaterThan(30);
    expect(findings, summary(findings)).toEqual([]);
  });
}
