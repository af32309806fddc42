import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../main/shells/electron/link-policy';

const APP = 'file:///opt/reception-desk/resources/app.asar/out/renderer/index.html';

describe('Electron navigation and link rules', () => {
  it('allows only the bundled page, with any hash route', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/print/123`, APP)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://example.com/', APP)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/reception-desk/resources/app.asar/out/renderer/index.html', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });

  it.each([
    ['https://www.example.com/privacy', true],
    ['mailto:reception@example.com', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['file://server/share/evil.exe', false],
    ['\\\\server\\share\\evil.exe', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com', false],
    ['ms-msdt:/id PCWDiagnostic', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
