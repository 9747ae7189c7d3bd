/**
 * The loose event coder (with the learned root proposer) and the event scorer alone, against another checkout's in the
 * same process: the pipeline bench's articles (bench/texts.ts) are analysed once; then, pass by pass and alternating,
 * each checkout's `extractEvents(doc, { loose })` (the coder, its alternatives and the proposer's ~20 root models per
 * candidate) and `scoreEvents` of the coder's events (the scorer's features and weights). Both must give the same events
 * (checked first). Prints CPU ms per pass of each part and the new / old ratio (sum, and median of the rounds).
 * `--against DIR`: a copy of another commit (`git archive <base> | tar -x -C DIR`, node_modules linked); without it,
 * only this checkout is timed.
 *
 *   npx tsx bench/event-scoring.bench.ts [--against DIR] [--rounds 10] [--passes 3] [--published 2017-06-15]
 * @module
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Event } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import * as hereExtract from '../src/events/extract.js'
import * as hereScore from '../src/events/scorer/score.js'
import * as hereModel from '../src/events/scorer/model.js'
import { abOptions, benchTexts } from './texts.js'

const { against, rounds, passes, published } = abOptions()

/** One checkout's coder and scorer. */
interface Parts { code(doc: AnnotatedDoc): Event[]; score(doc: AnnotatedDoc, events: readonly Event[]): Event[] }

async function partsAt(dir: string | undefined): Promise<Parts> {
  const mod = async <T>(path: string, local: T): Promise<T> => (dir ? (await import(pathToFileURL(resolve(dir, path)).href)) as T : local)
  const x = await mod('src/events/extract.ts', hereExtract)
  const s = await mod('src/events/scorer/score.ts', hereScore)
  const model = (await mod('src/events/scorer/model.ts', hereModel)).defaultScorerModel()
  const looseIds = new Set<string>()
  return {
    code: (doc) => { looseIds.clear(); return x.extractEvents(doc, { loose: model.loose ?? false, looseIds }) },
    score: (doc, events) => s.scoreEvents(doc, events, model, { loose: looseIds }),
  }
}

const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const docs: AnnotatedDoc[] = []
for (const [i, t] of benchTexts().entries()) docs.push(await pipeline.run(plainTextArticle(t, published ? { published } : {}, `bench-${i}`)))
const checkouts: Record<string, Parts> = { new: await partsAt(undefined), ...(against ? { old: await partsAt(against) } : {}) }

if (checkouts['old']) {
  const out = (p: Parts) => JSON.stringify(docs.map((d) => { const e = p.code(d); return [e, p.score(d, e)] }))
  if (out(checkouts['new']!) !== out(checkouts['old'])) throw new Error('the two checkouts code or score different events: not the same output, no speed comparison')
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
/** CPU ms per pass of the coder and of the scorer. */
function pass(p: Parts): [number, number] {
  let coder = 0
  let scorer = 0
  for (let k = 0; k < passes; k++) {
    for (const d of docs) {
      const t0 = cpu()
      const events = p.code(d)
      const t1 = cpu()
      p.score(d, events)
      coder += t1 - t0
      scorer += cpu() - t1
    }
  }
  return [coder / passes, scorer / passes]
}

for (const p of Object.values(checkouts)) pass(p)
const names = Object.keys(checkouts)
const times: Record<string, Array<[number, number]>> = Object.fromEntries(names.map((n) => [n, []]))
for (let i = 0; i < rounds; i++) for (const n of i % 2 ? [...names].reverse() : names) times[n]!.push(pass(checkouts[n]!))

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]! }
const part = (n: string, j: 0 | 1) => times[n]!.map((t) => t[j])
console.log(`event coder and scorer: ${docs.length} articles; ${rounds} rounds × ${passes} passes${against ? ', same events' : ''}`)
const figures: Record<string, number> = {}
for (const [j, what] of [[0, 'coder (loose, proposer)'], [1, 'scorer']] as const) {
  for (const n of names) {
    figures[`${n}${j ? 'Scorer' : 'Coder'}MsPerPass`] = sum(part(n, j)) / rounds
    console.log(`  ${what.padEnd(24)} ${n === 'new' ? 'this checkout' : against}: ${(sum(part(n, j)) / rounds).toFixed(1)} CPU ms per pass (median ${median(part(n, j)).toFixed(1)})`)
  }
  if (against) {
    const ratios = part('new', j).map((t, i) => t / part('old', j)[i]!)
    console.log(`  ${what.padEnd(24)} new / old: ${(sum(part('new', j)) / sum(part('old', j))).toFixed(3)} (sums), ${median(ratios).toFixed(3)} (median of rounds)`)
  }
}
console.log(JSON.stringify({ bench: 'event-scoring', articles: docs.length, rounds, passes, ...figures }))
