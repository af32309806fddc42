import { describe, expect, it } from 'vitest';
import { HANDLING_MS_MAX } from '../../contract/visits';
import { RegistrationTimer } from '../../renderer/src/desk/useRegistrationTimer';

/** The desk form's registration time (visits.handling_ms): first keystroke to submit. */
describe('registration timer', () => {
  let now = 0;
  const timer = () => new RegistrationTimer(() => now);

  it('measures from the first keystroke, not the later ones, to the submit', () => {
    const t = timer();
    now = 1000;
    expect(t.elapsed()).toEqual({});
    t.input();
    now = 5000;
    t.input();
    now = 48_500;
    expect(t.elapsed()).toEqual({ handlingMs: 47_500 });
  });

  it('starts afresh after the form is cleared, and an undone clear keeps the first start', () => {
    const t = timer();
    now = 0;
    t.input();
    now = 10_000;
    const start = t.reset();
    expect(t.elapsed()).toEqual({});
    t.restore(start);
    now = 30_000;
    expect(t.elapsed()).toEqual({ handlingMs: 30_000 });
    t.reset();
    now = 40_000;
    t.input();
    now = 41_000;
    expect(t.elapsed()).toEqual({ handlingMs: 1000 });
  });

  it('sends nothing for a form left open past the limit', () => {
    const t = timer();
    now = 0;
    t.input();
    now = HANDLING_MS_MAX;
    expect(t.elapsed()).toEqual({ handlingMs: HANDLING_MS_MAX });
    now = HANDLING_MS_MAX + 1;
    expect(t.elapsed()).toEqual({});
  });
});
