/**
 * Start-up time of the `dossier` command: how long `dossier --help` and `dossier serve` (up to opening the store)
 * take against a bare `node` start, in alternating rounds so both see the same machine load. Every command pays
 * for the modules loaded at start-up, so packages only some commands use (the HTTP server, the HTML DOM, the date
 * parser, the language model, the PostgreSQL driver) are loaded on first use. The read commands (`entities`,
 * `events`, `show`, `export --format acled-csv`) run on a small generated store (20 articles from the seed
 * fixtures, built once and kept in the temp directory): main imports only the module of the command it runs, so
 * they load neither the pipeline nor its models.
 *
 *   npm run build && npx tsx bench/startup.bench.ts [--rounds 7]
 * @module
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchStore } from './api-store.js'

const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7
const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

/** Wall milliseconds of one run of node with these arguments (its exit code does not matter here). */
function timed(argv: readonly string[]): number {
  const t0 = performance.now()
  spawnSync(process.execPath, argv, { stdio: 'ignore' })
  return performance.now() - t0
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!

if (!existsSync(main)) {
  console.error(`startup bench: ${main} is missing; run \`npm run build\` first`)
  process.exitCode = 1
} else {
  const missingDb = join(tmpdir(), `dossier-startup-bench-${process.pid}.db`)
  const db = (await benchStore(10, 2)).path
  const reads: Record<string, readonly string[]> = {
    entities: ['entities'], events: ['events'], show: ['show', 'Hamas'], acled: ['export', '--format', 'acled-csv', '--no-progress'],
  }
  const runs: Record<string, number[]> = { bare: [], help: [], serve: [], ...Object.fromEntries(Object.keys(reads).map((k) => [k, []])) }
  for (let r = 0; r < rounds; r++) {
    runs['bare']!.push(timed(['-e', '0']))
    runs['help']!.push(timed([main, '--help']))
    // a store that does not exist: serve loads what it needs, refuses the path and exits before listening
    runs['serve']!.push(timed([main, 'serve', '--db', missingDb]))
    for (const [name, argv] of Object.entries(reads)) runs[name]!.push(timed([main, ...argv, '--db', db]))
  }
  const bare = median(runs['bare']!)
  for (const [name, xs] of Object.entries(runs)) {
    const ms = median(xs)
    console.log(`${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / bare).toFixed(2)}× a bare node start`)
  }
}
