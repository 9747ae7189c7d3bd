/**
 * THE acceptance test of the job queue (issue 21): three `dossier worker` processes share 500 generated
 * articles; one is killed with SIGKILL mid-way (after saving an article, before completing its job). Every
 * article is stored exactly once, and entity, relation and cluster counts equal a single-process
 * `dossier ingest` of the same files; once with the workers on a SQLite store, once on a PostgreSQL store. Needs PostgreSQL (DOSSIER_TEST_PG), skipped with a message without.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectStore } from '../src/store/index.js'
import { root } from './helpers.js'
import { testPostgresUrl } from './support/services.js'
import { freshDatabase, type FreshDatabase } from './support/fresh-pg.js'
import { writeGeneratedCorpus } from './support/news-corpus.js'

const server = testPostgresUrl('test/workers.test.ts')
const N = 500

/** What must match between the runs, read through the Store interface (the same for SQLite and PostgreSQL). */
async function fingerprint(db: string): Promise<Record<string, number>> {
  const store = await connectStore(db, { mustExist: true })
  try {
    const articles = await store.listArticles({ limit: Number.MAX_SAFE_INTEGER })
    return {
      articles: articles.length,
      'distinct articles': new Set(articles.map((a) => a.id)).size,
      mentions: (await store.allMentions()).length,
      events: (await store.eventsOf()).length,
      entities: await store.countEntities(),
      relations: (await store.relations()).length,
      clusters: (await store.clusters()).length,
      'near duplicates': articles.filter((a) => a.nearDupOf).length,
    }
  } finally {
    await store.close()
  }
}

/** `dossier args` to the end, however long a loaded machine takes (the helper's spawnSync stops at 2 minutes). */
async function dossierAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => { stdout += b.toString() })
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString() })
  const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)))
  return { code, stdout, stderr }
}

function startWorker(args: string[], env: Record<string, string> = {}): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'worker', ...args], {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env },
  })
  let err = ''
  child.stderr!.on('data', (b: Buffer) => { err += b.toString() })
  return { child, exited: new Promise((res) => child.on('exit', (code) => res(code))), stderr: () => err }
}

describe.skipIf(!server)('workers: many processes, one queue', () => {
  const dbs: FreshDatabase[] = []
  const dir = mkdtempSync(join(tmpdir(), 'dossier-workers-'))
  const corpus = join(dir, 'corpus')
  let want: Record<string, number> = {}
  beforeAll(async () => {
    writeGeneratedCorpus(corpus, N)
    const single = join(dir, 'single.db')
    const one = await dossierAsync(['ingest', '--db', single, '--no-progress', corpus])
    expect(one.code, one.stderr).toBe(0)
    want = await fingerprint(single)
    expect(want['articles']).toBe(N)
    expect(want['near duplicates']).toBe(0) // the corpus has none, so which copy a process saw first cannot matter
    expect(want['entities']).toBeGreaterThan(20)
    expect(want['relations']).toBeGreaterThan(0)
    expect(want['clusters']).toBeGreaterThan(0)
  }, 900_000)
  afterAll(async () => { for (const d of dbs) await d.drop() })

  /** Enqueue the corpus, run three workers on `store`, kill one mid-way, compare with the single-process run. */
  async function killOneOfThree(store: (queueUrl: string) => string): Promise<void> {
    const db = await freshDatabase(server!, 'dossier_workers')
    dbs.push(db)
    // a short job timeout, so the killed worker's job is taken back within seconds
    const q = await dossierAsync(['ingest', '--queue', db.url, '--job-timeout', '5', corpus])
    expect(q.code, q.stderr).toBe(0)
    expect(q.stdout).toMatch(new RegExp(`queued ${N} job`))

    const args = ['--queue', db.url, '--db', store(db.url), '--until-idle', '--supervise-every', '1', '--quiet', '1', '--job-timeout', '30']
    // worker 0 stops right after saving its 40th article, before completing that job: killed there
    const victim = startWorker(args, { DOSSIER_TEST_PAUSE_AT: 'article:40' })
    const others = [startWorker(args), startWorker(args)]
    const paused = await new Promise<boolean>((res) => {
      victim.child.stderr!.on('data', () => { if (victim.stderr().includes('paused at article')) res(true) })
      void victim.exited.then(() => res(false))
    })
    expect(paused, `the worker should reach its 40th article; stderr: ${victim.stderr()}`).toBe(true)
    victim.child.kill('SIGKILL')
    await victim.exited
    expect(victim.child.signalCode).toBe('SIGKILL')

    const codes = await Promise.all(others.map((w) => w.exited))
    expect(codes, others.map((w) => w.stderr()).join('\n')).toEqual([0, 0])
    expect(await fingerprint(store(db.url))).toEqual(want)

    // the killed worker's job was retried by another worker, and nothing is left undone or dead
    const jobs = await dossierAsync(['jobs', '--queue', db.url, '--json'])
    expect(jobs.code, jobs.stderr).toBe(0)
    const status = JSON.parse(jobs.stdout.trim().split('\n').at(-1)!) as { queues: Record<string, Record<string, number>>; deadLetters: unknown[] }
    expect(status.deadLetters).toEqual([])
    expect(status.queues['dossier-ingest']).toMatchObject({ completed: N, created: 0, retry: 0, active: 0, failed: 0 })
  }

  it('issue-21 three workers on 500 articles, one killed with SIGKILL mid-way: each article stored once, same entities, relations and clusters as one process', async () => {
    await killOneOfThree(() => join(dir, 'multi.db'))
  }, 900_000)

  it('issue-21 the same with the workers writing to a PostgreSQL store (the queue\'s database)', async () => {
    await killOneOfThree((url) => url)
  }, 900_000)
})
