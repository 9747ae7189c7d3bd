/**
 * The default pipeline's CPU time alone: the pipeline bench's articles (seed fixtures + demo news) once to load the
 * models and warm up, then `--passes` timed passes; prints CPU ms per pass (median and sum) and words per
 * CPU-second, and the collector's pauses per pass (wall ms of V8's gc entries); nothing else runs in the process (no
 * compromise or wink baseline). Start it alternately from two checkouts
 * (or with two sets of node flags) to compare them; `--published YYYY-MM-DD` dates every article.
 *
 *   npx tsx bench/pipeline-cpu.bench.ts [--passes 5] [--published 2017-06-15]
 * @module
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { plainTextArticle } from '../src/ingest/load.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 5)
const published = opt('published')

const articles = benchTexts().map((t, i) => plainTextArticle(t, published ? { published } : {}, `bench-${i}`))
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g) ?? []).length, 0)
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
for (const a of articles) await pipeline.run(a)
const ms: number[] = []
let gcMs = 0
const gc = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration })
gc.observe({ entryTypes: ['gc'] })
for (let p = 0; p < passes; p++) {
  const u = process.cpuUsage()
  for (const a of articles) await pipeline.run(a)
  const c = process.cpuUsage(u)
  ms.push((c.user + c.system) / 1000)
  await new Promise((r) => setImmediate(r)) // the gc entries arrive on a later turn of the event loop
}
gc.disconnect()
const sorted = [...ms].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]!
const sum = ms.reduce((a, b) => a + b, 0)
console.log(`pipeline cpu: ${articles.length} articles, ${words} words, ${passes} passes: median ${median.toFixed(0)} CPU ms per pass (${Math.round(words / (median / 1000))} words per CPU-second), mean ${(sum / passes).toFixed(0)}, passes ${ms.map((x) => x.toFixed(0)).join(' ')}; collector pauses ${(gcMs / passes).toFixed(0)} ms per pass`)
