/**
 * A long ingest killed with SIGKILL and run again: nothing lost, nothing twice.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dossier } from './helpers.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const N = 300
const places = ['Gaza', 'Rafah', 'Cairo', 'Mosul', 'Aleppo', 'Idlib', 'Raqqa', 'Beirut', 'Amman', 'Baghdad']
const groups = ['Hamas', 'Hezbollah', 'the Islamic State', 'the Kurdish forces', 'the Syrian army']

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < N; i++) {
    const place = places[i % places.length]!
    const group = groups[i % groups.length]!
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`),
      `Report ${i} from ${place}\n\nOfficials in ${place} said ${group} detained ${i + 2} people on day ${i} of the operation. ` +
      `A spokesman for ${group} denied the report number ${i * 7 + 1}.\n`)
  }
}

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true })
  try { return Number((d.prepare(sql).get() as { n: number }).n) } finally { d.close() }
}

describe('resumable ingest', () => {
  it('ingest killed with SIGKILL resumes with the exact article count and no duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-resume-'))
    const corpus = join(dir, 'corpus')
    const db = join(dir, 'd.db')
    writeCorpus(corpus)
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'ingest', '--db', db, '--no-progress', corpus], { cwd: root, stdio: 'ignore' })
    const exited = new Promise<void>((res) => child.on('exit', () => res()))
    let killedAt = -1
    for (let t = 0; t < 600 && killedAt < 0; t++) {
      await new Promise((r) => setTimeout(r, 100))
      let n = 0
      try { n = count(db, 'SELECT count(*) AS n FROM articles') } catch { continue }
      if (n >= 20) { child.kill('SIGKILL'); killedAt = n }
    }
    await exited
    expect(killedAt, 'the first run should have been killed mid-way').toBeGreaterThan(0)
    const afterKill = count(db, 'SELECT count(*) AS n FROM articles')
    expect(afterKill).toBeLessThan(N)

    const r = dossier(['ingest', '--db', db, '--no-progress', corpus])
    expect(r.code).toBe(0)
    expect(count(db, 'SELECT count(*) AS n FROM articles')).toBe(N)
    expect(count(db, 'SELECT count(DISTINCT content_hash) AS n FROM articles')).toBe(N)
    expect(count(db, "SELECT count(*) AS n FROM journal WHERE status <> 'done'")).toBe(0)
    // the interrupted-and-resumed store holds exactly what one uninterrupted run produces
    const clean = join(dir, 'clean.db')
    expect(dossier(['ingest', '--db', clean, '--no-progress', corpus]).code).toBe(0)
    for (const sql of ['SELECT count(*) AS n FROM mentions', 'SELECT count(*) AS n FROM events', 'SELECT count(*) AS n FROM claims',
      'SELECT count(*) AS n FROM entities']) {
      expect(count(db, sql), sql).toBe(count(clean, sql))
    }
  })
})
