/**
 * The CPU time of one full aggregation (`aggregate(store, { full: true })`) of a stored corpus, in this process: the
 * store file is copied first, so every run starts from the same store. Run it alternately from two checkouts on the
 * same file (made by `dossier ingest`) to compare their aggregation; `--rounds N` aggregates N fresh copies in turn
 * (the first pays for the process's one-time indexes: the known persons, the knowledge base).
 *
 * `--cpu-profile FILE` writes a V8 CPU profile of the last round.
 *
 *   npx tsx bench/aggregate-cpu.bench.ts --db FILE [--rounds 3] [--cpu-profile FILE]
 * @module
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { aggregate } from '../src/service/aggregate.js'
import { SqliteStore } from '../src/store/index.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

async function main(): Promise<void> {
  const db = opt('db')
  if (!db) throw new Error('usage: aggregate-cpu.bench.ts --db FILE [--rounds 3]')
  const rounds = Number(opt('rounds') ?? 3)
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'aggregate-cpu-'))
  const ms: number[] = []
  try {
    for (let r = 0; r < rounds; r++) {
      const file = join(dir, `r${r}.db`)
      copyFileSync(db, file)
      const store = new SqliteStore(file)
      const profile = r === rounds - 1 ? opt('cpu-profile') : undefined
      const session = profile ? new Session() : undefined
      session?.connect()
      if (session) { await session.post('Profiler.enable'); await session.post('Profiler.start') }
      const u = process.cpuUsage()
      await aggregate(store, { full: true })
      const d = process.cpuUsage(u)
      if (session && profile) writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile))
      session?.disconnect()
      ms.push((d.user + d.system) / 1000)
      await store.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(JSON.stringify({ report: 'aggregate-cpu', cpuMs: ms.map((x) => Math.round(x)) }))
}

await main()
