import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../contract';
import { CHANNEL_VERBS } from '../../contract/channel-names';

const CONTRACT = resolve(import.meta.dirname, '..', '..', 'contract');

describe('the zod-free channel list', () => {
  it('names exactly the contract channels, in the contract order', () => {
    const listed = Object.entries(CHANNEL_VERBS).flatMap(([domain, verbs]) => verbs.map((verb) => `${domain}.${verb}`));
    expect(listed).toEqual(channelNames());
  });

  it('imports nothing at run time but itself and the other zod-free file, so the preload bundles no schema', () => {
    for (const file of ['channel-names.ts', 'build-api.ts']) {
      const source = readFileSync(resolve(CONTRACT, file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
      expect(runtimeImports.every((from) => from === './channel-names'), `${file}: ${runtimeImports.join(', ')}`).toBe(true);
    }
  });
});
