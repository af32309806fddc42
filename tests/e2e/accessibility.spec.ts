import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { runScreenTour, TOUR_ADMIN, type TourLocale } from './screen-tour';
import { findUntranslatedText, type UntranslatedText } from './text-scan';
import { artifact } from './ui-helpers';
import { expect, test } from './web-shell-fixture';

/**
 * WCAG 2.1 A and AA on every screen and dialog, in both languages: axe-core at
 * each stop of the screen tour, and no critical or serious violation anywhere.
 * The same stops are read for words that skipped translation (keys, code
 * identifiers, JSON; English in the Chinese UI): one tour, two checks.
 */

/** What the tour's seed typed in Latin letters: people's and companies' own names, a passport number, logins. */
const TOUR_DATA = ['Alexander Montgomery', 'Anna Li', 'Li Na', 'Contoso Ltd.', 'E12345678', 'reception1', TOUR_ADMIN.login];

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

/**
 * A dialog or drawer is checked on its own: the screen behind it had its own
 * stop just before, and checking it again under every dialog only doubles the
 * time (axe is slow on this machine).
 */
function scopeOf(stop: string): string | null {
  if (stop.startsWith('dialog/')) return '.ant-modal-wrap';
  if (stop.startsWith('drawer/')) return '.ant-drawer-content-wrapper';
  return null;
}

async function audit(page: Page, stop: string): Promise<Finding[]> {
  const scope = scopeOf(stop);
  const axe = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] });
  const { violations } = await (scope ? axe.include(scope) : axe).analyze();
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
  test(`every screen and dialog: no critical or serious WCAG 2.1 AA violation, no untranslated word (${locale})`, async ({ page, freshDesk }) => {
    // A bound for a loaded shared machine (about 2 min per language when it is quiet), not an expectation.
    test.setTimeout(420_000);
    const findings: Finding[] = [];
    const untranslated: (UntranslatedText & { stop: string })[] = [];
    const stops = await runScreenTour(page, freshDesk, { locale, check: async (p, stop) => {
        findings.push(...(await audit(p, stop)));
        for (const found of await findUntranslatedText(p, { locale, userData: TOUR_DATA })) untranslated.push({ stop, ...found });
        // TOUR_SCREENSHOTS=1 leaves a picture of every stop, for a person to look at after a change of colours.
        if (process.env.TOUR_SCREENSHOTS) await p.screenshot({ path: artifact(`tour-${locale}-${stop.replace('/', '-')}.png`), animations: 'disabled' });
      } });
    expect(stops.length).toBeGreaterThan(30);
    expect.soft(findings, summary(findings)).toEqual([]);
    expect(untranslated.map((u) => `[${u.stop}] ${u.kind} "${u.match}" in ${u.source} of ${u.where}: ${u.text.slice(0, 80)}`)).toEqual([]);
  });
}
