/**
 * `npm run generate -- --dir /tmp/rd-100k --visitors 100000 --visits 500000`
 * `npm run generate -- --dir /tmp/rd-full --preset full`
 * Builds a ready-to-open data folder; prints progress and the manifest's summary.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataDir, PRESETS, type GenerateOptions } from './index';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    preset: { type: 'string' },
    visitors: { type: 'string' },
    visits: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
    'end-date': { type: 'string' },
    'plans-per-week': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `Usage: npm run generate -- --dir <new folder> [--preset small|100k|full] [--visitors N] [--visits N]
       [--years N] [--seed N] [--end-date YYYY-MM-DD] [--plans-per-week N]
Then open it: RECEPTION_DATA_DIR=<folder> npm run start:web (sign in with the login in <folder>/generated.json).`;

function number(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, not ${raw}`);
  return n;
}

async function main(): Promise<void> {
  if (values.help || !values.dir) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const preset = values.preset ?? (values.visitors || values.visits ? undefined : 'small');
  if (preset !== undefined && !(preset in PRESETS)) throw new Error(`--preset is one of ${Object.keys(PRESETS).join(', ')}`);
  const base = preset ? PRESETS[preset as keyof typeof PRESETS] : { visitors: 0, visits: 0 };
  const opts: GenerateOptions = {
    ...base,
    dir: resolve(values.dir),
    ...definedOnly({
      visitors: number('visitors', values.visitors),
      visits: number('visits', values.visits),
      years: number('years', values.years),
      seed: number('seed', values.seed),
      plansPerWeek: number('plans-per-week', values['plans-per-week']),
      endDate: values['end-date'],
    }),
  };
  if (!opts.visitors || !opts.visits) throw new Error('give --preset, or both --visitors and --visits');
  console.log(`Generating ${opts.visitors} visitors, ${opts.visits} visits over ${opts.years ?? 10} years into ${opts.dir} (seed ${opts.seed ?? 1}) ...`);
  const began = performance.now();
  let shown = '';
  opts.onProgress = (stage, done, total) => {
    // Every 5 %, and each stage's start and end.
    const line = `${stage} ${done >= total ? 100 : Math.floor((done / total) * 20) * 5}%`;
    if (line === shown) return;
    shown = line;
    console.log(`  ${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s  ${line}`);
  };
  const manifest = await generateDataDir(opts);
  console.log(`Done in ${(manifest.tookMs / 1000).toFixed(1)} s.`);
  console.log(Object.entries(manifest.counts).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n'));
  console.log(`Sign in as ${manifest.adminLogin} / ${manifest.adminPassword}; recovery passphrase ${manifest.recoveryPassphrase}. Manifest: ${opts.dir}/generated.json`);
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
