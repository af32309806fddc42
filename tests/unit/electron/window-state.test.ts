import { describe, expect, it } from 'vitest';
import { initialBounds, windowStateOf, zoomForKey } from '../../../main/shells/electron/window-state';

const DEFAULTS = { width: 1440, height: 900 };
const MIN = { width: 1280, height: 720 };
const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('the window remembers its place on this PC', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(initialBounds(null, [LAPTOP], DEFAULTS, MIN)).toEqual({ bounds: DEFAULTS, maximized: false });
  });

  it('reopens where it was closed, on the screen it was on', () => {
    const saved = { x: 2100, y: 80, width: 1600, height: 1000, maximized: false };
    expect(initialBounds(saved, [LAPTOP, RIGHT], DEFAULTS, MIN)).toEqual({ bounds: { x: 2100, y: 80, width: 1600, height: 1000 }, maximized: false });
    expect(initialBounds({ ...saved, maximized: true }, [LAPTOP, RIGHT], DEFAULTS, MIN).maximized).toBe(true);
  });

  it('comes back on-screen when its monitor is gone', () => {
    const onUnplugged = { x: 2100, y: 80, width: 1600, height: 1000, maximized: false };
    expect(initialBounds(onUnplugged, [LAPTOP], DEFAULTS, MIN)).toEqual({ bounds: DEFAULTS, maximized: false });
  });

  it('is pulled inside a smaller screen, no larger than it, with its title bar reachable', () => {
    const saved = { x: 1000, y: -300, width: 2400, height: 1400, maximized: false };
    expect(initialBounds(saved, [LAPTOP], DEFAULTS, MIN)).toEqual({ bounds: { x: 0, y: 0, width: 1920, height: 1040 }, maximized: false });
    const halfOff = { x: 1500, y: 500, width: 1300, height: 800, maximized: false };
    expect(initialBounds(halfOff, [LAPTOP], DEFAULTS, MIN).bounds).toEqual({ x: 620, y: 240, width: 1300, height: 800 });
  });

  it('keeps its normal bounds when maximized', () => {
    const win = { getNormalBounds: () => ({ x: 10.4, y: 20, width: 1500, height: 950.6 }), isMaximized: () => true };
    expect(windowStateOf(win)).toEqual({ x: 10, y: 20, width: 1500, height: 951, maximized: true });
  });
});

describe('zoom keys', () => {
  const key = (k: string, mods: { control?: boolean; meta?: boolean } = { control: true }) => ({ type: 'keyDown', key: k, control: false, meta: false, ...mods });

  it('Ctrl (or ⌘) with + / - / 0 zooms in, out and back in steps of 10 %', () => {
    expect(zoomForKey(key('='), 1)).toBe(1.1);
    expect(zoomForKey(key('+'), 1.1)).toBe(1.2);
    expect(zoomForKey(key('-', { meta: true }), 1)).toBe(0.9);
    expect(zoomForKey(key('0'), 1.7)).toBe(1);
  });

  it('stays within the stored range and ignores other keys', () => {
    expect(zoomForKey(key('='), 2)).toBe(2);
    expect(zoomForKey(key('-'), 0.5)).toBe(0.5);
    expect(zoomForKey(key('=', {}), 1)).toBeNull();
    expect(zoomForKey(key('a'), 1)).toBeNull();
    expect(zoomForKey({ ...key('='), type: 'keyUp' }, 1)).toBeNull();
  });
});
