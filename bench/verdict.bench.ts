/**
 * A user's verdict as the CLI applies it: one fresh process per `review accept | reject | undo | split`, on a store of
 * a few hundred real articles (a script's corpus: the demo news, the seeds and CoNLL 2003's documents from
 * ../shared/data, as `scripts/aggregate-report.ts` builds them; no VOA part, no PolNeAR). Two copies of one settled store get the
 * same verdicts, alternating which goes first: copy A re-resolves the verdict's component (./src/service/verdict.ts),
 * copy B every signature (the path before, `wholeStore`). After each verdict the two stores must hold the same
 * entities, aliases, judgements, relations, clusters, grades and mention links; the bench fails otherwise.
 * Prints each verdict's time (whole process, and the verdict inside it), how the component run resolved, and the
 * median ratio component / whole.
 *
 *   npx tsx bench/verdict.bench.ts [--n 300] [--items 3] [--keep DIR]
 * @module
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgementKey } from '../src/resolve/index.js'
import { aggregate } from '../src/service/aggregate.js'
import { ingest } from '../src/service/ingest.js'
import { decide, judgeNames, reviewQueue, undo, type VerdictOptions } from '../src/service/review.js'
import { SqliteStore, type Store } from '../src/store/index.js'
import { SOURCES } from '../scripts/data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
type Step = readonly [verb: 'accept' | 'reject' | 'undo' | 'split', ...rest: string[]]

/** In a fresh process: apply one verdict and print its time and how resolution ran. */
async function child(path: string, whole: boolean, [verb, x, y]: Step): Promise<void> {
  const t0 = performance.now()
  const store = new SqliteStore(path)
  const how: string[] = []
  const opts: VerdictOptions = { wholeStore: whole, onResolve: (h) => how.push(h) }
  const t1 = performance.now()
  const id = verb === 'undo' ? (await undo(store, x!, opts)).removed.id
    : verb === 'split' ? (await judgeNames(store, x!, y!, 'different', opts)).id
      : (await decide(store, x!, verb === 'accept' ? 'same' : 'different', opts)).id
  const verdictMs = performance.now() - t1
  await store.close()
  console.log(JSON.stringify({ id, how: how.join('; '), verdictMs, processMs: performance.now() - t0 }))
}

/** What a user sees of aggregation, grades included, without times or reasons. */
async function picture(store: Store): Promise<string> {
  const sorted = <T,>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort()
  const clusters: unknown[] = []
  for await (const c of store.iterateClusters()) clusters.push(c)
  return JSON.stringify({
    entities: sorted((await store.listEntities({ limit: 1_000_000 })).map((e) => ({ ...e, aliases: [...e.aliases].sort() }))),
    judgements: sorted((await store.judgements()).map((j) => ({ a: j.a, b: j.b, verdict: j.verdict, score: j.score, by: j.by }))),
    relations: sorted(await store.relations()),
    clusters: sorted(clusters),
    mentionEntity: sorted([...(await store.mentionEntities()).entries()]),
  })
}

