import { parseArgs } from 'node:util';

export interface BenchArgs {
  quick: boolean;
  data?: string;
  preset?: string;
  cacheDir?: string;
  out?: string;
  /** Words per query class in the search suite. */
  words: number;
  rounds: number;
  checkIns: number;
  coldRuns: number;
  /** Only these suites (names as in SUITES); all when absent. */
  suites?: string[];
}

/** The suites by name, in the order they run. */
export const SUITES = ['cold-start', 'desk', 'search', 'plans', 'checklists', 'after-visit', 'archive', 'reports', 'audit', 'backup', 'check-in', 'badge-pdf', 'first-screen'] as const;

export const USAGE = `npm run bench -- [options]
  --quick               a small stand-in data set built through the router; seconds (CI smoke)
  --data <dir>          measure a generated data folder (copied first: the bench writes; must not be open)
  --generate            generate --preset into a cache folder (kept), then measure it (the default)
  --preset <name>       small | 100k | full (default 100k)
  --cache-dir <dir>     where generated presets are kept (default $TMPDIR/reception-bench-data)
  --out <file>          results JSON (default bench-results/<date>-<preset>.json)
  --words <n>           words per search class, each typed key by key (default 6)
  --rounds <n>          timed repetitions of each input (default 5)
  --check-ins <n>       check-ins (and half as many scans) to time (default 200)
  --cold-runs <n>       cold starts of the core (default 7; 0 skips them)
  --suites <a,b,...>    only these suites: ${SUITES.join(', ')} (default all)`;

export function parseBenchArgs(argv: string[]): BenchArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      data: { type: 'string' },
      generate: { type: 'boolean', default: false },
      preset: { type: 'string' },
      'cache-dir': { type: 'string' },
      out: { type: 'string' },
      words: { type: 'string' },
      rounds: { type: 'string' },
      'check-ins': { type: 'string' },
      'cold-runs': { type: 'string' },
      suites: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) return 'help';
  if (values.quick && (values.data || values.generate)) throw new Error('--quick builds its own data: leave out --data and --generate');
  if (values.data && values.generate) throw new Error('--data measures a folder as it is; --generate makes one: choose one');
  const int = (v: string | undefined, quick: number, full: number, name: string, least = 1): number => {
    if (v === undefined) return values.quick ? quick : full;
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) throw new Error(`--${name} must be a whole number ≥ ${least}, not ${v}`);
    return n;
  };
  const suites = values.suites?.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = suites?.filter((x) => !(SUITES as readonly string[]).includes(x)) ?? [];
  if (unknown.length > 0) throw new Error(`--suites: no suite ${unknown.join(', ')} (there are ${SUITES.join(', ')})`);
  return {
    quick: values.quick!,
    ...(suites && { suites }),
    ...(values.data && { data: values.data }),
    ...(values.preset && { preset: values.preset }),
    ...(values['cache-dir'] && { cacheDir: values['cache-dir'] }),
    ...(values.out && { out: values.out }),
    words: int(values.words, 2, 6, 'words'),
    rounds: int(values.rounds, 2, 5, 'rounds'),
    checkIns: int(values['check-ins'], 10, 200, 'check-ins'),
    coldRuns: int(values['cold-runs'], 2, 7, 'cold-runs', 0),
  };
}
