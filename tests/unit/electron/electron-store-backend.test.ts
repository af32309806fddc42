import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPcSettings } from '../../../main/pc-settings/pc-settings-store';
import { electronStoreBackend } from '../../../main/shells/electron/electron-store-backend';

// electron-store reads Electron's app only to find a default folder, which the backend always gives (TOOLCHAIN.md trap 2).
vi.mock('electron', () => ({ default: {} }));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reception-estore-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("electron-store as this PC's settings", () => {
  it('writes the shared schema to pc-settings.json in the data folder, owner-only, and reads it back', () => {
    const store = openPcSettings(electronStoreBackend(dir));
    store.set({ ...store.get(), printerId: 'Brother_QL', zoomFactor: 1.2 }, 1);
    const file = join(dir, 'pc-settings.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ printerId: 'Brother_QL', zoomFactor: 1.2, version: 1 });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = openPcSettings(electronStoreBackend(dir));
    expect(again.get()).toMatchObject({ printerId: 'Brother_QL', zoomFactor: 1.2 });
    expect(again.version()).toBe(1);
  });

  it('keeps an unreadable file aside and starts from the defaults, reporting it', () => {
    writeFileSync(join(dir, 'pc-settings.json'), '{"printerId": "Brot');
    const store = openPcSettings(electronStoreBackend(dir), () => new Date('2026-11-27T23:40:05.123Z'));
    expect(store.get().printerId).toBe('pdf');
    expect(store.repairs()).toEqual({ fields: ['*'], keptAs: join(dir, 'pc-settings.json.corrupt-20261127T234005123Z') });
    expect(readFileSync(join(dir, 'pc-settings.json.corrupt-20261127T234005123Z'), 'utf8')).toBe('{"printerId": "Brot');
    expect(readdirSync(dir).sort()).toEqual(['pc-settings.json', 'pc-settings.json.corrupt-20261127T234005123Z']);
  });
});
