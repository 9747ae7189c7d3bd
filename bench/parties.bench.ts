/**
 * The party ranker alone (src/events/parties), against another checkout's in the same process: the pipeline bench's
 * articles (seed fixtures + demo news from ../shared) are analysed once, the coder's events of each extracted once
 * (as the events stage does), then `rankParties` of this checkout and of `--against DIR` (a copy of another commit,
 * e.g. `git archive <base> | tar -x -C DIR`, with node_modules linked) run pass by pass, alternating, each pass with a
 * fresh document coder as in the stage. The two must choose the same parties (checked first); prints CPU ms per pass
 * of each and their ratio (sum and median of the per-round ratios), steadier than whole-pipeline runs on a busy machine.
 *
 *   npx tsx bench/parties.bench.ts --against DIR [--rounds 10] [--passes 3] [--published 2017-06-15]
 * @module
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Event } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { extractEvents } from '../src/events/extract.js'
import { defaultScorerModel } from '../src/events/scorer/model.js'
import * as here from '../src/events/parties/ranker.js'
import * as hereModel from '../src/events/parties/model.js'
import * as hereCoder from '../src/events/actor-codes.js'
import { abOptions, benchTexts } from './texts.js'

const { against, rounds, passes, published } = abOptions()
if (!against) throw new Error('--against DIR: a checkout of the commit to compare with (see the header of bench/parties.bench.ts)')


interface Ranker { rank(doc: AnnotatedDoc, events: readonly Event[]): Event[] }

async function rankerAt(dir: string | undefined): Promise<Ranker> {
  const mod = async <T>(path: string, local: T): Promise<T> => (dir ? (await import(pathToFileURL(resolve(dir, path)).href)) as T : local)
  const r = await mod('src/events/parties/ranker.ts', here)
  const m = (await mod('src/events/parties/model.ts', hereModel)).defaultPartyModel()
  const coder = (await mod('src/events/actor-codes.ts', hereCoder)).defaultActorCoder()
  return { rank: (doc, events) => r.rankParties(doc, events, m, coder.forDoc(doc)) }
}

const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const docs: AnnotatedDoc[] = []
for (const [i, t] of benchTexts().entries()) docs.push(await pipeline.run(plainTextArticle(t, published ? { published } : {}, `bench-${i}`)))
const loose = defaultScorerModel()?.loose ?? false
const work = docs.map((doc) => ({ doc, events: extractEvents(doc, { loose, looseIds: new Set() }) }))
const rankers = { new: await rankerAt(undefined), old: await rankerAt(against) }

const same = work.every(({ doc, events }) => JSON.stringify(rankers.new.rank(doc, events)) === JSON.stringify(rankers.old.rank(doc, events)))
if (!same) throw new Error('the two checkouts choose different parties: not the same output, no speed comparison')

function cpuMs(r: Ranker): number {
  const t = process.cpuUsage()
  for (let p = 0; p < passes; p++) for (const { doc, events } of work) r.rank(doc, events)
  const d = process.cpuUsage(t)
  return (d.user + d.system) / 1000 / passes
}

cpuMs(rankers.new); cpuMs(rankers.old)
const times = { new: [] as number[], old: [] as number[] }
for (let i = 0; i < rounds; i++) {
  // alternate which goes first, so a change of load hits both
  for (const k of i % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) times[k].push(cpuMs(rankers[k]))
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]! }
const ratios = times.new.map((t, i) => t / times.old[i]!)
const words = docs.reduce((a, d) => a + d.article.text.split(/\s+/).length, 0)
console.log(`party ranker: ${docs.length} articles, ${work.reduce((a, w) => a + w.events.length, 0)} events, same parties chosen; ${rounds} rounds × ${passes} passes`)
console.log(`  this checkout   ${(sum(times.new) / rounds).toFixed(1)} CPU ms per pass (median ${median(times.new).toFixed(1)})`)
console.log(`  ${against}   ${(sum(times.old) / rounds).toFixed(1)} CPU ms per pass (median ${median(times.old).toFixed(1)})`)
console.log(`  new / old: ${(sum(times.new) / sum(times.old)).toFixed(3)} (sums), ${median(ratios).toFixed(3)} (median of rounds)`)
console.log(JSON.stringify({ bench: 'parties', articles: docs.length, words, newMsPerPass: sum(times.new) / rounds, oldMsPerPass: sum(times.old) / rounds, ratio: sum(times.new) / sum(times.old), medianRatio: median(ratios) }))
