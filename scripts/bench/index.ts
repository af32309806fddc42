/**
 * `npm run bench`: the app against the raw-SQL floor on generated data (issue 11, items 4 and 5).
 * Every figure is p50/p95 through the router (search also over the web shell's HTTP), beside
 * the best raw SQL for the same question on the same file in the same run, with the issue's
 * budgets; a table on the console and everything in bench-results/<date>-<preset>.json.
 * A script, not a timed test: run it on an otherwise idle machine.
 */
import { parseBenchArgs, USAGE } from './args';
import { prepareData } from './data-source';
import { printTable, writeResults } from './report';
import { runBench } from './run';

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === 'help') return console.log(USAGE);
  const source = await prepareData(args);
  try {
    console.log(`Measuring ${source.preset} (${source.origin}) in ${source.dataDir}`);
    const run = await runBench(source, args);
    printTable(run);
    console.log(`\nResults: ${writeResults(run, args.out)}`);
  } finally {
    source.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
