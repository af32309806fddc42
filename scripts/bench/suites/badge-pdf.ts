import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SAVE_AS_PDF } from '../../../contract/print';
import { ROOT, type BenchCore } from '../bench-core';
import { opResult, skipped, type OpResult } from '../results';
import { timeOnce } from '../stats';

/**
 * A badge PDF for a visitor just checked in, through the print pipeline the
 * web shell uses (print route rendered by Chromium at the label's exact size).
 * The first render starts Chromium and is reported apart; the print engine is
 * closed afterwards so an idle browser does not share the CPU with what
 * follows.
 */
export const BADGE_PDF = 'print.badges one 89×36 label PDF (warm)';

export async function benchBadgePdf(bench: BenchCore, visitIds: string[]): Promise<OpResult> {
  const name = BADGE_PDF;
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return skipped('print', name, 'no renderer build: run `npm run build` first');
  if (visitIds.length < 2) return skipped('print', name, 'no visitor on site to print for');
  const badge = (id: string) => bench.call('print.badges', { visitIds: [id], layoutId: 'label-89x36', printerId: SAVE_AS_PDF, locale: 'zh-CN' });
  const cold = await timeOnce(() => badge(visitIds[0]!));
  const warm: number[] = [];
  for (const id of visitIds.slice(1)) warm.push(await timeOnce(() => badge(id)));
  await bench.engine.close();
  return opResult({ group: 'print', name, budget: 'badgePdf', app: warm, floorNote: 'floor n/a: rendering, not a SQL question', detail: { firstRenderStartingChromiumMs: Math.round(cold) } });
}
