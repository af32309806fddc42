import Database from 'better-sqlite3';
import { join } from 'node:path';
import { entryHash, GENESIS } from '../../main/audit/audit-log';
import { expect, test } from './web-shell-fixture';

/*
 * The audit verify as a job (issue 17): progress while it runs, the
 * verdict saying full or incremental, and the full check. A second desk's
 * long chain (merged in) makes the walk last long enough to be seen running.
 */

const OTHER_DESK = '0190a000-0000-7000-8000-00000000e2e2';
const ENTRIES = 120_000;

/** Appends a chain of another desk, written as appendAudit writes (no stored link). */
function seedOtherDesk(dataDir: string): void {
  const db = new Database(join(dataDir, 'reception.sqlite3'));
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq, prev_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, NULL)`,
  );
  db.transaction(() => {
    let prev = GENESIS;
    for (let n = 1; n <= ENTRIES; n += 1) {
      const fields = { id: `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`, at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(), deviceId: OTHER_DESK, actor: '前台乙', action: 'session.signIn', entity: 'session', entityId: null, detail: '{}' };
      prev = entryHash(prev, fields);
      insert.run(fields.id, fields.at, fields.deviceId, fields.actor, fields.action, fields.entity, fields.entityId, fields.detail, prev, n);
    }
  })();
  db.close();
}

test('the audit verify shows its progress, and says whether it was full or incremental (zh-CN, en)', async ({ page, desk }) => {
  seedOtherDesk(desk.dataDir);
  await page.goto(desk.url);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();

  await page.getByTestId('audit-verify').click();
  // One look at the line (its label and its count are drawn together): a second look could come after the walk ended.
  await expect(page.getByTestId('audit-verify-progress')).toContainText(/正在从第一条起完整校验[\s\S]*已校验 [\d,]+ \/ [\d,]+ 条/);
  await page.screenshot({ path: test.info().outputPath('audit-verify-running.zh-CN.png') });
  // Cancel is in the unit tests (tests/unit/audit-verify-job.test.ts): here the walk may end before a click lands.
  await expect(page.getByTestId('audit-verify-result')).toContainText('日志完整', { timeout: 60_000 });
  await expect(page.getByTestId('audit-verify-result')).toContainText('完整校验：尚无校验记录');
  await page.screenshot({ path: test.info().outputPath('audit-verify-full.zh-CN.png') });

  await desk.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(/增量校验：只查上次校验之后新增的记录（之前的 12000\d 条/);
  await expect(page.getByTestId('audit-verify-result')).toContainText('上次完整校验');
  await page.screenshot({ path: test.info().outputPath('audit-verify-incremental.zh-CN.png') });

  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('audit-verify-full').click();
  await expect(page.getByTestId('audit-verify-progress')).toContainText('Checking every entry from the first');
  await page.screenshot({ path: test.info().outputPath('audit-verify-running.en.png') });
  await expect(page.getByTestId('audit-verify-result')).toContainText('The log is intact', { timeout: 60_000 });
  await expect(page.getByTestId('audit-verify-result')).toContainText('Full check: from the first entry.');
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Incremental check: only the entries added since the last check');
  await page.screenshot({ path: test.info().outputPath('audit-verify-incremental.en.png') });
});
