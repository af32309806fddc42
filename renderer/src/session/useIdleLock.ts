import { useEffect, useLayoutEffect, useRef } from 'react';
import { api } from '../api/client';

/** Main is told about activity at most this often; it locks on its own if it hears nothing for the idle time. */
const TOUCH_EVERY_MS = 20_000;
const CHECK_EVERY_MS = 1_000;
const INPUT_EVENTS = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;

/**
 * Locks the desk after `minutes` without keyboard, mouse or touch input, and
 * keeps main's own idle clock in step. Input that falls inside a throttle
 * window is reported at its end (a trailing touch), so main never locks before
 * the desk does and a locked desk is never still on screen.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useLayoutEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    // Main keeps the setting within 1–240; a broken value must not lock the desk in a loop.
    const limitMs = Math.max(1, minutes) * 60_000;
    // Signing in or unlocking just now counts as activity on both sides.
    let lastInput = Date.now();
    let lastTouch = lastInput;
    let trailing: number | undefined;
    let fired = false;

    function touch() {
      trailing = undefined;
      lastTouch = Date.now();
      void api.session.touch({});
    }

    function onInput() {
      lastInput = Date.now();
      if (trailing !== undefined) return;
      const wait = lastTouch + TOUCH_EVERY_MS - lastInput;
      if (wait <= 0) touch();
      else trailing = window.setTimeout(touch, wait);
    }

    // Compared against the wall clock each second, so a sleeping PC or a throttled timer cannot delay the lock.
    const timer = window.setInterval(() => {
      if (fired || Date.now() - lastInput < limitMs) return;
      fired = true;
      onIdleRef.current();
    }, CHECK_EVERY_MS);

    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(trailing);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [minutes]);
}
