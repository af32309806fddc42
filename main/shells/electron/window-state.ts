import { ZOOM_MAX, ZOOM_MIN, type WindowState } from '../../app';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** How much of the window must lie on a screen for it to be kept there: enough of the title bar to grab it. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

function overlap(a: Rect, b: Rect): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where the window opens: where it was last closed, if that is still on one of
 * this PC's screens (a monitor unplugged since, or a smaller resolution, would
 * otherwise leave it out of reach), no larger than that screen; otherwise the
 * default size, centred by the OS (no position given).
 */
export function initialBounds(saved: WindowState | null, workAreas: Rect[], defaults: Size, min: Size): { bounds: Rect | Size; maximized: boolean } {
  if (!saved) return { bounds: defaults, maximized: false };
  const screen = workAreas.find((area) => {
    const shared = overlap(saved, area);
    return shared.width >= GRAB_WIDTH && shared.height >= GRAB_HEIGHT;
  });
  if (!screen) return { bounds: defaults, maximized: saved.maximized };
  const width = Math.max(min.width, Math.min(saved.width, screen.width));
  const height = Math.max(min.height, Math.min(saved.height, screen.height));
  // Pulled back inside the screen where the kept size no longer fits beside it.
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - Math.min(width, screen.width));
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - Math.min(height, screen.height));
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** What is kept of a window on close: its normal bounds (a maximized window reopens maximized, and un-maximizes to them). */
export function windowStateOf(win: { getNormalBounds(): Rect; isMaximized(): boolean }): WindowState {
  const b = win.getNormalBounds();
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() };
}

/** The keys of an Electron before-input-event that matter for zoom. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
}

/**
 * The desk has no menu, so no built-in zoom keys: Ctrl (⌘) with + / - / 0
 * zooms in, out and back, in steps of 10 %. Returns the new factor, or null
 * for any other key.
 */
export function zoomForKey(input: KeyInput, current: number): number | null {
  if (input.type !== 'keyDown' || !(input.control || input.meta)) return null;
  const step = input.key === '=' || input.key === '+' ? 1 : input.key === '-' || input.key === '_' ? -1 : input.key === '0' ? 0 : null;
  if (step === null) return null;
  if (step === 0) return 1;
  const next = Math.round((current + step * 0.1) * 10) / 10;
  return Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, next));
}
