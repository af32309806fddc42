import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channel } from '../../contract/channel';
import { findChannel } from '../../contract';
import { text } from '../../contract/fields';

describe('a channel builds its schemas on first use (issue 17: a start builds only what it calls)', () => {
  it('builds nothing when declared, each schema once when read, and reads as the schema built', () => {
    const built: string[] = [];
    const ch = channel({
      input: () => (built.push('input'), z.strictObject({ n: z.number() })),
      output: () => (built.push('output'), z.string()),
      permission: 'public',
    });
    expect(built).toEqual([]);
    expect(ch.permission).toBe('public');
    expect(ch.input.safeParse({ n: 1 }).success).toBe(true);
    expect(ch.input.safeParse({ n: 'x' }).success).toBe(false);
    expect(ch.input).toBe(ch.input);
    expect(built).toEqual(['input']);
    expect(ch.output.parse('ok')).toBe('ok');
    expect(ch.output).toBe(ch.output);
    expect(built).toEqual(['input', 'output']);
  });

  it('a contract channel keeps its rules when read lazily', () => {
    const signIn = findChannel('session.signIn')!;
    expect(signIn.input.safeParse({ login: 'a', password: 'x' }).success).toBe(false);
    expect(signIn.input.safeParse({ login: 'Desk.One', password: 'x' })).toMatchObject({ success: true, data: { login: 'desk.one' } });
  });
});

describe('text rules are shared per length', () => {
  it('one schema per length, with that length', () => {
    expect(text(40)).toBe(text(40));
    expect(text(40)).not.toBe(text(41));
    expect(text(3).safeParse('abcd').success).toBe(false);
    expect(text(4).safeParse(' abcd ')).toMatchObject({ success: true, data: 'abcd' });
  });
});
