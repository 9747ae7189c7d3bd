/**
 * Crash safety (issue-14): a child `dossier` killed with SIGKILL during ingest, during aggregation and
 * during reprocess, then the same command again, holds exactly what one uninterrupted run holds.
 * The child is stopped at a known point with the documented test hook DOSSIER_TEST_PAUSE_AT
 * (src/service/pause.ts), so the kill is deterministic.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { dossier, root } from './helpers.js'

const places = ['Gaza', 'Rafah', 'Cairo', 'Mosul', 'Aleppo', 'Beirut']
const groups = ['Hamas', 'Hezbollah', 'the Syrian army']
const N = 12

const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'))
const corpus = join(dir, 'corpus')
const clean = join(dir, 'clean.db')

/** Twelve short reports and one empty file (an input that always fails). */
function writeCorpus(): void {
  mkdirSync(corpus, { recursive: true })
  for (let i = 0; i < N; i++) {
    const place = places[i % places.length]!
    const group = groups[i % groups.length]!
    writeFileSync(join(corpus, `r${String(i).padStart(2, '0')}.txt`), `Report ${i} from ${place}\n\n` +
      `Officials in ${place} said ${group} detained ${i + 2} people on Monday. A spokesman for ${group} denied the report, item ${i}.\n`)
  }
  writeFileSync(join(corpus, 'zz-empty.txt'), '  \n')
}

/** Everything a run leaves in the store that a second run could lose or double. */
function fingerprint(db: string): Record<string, string | number> {
  const d = new Database(db, { readonly: true, fileMustExist: true })
  try {
    const out: Record<string, string | number> = {}
    for (const t of ['articles', 'mentions', 'events', 'claims', 'places', 'affiliations', 'entities', 'mention_entity', 'relations', 'clusters', 'article_stages']) {
      out[t] = Number((d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n)
    }
    for (const t of ['entities', 'clusters', 'events', 'mentions']) {
      out[`${t} ids`] = String((d.prepare(`SELECT group_concat(id) AS ids FROM (SELECT id FROM ${t} ORDER BY id)`).get() as { ids: string | null }).ids)
    }
    out['stage failures'] = Number((d.prepare('SELECT count(*) AS n FROM failures WHERE article_id IS NOT NULL').get() as { n: number }).n)
    return out
  } finally {
    d.close()
  }
}

/** Start `dossier args` with the pause hook, kill it with SIGKILL once it says it paused; resolves after exit. */
async function killAt(point: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOSSIER_TEST_PAUSE_AT: point },
  })
  let err = ''
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)))
  const paused = new Promise<boolean>((res) => {
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString()
      if (err.includes(`paused at ${point.split(':')[0]}`)) res(true)
    })
    void exited.then(() => res(false))
  })
  const reached = await paused
  child.kill('SIGKILL')
  await exited
  expect(reached, `the child should reach ${point}; stderr: ${err}`).toBe(true)
  expect(child.signalCode).toBe('SIGKILL')
}

beforeAll(() => {
  writeCorpus()
  const r = dossier(['ingest', '--db', clean, '--no-progress', corpus])
  expect(r.code, r.stderr).toBe(1) // the empty file
  expect(r.stdout).toMatch(/12 new, 0 unchanged, .*, 1 failed/)
}, 60_000)

describe('crash safety with SIGKILL', () => {
  const db = join(dir, 'killed.db')

  it('issue-14 ingest killed after 5 articles, then killed again while aggregating: the third run holds what one run holds', async () => {
    await killAt('article:5', ['ingest', '--db', db, '--no-progress', corpus])
    expect(fingerprint(db)['articles']).toBe(5)
    // the second run stores the rest and is killed after saving entities, before clusters
    await killAt('aggregate', ['ingest', '--db', db, '--no-progress', corpus])
    expect(fingerprint(db)['articles']).toBe(N)
    expect(fingerprint(db)['clusters']).toBe(0)
    // only the failing file is left in the batch: before, this printed "0 new, 0 unchanged, 1 failed" and never aggregated
    const r = dossier(['ingest', '--db', db, '--no-progress', corpus])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/0 new, 0 unchanged, .*, 1 failed; \d+ entities/)
    expect(fingerprint(db)).toEqual(fingerprint(clean))
    expect(dossier(['status', '--db', db]).stdout).not.toMatch(/aggregation pending/)
  }, 120_000)

  it('issue-14 reprocess killed after 4 articles: the same command finishes the rest, nothing doubled', async () => {
    await killAt('reprocess:4', ['reprocess', '--db', db, '--all', '--no-progress'])
    const r = dossier(['reprocess', '--db', db, '--all', '--no-progress'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/reprocessed 8 of 12 selected/)
    expect(fingerprint(db)).toEqual(fingerprint(clean))
  }, 120_000)
})
