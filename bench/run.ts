/**
 * Runs every benchmark under bench/ one after another (each prints its own
 * figures and its ratio against a baseline measured in the same run).
 * `npm run bench` or `npm run bench -- ner events` for a subset.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const wanted = process.argv.slice(2)
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
let failed = 0
for (const f of benches) {
  process.stdout.write(`\n== ${f} ==\n`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${f}`], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