async function settledStore(dir: string, n: number): Promise<string> {
  const db = join(dir, 'settled.db')
  if (existsSync(db)) return db
  const inDir = join(dir, 'in')
  mkdirSync(inDir, { recursive: true })
  const texts = ['demo', 'seeds', 'conll'].flatMap((name) => SOURCES[name]!().map((d) => d.text ?? '')).filter((t) => t.length > 200).slice(0, n)
  texts.forEach((t, i) => writeFileSync(join(inDir, `a${String(i).padStart(5, '0')}.txt`), t))
  const store = new SqliteStore(db)
  const t0 = performance.now()
  const s = await ingest(store, [inDir])
  await aggregate(store)
  await store.close()
  console.log(`store: ${s.added} articles ingested and aggregated in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  return db
}

/** The verdicts: accept and reject of the first open review items, each taken back; a split of a person's alias and its undo. */
async function plan(db: string, items: number): Promise<Step[]> {
  const store = new SqliteStore(db)
  const steps: Step[] = []
  for (const item of (await reviewQueue(store)).slice(0, items)) {
    steps.push(['accept', item.judgement.id], ['undo', item.judgement.id], ['reject', item.judgement.id], ['undo', item.judgement.id])
  }
  const person = (await store.listEntities({ type: 'PER', limit: 1_000_000 }))
    .map((e) => ({ e, alias: e.aliases.find((a) => judgementKey(a, 'PER') !== judgementKey(e.canonicalName, 'PER')) }))
    .find((x) => x.alias !== undefined)
  if (person) steps.push(['split', person.e.canonicalName, person.alias!], ['undo', '<split>'])
  await store.close()
  return steps
}

function run(db: string, whole: boolean, step: Step): { id: string; how: string; verdictMs: number; processMs: number; wallMs: number } {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', db, whole ? 'whole' : 'component', ...step], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const wallMs = performance.now() - t0
  const line = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`verdict ${step.join(' ')} failed: ${r.stderr.slice(-2000)}`)
  return { ...(JSON.parse(line) as { id: string; how: string; verdictMs: number; processMs: number }), wallMs }
}

async function main(): Promise<void> {
  const dir = opt('keep') ?? mkdtempSync(join(tmpdir(), 'dossier-bench-verdict-'))
  mkdirSync(dir, { recursive: true })
  const settled = await settledStore(dir, Number(opt('n') ?? 300))
  // settled by this code (a kept store may have been aggregated by older code, whose summary the verdicts check)
  const s0 = new SqliteStore(settled)
  await aggregate(s0, { full: true })
  await s0.close()
  const copies = { component: join(dir, 'component.db'), whole: join(dir, 'whole.db') }
  // the file and its write-ahead log (the settling run's last writes may still be there)
  for (const p of Object.values(copies)) for (const ext of ['', '-wal', '-shm']) {
    rmSync(`${p}${ext}`, { force: true })
    if (existsSync(`${settled}${ext}`)) copyFileSync(`${settled}${ext}`, `${p}${ext}`)
  }
  const steps = await plan(settled, Number(opt('items') ?? 3))
  const ratios: number[] = []
  let splitId = ''
  let unequal = 0
  for (const [i, raw] of steps.entries()) {
    const step: Step = raw[1] === '<split>' ? ['undo', splitId] : raw
    const order = i % 2 === 0 ? (['component', 'whole'] as const) : (['whole', 'component'] as const)
    const done = Object.fromEntries(order.map((k) => [k, run(copies[k], k === 'whole', step)])) as Record<'component' | 'whole', ReturnType<typeof run>>
    if (step[0] === 'split') splitId = done.component.id
    const [a, b] = [new SqliteStore(copies.component), new SqliteStore(copies.whole)]
    const same = (await picture(a)) === (await picture(b))
    await a.close()
    await b.close()
    if (!same) unequal++
    ratios.push(done.component.verdictMs / done.whole.verdictMs)
    console.log(`${step[0].padEnd(6)} component ${(done.component.verdictMs / 1000).toFixed(2)} s (process ${(done.component.wallMs / 1000).toFixed(1)} s; ${done.component.how}) ` +
      `| whole ${(done.whole.verdictMs / 1000).toFixed(2)} s (process ${(done.whole.wallMs / 1000).toFixed(1)} s) | ${same ? 'same stores' : 'STORES DIFFER'}`)
  }
  const median = [...ratios].sort((p, q) => p - q)[Math.floor(ratios.length / 2)] ?? Number.NaN
  console.log(`verdicts: ${steps.length}; median ratio component / whole (verdict time) ${median.toFixed(2)}; stores differing: ${unequal}`)
  console.log(JSON.stringify({ bench: 'verdict', verdicts: steps.length, medianRatio: median, unequal }))
  if (!opt('keep')) rmSync(dir, { recursive: true, force: true })
  if (unequal > 0) process.exitCode = 1
}

const ci = args.indexOf('--child')
if (ci >= 0) await child(args[ci + 1]!, args[ci + 2] === 'whole', args.slice(ci + 3) as unknown as Step)
else await main()
