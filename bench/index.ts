import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Runs every bench/*.ts in turn, each in its own process so that one benchmark's heap and JIT
 * state do not colour the next one's figures.
 */
const here = __dirname;
const self = basename(__filename);
const tsxCli = require.resolve('tsx/cli');
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== self && !f.endsWith('.d.ts'))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== bench/${file} ===\n`);
  const run = spawnSync(process.execPath, [tsxCli, join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`bench/${file} failed (exit ${run.status ?? run.signal})\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
