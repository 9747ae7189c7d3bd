/**
 * The queue against a real PostgreSQL (DOSSIER_TEST_PG; skipped with a message without one): jobs enqueued
 * are processed into the store exactly once, a poison job is retried with backoff and then lands on the
 * dead-letter list, and aggregation runs once for a batch rather than once per job.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../store/index.js'
import { testPostgresUrl } from '../../test/support/services.js'
import { freshDatabase, type FreshDatabase } from '../../test/support/fresh-pg.js'
import { generatedCorpus } from '../../test/support/news-corpus.js'
import { dossier, root } from '../../test/helpers.js'
import { closeQueue, openQueue } from './queue.js'
import { enqueue } from './enqueue.js'
import { deadLetters, queueCounts, requeueDead } from './status.js'
import { Worker, type WorkerEvent } from './worker.js'

const server = testPostgresUrl('src/jobs/jobs.test.ts')
const fast = { retries: 1, retryDelaySeconds: 1, timeoutSeconds: 60 }

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-jobs-'))
  generatedCorpus(n, 7).forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), t))
  return dir
}

describe.skipIf(!server)('jobs: ingest on the PostgreSQL queue', () => {
  const open: Array<FreshDatabase | Store> = []
  afterEach(async () => {
    for (const x of open.splice(0).reverse()) await ('drop' in x ? x.drop() : x.close())
  })

  async function setup() {
    const db = await freshDatabase(server!, 'dossier_jobs')
    open.push(db)
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'dossier-jobs-store-')), 'store.db'))
    open.push(store)
    return { url: db.url, store }
  }

  async function work(url: string, store: Store, events: WorkerEvent[] = []) {
    const boss = await openQueue(url, { supervise: true, superviseSeconds: 1 })
    try {
      return await new Worker(boss, store, url, { untilIdle: true, pollSeconds: 0.2, quietSeconds: 0, onEvent: (e) => events.push(e) }).run()
    } finally {
      await closeQueue(boss)
    }
  }

  it('jobs: every enqueued file is stored once, a poison URL goes to the dead-letter list after its retries', async () => {
    const { url, store } = await setup()
    const dir = corpus(4)
    const boss = await openQueue(url)
    // a URL on loopback is refused by the network guard on every attempt
    const r = await enqueue(boss, [dir, 'http://127.0.0.1:9/poison'], { retry: fast })
    await closeQueue(boss)
    expect(r).toMatchObject({ queued: 5, problems: [] })

    const events: WorkerEvent[] = []
    const s = await work(url, store, events)
    expect(s).toMatchObject({ done: 4, added: 4, failed: 2, aggregations: 1 })
    expect(await store.countArticles()).toBe(4)
    expect((await store.listEntities()).length).toBeGreaterThan(3)
    // the articles name the user's file, not the worker's private copy
    expect((await store.listArticles()).map((a) => a.source).sort()).toEqual([0, 1, 2, 3].map((i) => join(dir, `r${i}.txt`)))

    const q = await openQueue(url)
    try {
      const dead = await deadLetters(q)
      expect(dead).toEqual([expect.objectContaining({ item: 'http://127.0.0.1:9/poison', code: 'E_FETCH_BLOCKED', attempts: 2 })])
      const { queues } = await queueCounts(q)
      expect(queues['dossier-ingest']).toMatchObject({ completed: 4, failed: 1, created: 0, retry: 0, active: 0 })
      // the retry waited for its backoff (at least the retry delay) after the first failure
      const fails = events.filter((e) => e.kind === 'failed')
      expect(fails.map((e) => e.kind === 'failed' && e.retryCount)).toEqual([0, 1])
      // the failure is also in the store, for `dossier failures`
      expect((await store.failures()).map((f) => f.code)).toContain('E_FETCH_BLOCKED')

      // put back on the queue after a fix: it is an ingest job again
      expect(await requeueDead(url, q)).toBe(1)
      expect(await deadLetters(q)).toEqual([])
      expect((await queueCounts(q)).queues['dossier-ingest']).toMatchObject({ created: 1 })
    } finally {
      await closeQueue(q)
    }
  })

  it('jobs: the same files enqueued twice are stored once (idempotent saves)', async () => {
    const { url, store } = await setup()
    const dir = corpus(3)
    const boss = await openQueue(url)
    await enqueue(boss, [dir], { retry: fast })
    await enqueue(boss, [dir], { retry: fast })
    await closeQueue(boss)
    const events: WorkerEvent[] = []
    const s = await work(url, store, events)
    expect(s).toMatchObject({ done: 6, added: 3, failed: 0 })
    expect(await store.countArticles()).toBe(3)
    const unchanged = events.reduce((n, e) => n + (e.kind === 'done' ? e.outcome.unchanged : 0), 0)
    expect(unchanged).toBe(3)
  })

  it('jobs: `dossier ingest --queue` enqueues with DOSSIER_QUEUE, before or after the inputs; `dossier jobs --json` counts them', async () => {
    const { url } = await setup()
    const dir = corpus(2)
    const env = { DOSSIER_QUEUE: url }
    const after = dossier(['ingest', dir, '--queue'], root, env)
    expect(after.code, after.stderr).toBe(0)
    expect(after.stdout).toMatch(/queued 2 job\(s\)/)
    const before = dossier(['ingest', '--queue', dir], root, env)
    expect(before.code, before.stderr).toBe(0)
    const jobs = dossier(['jobs', '--json'], root, env)
    expect(jobs.code, jobs.stderr).toBe(0)
    expect(JSON.parse(jobs.stdout)).toMatchObject({ queues: { 'dossier-ingest': { created: 4 } }, deadLetters: [] })
    // a worker with neither a queue nor a PostgreSQL store is told what to pass
    const w = dossier(['worker', '--db', join(dir, 'x.db')], root, { DOSSIER_QUEUE: '' })
    expect(w.code).toBe(2)
    expect(w.stderr).toMatch(/E_CONFIG: no job queue given \(pass --queue/)
  })

  it('jobs: `dossier worker --single-core` runs in a node with V8\'s helper threads off and stores every job', async () => {
    const { url } = await setup()
    const dir = corpus(2)
    const db = join(mkdtempSync(join(tmpdir(), 'dossier-jobs-single-')), 'store.db')
    expect(dossier(['ingest', '--queue', url, dir], root).code).toBe(0)
    const w = dossier(['worker', '--single-core', '--queue', url, '--db', db, '--until-idle', '--quiet', '0'], root)
    expect(w.code, w.stderr).toBe(0)
    expect(w.stderr).toMatch(/concurrency 1, single core/)
    expect(w.stdout).toMatch(/2 job\(s\) done, 0 failed attempt\(s\), 2 new article/)
  })

  it('jobs: a `dossier worker --single-core` killed with SIGKILL takes its restarted worker with it', async () => {
    const { url } = await setup()
    const db = join(mkdtempSync(join(tmpdir(), 'dossier-jobs-single-')), 'store.db')
    const w = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'worker', '--single-core', '--queue', url, '--db', db],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    // the restarted worker shares the stderr pipe: it closes once both processes are gone
    const closed = new Promise<void>((res) => w.stderr.on('close', () => res()))
    await new Promise<void>((res) => w.stderr.on('data', (b: Buffer) => { err += b.toString(); if (err.includes('single core')) res() }))
    w.kill('SIGKILL')
    const gone = await Promise.race([closed.then(() => true), new Promise<boolean>((res) => setTimeout(() => res(false), 20_000))])
    expect(gone, err).toBe(true)
  }, 120_000)

  it('jobs: a missing file is refused at enqueue time, not queued', async () => {
    const { url } = await setup()
    const boss = await openQueue(url)
    try {
      const r = await enqueue(boss, ['/no/such/file.txt'], { retry: fast })
      expect(r.queued).toBe(0)
      expect(r.problems).toEqual([expect.objectContaining({ code: 'E_INPUT_MISSING' })])
    } finally {
      await closeQueue(boss)
    }
  })
})
