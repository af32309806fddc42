import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildApi, channelNames, contract, type Api } from '../../contract';
import type { Result } from '../../contract/result';
import type { VisitSummary } from '../../contract/visits';

/**
 * Renderer calls are typed end to end: each @ts-expect-error below is a wrong
 * call that must fail `tsc` (npm test type-checks this file). If one ever
 * compiled, tsc would report the unused directive.
 */
async function typeChecks(api: Api) {
  // @ts-expect-error unknown domain
  await api.guests.list({});
  // @ts-expect-error unknown verb
  await api.visits.delete({ visitId: 'x' });
  // @ts-expect-error missing required field (host)
  await api.visits.checkIn({ name: '张伟', privacyAck: true });
  // @ts-expect-error privacyAck must be literally true
  await api.visits.checkIn({ name: '张伟', host: '李娜', privacyAck: false });
  // @ts-expect-error wrong field type
  await api.visits.list({ scope: 'yesterday' });
  // @ts-expect-error wrong id type
  await api.visits.checkIn({ name: '张伟', host: '李娜', privacyAck: true, idType: 'driver_licence' });
  const result = await api.visits.checkIn({ name: '张伟', host: '李娜', privacyAck: true });
  expectTypeOf(result).toEqualTypeOf<Result<VisitSummary>>();
}

describe('buildApi', () => {
  it('exposes exactly the contract channels, each calling the transport with its name', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(async (name, input) => {
      calls.push([name, input]);
      return { ok: true, value: null };
    });
    for (const name of channelNames()) {
      const [domain, verb] = name.split('.') as [keyof Api, string];
      await (api[domain] as Record<string, (i: unknown) => Promise<unknown>>)[verb]!(undefined);
    }
    // Not vacuous: the list holds the channels the desk is built on.
    expect(channelNames()).toEqual(expect.arrayContaining(['session.signIn', 'visits.checkIn', 'visits.checkOutByBadge', 'print.badges', 'audit.export', 'plans.update']));
    expect(calls.map(([n]) => n)).toEqual(channelNames());
    expect(calls.map(([, input]) => JSON.stringify(input))).toEqual(channelNames().map(() => '{}'));
    expect(Object.keys(api)).toEqual(Object.keys(contract));
    expect(typeChecks).toBeTypeOf('function');
  });
});
