import type Database from 'better-sqlite3';
import type { BenchCore } from '../bench-core';
import { floorSamples, planOf } from '../floor-db';
import type { GeneratedManifest } from '../manifest';
import { opResult, type OpResult } from '../results';
import { listLimit, searchFloor } from '../search-floor';
import { searchWords, type Keystroke, type QueryClass, type SearchChannel } from '../search-inputs';
import { sampleOver } from '../stats';

/**
 * A keystroke slower than this on the untimed first pass is timed once, not
 * `rounds` times: an engine that scans takes its 300 ms on every repetition, and
 * one round already says it fails.
 */
const SLOW_MS = 20;

export interface SearchOptions {
  /** Words per class, each typed out key by key. */
  words: number;
  rounds: number;
}

function inputFor(channel: SearchChannel, text: string): unknown {
  return channel === 'plans.list' ? { query: text, limit: listLimit(channel), offset: 0 } : { query: text, limit: listLimit(channel) };
}

function countOf(answer: unknown): number {
  return Array.isArray(answer) ? answer.length : ((answer as { items?: unknown[] }).items?.length ?? 0);
}

/** The keystroke that was slowest at its median: where a budget fails, this is what to look at. */
function slowest(inputs: Keystroke[], samples: number[]): { text: string; p50: number } {
  let worst = { text: '', p50: -1 };
  inputs.forEach((k, i) => {
    const mine = samples.filter((_, j) => j % inputs.length === i).sort((a, b) => a - b);
    const p50 = mine[Math.floor((mine.length - 1) / 2)] ?? 0;
    if (p50 > worst.p50) worst = { text: k.text, p50: Math.round(p50 * 1000) / 1000 };
  });
  return worst;
}

function byClass(words: Keystroke[][]): Map<QueryClass, Keystroke[]> {
  const out = new Map<QueryClass, Keystroke[]>();
  for (const k of words.flat()) out.set(k.cls, [...(out.get(k.cls) ?? []), k]);
  return out;
}

/**
 * Every keystroke of every query class, through the router and over HTTP, for
 * each search box: the desk's visitor search, the directory's people and
 * clients, and the plans list. One row per (box, class).
 */
export async function benchSearch(bench: BenchCore, db: Database.Database, manifest: GeneratedManifest, opts: SearchOptions): Promise<OpResult[]> {
  const results: OpResult[] = [];
  const words = searchWords(manifest, db, opts.words);
  for (const channel of Object.keys(words) as SearchChannel[]) {
    const floor = searchFloor(db, channel);
    for (const [cls, inputs] of byClass(words[channel])) {
      let empty = 0;
      const first = performance.now();
      for (const k of inputs) if (countOf(await bench.call(channel, inputFor(channel, k.text))) === 0) empty++;
      const rounds = (performance.now() - first) / inputs.length > SLOW_MS ? 1 : opts.rounds;
      const app = await sampleOver(inputs, (k) => bench.call(channel, inputFor(channel, k.text)), { rounds, warmup: 0 });
      const web = await sampleOver(inputs, (k) => bench.http(channel, inputFor(channel, k.text)), { rounds, warmup: 1 });
      const floorTimes = 'run' in floor ? floorSamples(inputs, floor.run, opts.rounds) : null;
      // A floor that finds nothing is fast for the wrong reason: counted, so a wrong token shows.
      const floorEmpty = 'run' in floor ? inputs.filter((k) => floor.run(k).length === 0).length : null;
      results.push(
        opResult({
          group: 'search',
          name: `${channel} · ${cls}`,
          budget: 'search',
          app,
          web,
          floor: floorTimes,
          ...('missing' in floor && { floorNote: floor.missing }),
          detail: {
            keystrokes: inputs.length,
            rounds,
            examples: inputs.slice(0, 4).map((k) => k.text),
            emptyAnswers: empty,
            floorEmptyAnswers: floorEmpty,
            slowestApp: slowest(inputs, app),
            slowestWeb: slowest(inputs, web),
            ...('run' in floor && { floorPlan: planOf(db, floor.sql, ['"x"']) }),
          },
        }),
      );
    }
  }
  return results;
}
