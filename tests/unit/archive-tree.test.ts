import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveFolder, DocumentClass } from '../../contract/archive';
import { VALUE_LABELS } from '../../contract/labels';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The archive's tree and classes: seeded once on first use (three levels —
 * business type, client tier as the app names them, project stage — and the
 * usual classes with their periods), then the administrators'.
 */

let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore();
});
afterAll(async () => {
  await core.cleanup();
});

const folders = () => core.call<ArchiveFolder[]>('archive.folders', {});
const classes = () => core.call<DocumentClass[]>('archive.classes', {});

describe('the seeded tree', () => {
  it('has four business types, the client tiers under each and three stages under each tier', async () => {
    const tree = await folders();
    const top = tree.filter((f) => f.parentId === null);
    expect(top.map((f) => f.nameZh)).toEqual(['商务拜访', '政府接待', '技术交流', '会议活动']);
    expect(top.every((f) => f.level === 'businessType')).toBe(true);
    const tiers = tree.filter((f) => f.parentId === top[0]!.id);
    expect(tiers.map((f) => f.nameZh)).toEqual(Object.values(VALUE_LABELS['zh-CN'].clientTier).map((l) => `${l}客户`));
    const stages = tree.filter((f) => f.parentId === tiers[0]!.id);
    expect(stages.map((f) => [f.nameZh, f.nameEn, f.level])).toEqual([
      ['洽谈', 'Negotiation', 'projectStage'],
      ['执行', 'Execution', 'projectStage'],
      ['结案', 'Closed', 'projectStage'],
    ]);
    expect(tree).toHaveLength(4 + 4 * 3 + 4 * 3 * 3);
  });

  it('is seeded once: a rename stays and nothing is added twice', async () => {
    const top = (await folders()).find((f) => f.nameZh === '会议活动')!;
    await core.call('archive.saveFolder', { id: top.id, nameZh: '会议与活动', nameEn: 'Meetings and events' });
    const again = await folders();
    expect(again).toHaveLength(52);
    expect(again.find((f) => f.id === top.id)!.nameZh).toBe('会议与活动');
  });

  it('has the classes with their periods and default security', async () => {
    expect((await classes()).map((c) => [c.nameZh, c.retentionYears, c.defaultSecurity])).toEqual([
      ['合同', 10, 'confidential'],
      ['接待方案', 5, 'internal'],
      ['会议纪要', 5, 'internal'],
      ['照片', 3, 'internal'],
      ['打印件', 2, 'internal'],
      ['其他', 3, 'internal'],
    ]);
  });
});

describe('administrators keep the tree', () => {
  it('gives a new folder the level of its depth and refuses a fourth level', async () => {
    const tree = await folders();
    const stage = tree.find((f) => f.level === 'projectStage')!;
    const tier = tree.find((f) => f.id === stage.parentId)!;
    const added = (await core.call<ArchiveFolder[]>('archive.saveFolder', { parentId: tier.id, nameZh: '售后', nameEn: 'After-sales' })).find((f) => f.nameZh === '售后')!;
    expect(added.level).toBe('projectStage');
    const deeper = await core.dispatch('archive.saveFolder', { parentId: stage.id, nameZh: '第四级' });
    expect(deeper.ok).toBe(false);
    if (!deeper.ok) expect(deeper.error.issues?.[0]?.message).toBe('archive.tooDeep');
  });

  it('removes an empty folder and archives one that has subfolders', async () => {
    const tree = await folders();
    const extra = (await core.call<ArchiveFolder[]>('archive.saveFolder', { parentId: null, nameZh: '临时目录' })).find((f) => f.nameZh === '临时目录')!;
    expect(extra.level).toBe('businessType');
    const afterRemove = await core.call<ArchiveFolder[]>('archive.removeFolder', { id: extra.id });
    expect(afterRemove.some((f) => f.id === extra.id)).toBe(false);
    const top = tree.find((f) => f.parentId === null)!;
    const afterArchive = await core.call<ArchiveFolder[]>('archive.removeFolder', { id: top.id });
    expect(afterArchive.find((f) => f.id === top.id)!.archived).toBe(true);
    // An archived folder takes no new subfolder.
    const refused = await core.dispatch('archive.saveFolder', { parentId: top.id, nameZh: '不行' });
    expect(refused.ok).toBe(false);
  });

  it('refuses the tree and classes to anyone but an administrator', async () => {
    await core.signInAs('manager');
    const r = await core.dispatch('archive.saveClass', { nameZh: '新类别', retentionYears: 1, defaultSecurity: 'public' });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  });

  it('adds a class and records the changes in the audit log', async () => {
    const saved = await core.call<DocumentClass[]>('archive.saveClass', { nameZh: '证照', nameEn: 'Licences', retentionYears: 0, defaultSecurity: 'public', sort: 9 });
    expect(saved.find((c) => c.nameZh === '证照')).toMatchObject({ retentionYears: 0, defaultSecurity: 'public', archived: false });
    const log = await core.call<{ entries: { action: string }[] }>('audit.list', { limit: 50 });
    expect(log.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['archive.seed', 'archive.folder.add', 'archive.folder.rename', 'archive.folder.remove', 'archive.folder.archive', 'archive.class.save']));
  });
});
