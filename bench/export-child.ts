/**
 * One export measurement in its own process, so its peak RSS is its own: `export-child.ts <db> <format|none>`
 * prints `{ms, maxRssKb, bytes}` as JSON. `none` opens the store and exits (the baseline).
 */
import { createWriteStream, statSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import { exportTo } from '../src/export/index.js'
import { SqliteStore } from '../src/store/index.js'

const [db, format, out] = process.argv.slice(2) as [string, string, string]
const store = new SqliteStore(db)
const t0 = performance.now()
let bytes = 0
if (format !== 'none') {
  const sink = createWriteStream(out)
  await exportTo(store, format, {}, sink)
  sink.end()
  await finished(sink)
  bytes = statSync(out).size
} else {
  await store.countArticles()
}
const ms = performance.now() - t0
await store.close()
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), maxRssKb: process.resourceUsage().maxRSS, bytes })}\n`)
