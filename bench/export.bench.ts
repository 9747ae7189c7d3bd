/**
 * Export benchmark: every format on generated stores of 1,000 and 10,000 articles (bench/export-corpus.ts), each
 * export in its own child process for its time and peak RSS. The baseline is a child that opens the same store
 * and exports nothing, measured in the same run; memory is flat in store size when the 10,000-article peak stays
 * close to the 1,000-article one. `npx tsx bench/export.bench.ts [--heap=MB] [sizes…]` (default 1000 10000);
 * stores are cached in the temp directory. V8 grows its heap lazily while garbage is cheap to keep, so peak RSS
 * with the default heap rises with the amount written even when nothing is retained; `--heap=64` caps the old
 * space of each child (baseline included), which shows the working set: an export that retained anything per
 * article would run out of memory there.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FORMAT_NAMES } from '../src/export/index.js'
import { buildCorpus, SEEDS } from './export-corpus.js'

const heap = process.argv.find((a) => a.startsWith('--heap='))?.slice('--heap='.length)
const sizes = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number).filter((n) => n > 0)
const dir = join(tmpdir(), 'dossier-export-bench')
mkdirSync(dir, { recursive: true })
const child = join(import.meta.dirname, 'export-child.ts')

function measure(db: string, format: string): { ms: number; maxRssKb: number; bytes: number } {
  const out = join(dir, `out.${format}`)
  const r = spawnSync(process.execPath, [...(heap ? [`--max-old-space-size=${heap}`] : []), '--import', 'tsx', child, db, format, out], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${format}: ${r.stderr}`)
  rmSync(out, { force: true })
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; maxRssKb: number; bytes: number }
}

const results = new Map<string, { ms: number; maxRssKb: number; bytes: number }>()
for (const n of sizes.length ? sizes : [1000, 10000]) {
  const db = join(dir, `store-${n}.db`)
  if (!existsSync(db)) {
    const t0 = performance.now()
    await buildCorpus(db, n, SEEDS)
    process.stdout.write(`built ${n} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
  }
  const base = measure(db, 'none')
  results.set(`${n}:none`, base)
  process.stdout.write(`\n${n} articles${heap ? ` (old space capped at ${heap} MB)` : ''} — baseline (open store, export nothing): peak RSS ${(base.maxRssKb / 1024).toFixed(0)} MB\n`)
  process.stdout.write('format        time s   MB out   peak RSS MB   over baseline MB\n')
  for (const f of FORMAT_NAMES) {
    const m = measure(db, f)
    results.set(`${n}:${f}`, m)
    process.stdout.write(`${f.padEnd(13)} ${(m.ms / 1000).toFixed(2).padStart(6)}  ${(m.bytes / 1e6).toFixed(1).padStart(7)}  ${(m.maxRssKb / 1024).toFixed(0).padStart(12)}  ${((m.maxRssKb - base.maxRssKb) / 1024).toFixed(0).padStart(17)}\n`)
  }
}
const [small, large] = sizes.length >= 2 ? sizes : [1000, 10000]
if (results.has(`${large}:none`)) {
  process.stdout.write(`\npeak RSS ratio ${large} / ${small} articles (1.00 = flat):\n`)
  for (const f of FORMAT_NAMES) {
    const a = results.get(`${small}:${f}`)!
    const b = results.get(`${large}:${f}`)!
    process.stdout.write(`${f.padEnd(13)} ${(b.maxRssKb / a.maxRssKb).toFixed(2)}   time ratio ${(b.ms / Math.max(1, a.ms)).toFixed(1)}\n`)
  }
}
