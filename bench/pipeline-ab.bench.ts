/**
 * The whole default pipeline, this checkout's against another checkout's in one process: the pipeline bench's articles
 * (seed fixtures + demo news) through each, pass by pass in alternating order (each loads its own models), one
 * article at a time (`pipeline.run`) and `--batch N` at a time (`analyseMany`, default 16). Prints per runner the CPU
 * ms per pass (median and sum), words per CPU-second and per wall-second, new / base as ratios, and whether both give
 * the same documents. Both share the machine's load, which two processes run one after the other do not.
 *
 *   npx tsx bench/pipeline-ab.bench.ts --base DIR [--passes 8] [--batch 16] [--published 2017-06-15]
 * @module
 */
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Article } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES, type Pipeline } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const baseDir = opt('base')
if (!baseDir) throw new Error('--base DIR (another checkout) is required')
const passes = Number(opt('passes') ?? 8)
const batch = Number(opt('batch') ?? 16)
const published = opt('published')

const texts = benchTexts()
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0)
const articles: Article[] = texts.map((t, i) => plainTextArticle(t, published ? { published } : {}, `bench-${i}`))
const ours = createPipeline({ stages: [...DEFAULT_STAGES] })
const baseIndex = (await import(pathToFileURL(`${baseDir}/src/pipeline/index.ts`).href)) as typeof import('../src/pipeline/index.js')
const base = baseIndex.createPipeline({ stages: [...baseIndex.DEFAULT_STAGES] })

type Mode = 'one at a time' | 'batch'
async function docsOf(p: Pipeline, mode: Mode): Promise<AnnotatedDoc[]> {
  if (mode === 'one at a time') { const out: AnnotatedDoc[] = []; for (const a of articles) out.push(await p.run(a)); return out }
  const out: AnnotatedDoc[] = []
  for (let i = 0; i < articles.length; i += batch) for (const a of await p.analyseMany(articles.slice(i, i + batch))) out.push(a.doc)
  return out
}

/** One pass: CPU and wall milliseconds. */
async function pass(p: Pipeline, mode: Mode): Promise<{ cpu: number; wall: number }> {
  const t = performance.now()
  const u = process.cpuUsage()
  await docsOf(p, mode)
  const c = process.cpuUsage(u)
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t }
}

const modes: Mode[] = ['one at a time', 'batch']
const same: Record<string, boolean> = {}
for (const m of modes) same[m] = JSON.stringify(await docsOf(ours, m)) === JSON.stringify(await docsOf(base, m)) // warm-up too
const times = new Map<string, Array<{ cpu: number; wall: number }>>()
for (let r = 0; r < passes; r++) {
  for (const m of modes) {
    for (const which of r % 2 ? (['base', 'new'] as const) : (['new', 'base'] as const)) {
      const key = `${which} ${m}`
      times.set(key, [...(times.get(key) ?? []), await pass(which === 'new' ? ours : base, m)])
    }
  }
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const summary = (key: string) => {
  const ts = times.get(key)!
  const cpu = ts.map((t) => t.cpu), wall = ts.map((t) => t.wall)
  return { medianCpuMs: Math.round(median(cpu)), sumCpuMs: Math.round(sum(cpu)), wordsPerCpuSecond: Math.round((words * ts.length) / (sum(cpu) / 1000)), wordsPerSecond: Math.round((words * ts.length) / (sum(wall) / 1000)) }
}
console.log(`pipeline A/B: ${articles.length} articles, ${words} words, ${passes} passes each${published ? `, published ${published}` : ''}; new = this checkout, base = ${baseDir}`)
const result: Record<string, unknown> = { bench: 'pipeline-ab', base: baseDir, passes, batch, words }
for (const m of modes) {
  const n = summary(`new ${m}`), b = summary(`base ${m}`)
  const label = m === 'batch' ? `analyseMany ${batch} at a time` : m
  console.log(`  ${label}: new ${n.wordsPerSecond} words/s (${n.wordsPerCpuSecond} per CPU-s, median ${n.medianCpuMs} CPU ms per pass), base ${b.wordsPerSecond} words/s (${b.wordsPerCpuSecond} per CPU-s, median ${b.medianCpuMs}); new/base CPU ${(n.sumCpuMs / b.sumCpuMs).toFixed(3)} (sums), ${(n.medianCpuMs / b.medianCpuMs).toFixed(3)} (medians); same documents: ${same[m]}`)
  result[m] = { new: n, base: b, cpuRatioSums: Math.round((n.sumCpuMs / b.sumCpuMs) * 1000) / 1000, cpuRatioMedians: Math.round((n.medianCpuMs / b.medianCpuMs) * 1000) / 1000, sameOutput: same[m] }
}
console.log(JSON.stringify(result))
