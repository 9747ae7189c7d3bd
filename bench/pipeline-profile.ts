/**
 * Where the default pipeline's CPU goes, function by function: the pipeline bench's articles (seed fixtures + demo
 * news from ../shared) run once to load the models and warm the JIT and the word caches, then `--passes` more times
 * under V8's sampling profiler (nothing else in the profile: no compromise, no wink baseline, no model loading).
 * Prints the top functions by self time and each source folder's inclusive share (a sample counts for every folder
 * with a frame on its stack, so a folder's share includes what it calls in other folders). `--published YYYY-MM-DD` dates every article, so events resolve date phrases
 * against it as a real ingest does (without one, only explicit years are read). `--out FILE` keeps the profile
 * (open it in Chrome's DevTools). `--heap` profiles allocation instead of CPU (V8's sampling heap profiler, every
 * 32 KB, objects the collector has already freed included): the top functions by bytes allocated, which is where the
 * collector's share of the CPU profile comes from.
 *
 * `--batch N` profiles `pipeline.analyseMany` over N articles at a time instead of `pipeline.run` on each.
 * `--voa vtrain,vtrain2` profiles the articles of those VOA gold parts (training parts: shorter wire stories) instead.
 * `--stages` adds each stage's share of the samples (everything it calls included) and its top `--per-stage` (6)
 * functions by self time. Lines are the TypeScript source's (tsx's source maps).
 *
 *   npx tsx bench/pipeline-profile.ts [--passes 4] [--batch 16] [--top 15] [--stages] [--per-stage 6] [--voa vtrain,vtrain2] [--published 2017-06-15] [--interval 200] [--out FILE]
 *   npx tsx bench/pipeline-profile.ts --heap [--passes 2] [--top 25] [--out FILE]
 * @module
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { findSourceMap } from 'node:module'
import type { HeapProfiler, Profiler } from 'node:inspector'
import { plainTextArticle } from '../src/ingest/load.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { voaArticles } from '../scripts/voa-news-texts.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 4)
const top = Number(opt('top') ?? 15)
const published = opt('published')


/** The line in the TypeScript source of a frame tsx compiled (its source map), else the frame's own line. */
function sourceLine(f: Profiler.ProfileNode['callFrame']): number {
  const entry: { originalLine?: unknown } | undefined = f.url.startsWith('file:') ? findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined
  return typeof entry?.originalLine === 'number' ? entry.originalLine + 1 : f.lineNumber + 1
}

/** `name file:line` of a profile node, the file relative to the project (or the package). */
function frameName(f: Profiler.ProfileNode['callFrame']): string {
  const file = f.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')
  return `${f.functionName || '(anonymous)'} ${file}${file ? `:${sourceLine(f)}` : ''}`
}

/** The folder a frame's file belongs to: src/events/parties, src/syntax, node_modules/chrono-node, … */
function folderOf(url: string): string | undefined {
  const m = /\/(src\/[a-z-]+(?:\/(?:parties|proposer|scorer))?|node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(url)
  return m?.[1]
}

function report(profile: Profiler.Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const hits = new Map<number, number>()
  for (const s of profile.samples ?? []) hits.set(s, (hits.get(s) ?? 0) + 1)
  const total = profile.samples?.length ?? 0
  const self = new Map<string, number>()
  const folders = new Map<string, number>()
  for (const [id, n] of hits) {
    const name = frameName(byId.get(id)!.callFrame)
    self.set(name, (self.get(name) ?? 0) + n)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const folder = folderOf(byId.get(at)!.callFrame.url)
      if (folder && !seen.has(folder)) { seen.add(folder); folders.set(folder, (folders.get(folder) ?? 0) + n) }
    }
  }
  const pct = (n: number) => `${(100 * n / total).toFixed(1).padStart(5)} %`
  console.log(`top ${top} functions by self time (${total} samples):`)
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(n)}  ${name}`)
  console.log('folders, inclusive:')
  for (const [folder, n] of [...folders].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(n)}  ${folder}`)
}

/** The stage file (src/pipeline/stages/<name>.ts) nearest the leaf of a sample's stack, or where the sample is. */
function stageOf(id: number, byId: Map<number, Profiler.ProfileNode>, parent: Map<number, number>): string {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const m = /\/src\/pipeline\/stages\/([a-z-]+)\.ts$/.exec(byId.get(at)!.callFrame.url)
    if (m) return `stage ${m[1]}`
  }
  const leaf = byId.get(id)!.callFrame
  return leaf.url ? '(outside the stages)' : leaf.functionName
}

/** Each stage's share of the samples (its callees included) and its top functions by self time. */
function reportStages(profile: Profiler.Profile, perStage: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const total = profile.samples?.length ?? 0
  const stages = new Map<string, Map<string, number>>()
  for (const id of profile.samples ?? []) {
    const stage = stageOf(id, byId, parent)
    const fns = stages.get(stage) ?? new Map<string, number>()
    const name = frameName(byId.get(id)!.callFrame)
    fns.set(name, (fns.get(name) ?? 0) + 1)
    stages.set(stage, fns)
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const pct = (n: number) => `${(100 * n / total).toFixed(1).padStart(5)} %`
  console.log(`stages by share of all samples (the stage's callees included; the collector apart):`)
  for (const [stage, fns] of [...stages].sort((a, b) => sum(b[1]) - sum(a[1]))) {
    console.log(`  ${pct(sum(fns))}  ${stage}`)
    for (const [name, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, perStage)) console.log(`            ${pct(n)}  ${name}`)
  }
}

/** Bytes allocated per function (self), from a sampling heap profile. */
function reportHeap(profile: HeapProfiler.SamplingHeapProfile): void {
  const self = new Map<string, number>()
  let total = 0
  // A built-in (split, Set, map …) has no file: its bytes count for the nearest caller with one.
  const walk = (n: HeapProfiler.SamplingHeapProfileNode, caller: string): void => {
    const bytes = n.selfSize
    total += bytes
    const name = n.callFrame.url ? frameName(n.callFrame) : `${n.callFrame.functionName} in ${caller}`
    if (bytes > 0) self.set(name, (self.get(name) ?? 0) + bytes)
    for (const c of n.children) walk(c, n.callFrame.url ? name : caller)
  }
  walk(profile.head, '(root)')
  const mb = (n: number) => `${(n / passes / 1e6).toFixed(1).padStart(6)} MB`
  console.log(`top ${top} functions by bytes allocated per pass (${mb(total)} in all):`)
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${mb(n)} ${(100 * n / total).toFixed(1).padStart(5)} %  ${name}`)
  }
}

/** The passes under the sampling heap profiler; prints the top allocators. */
async function heapPasses(session: Session, run: () => Promise<void>): Promise<void> {
  await session.post('HeapProfiler.enable')
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true,
  })
  await run()
  const { profile } = await session.post('HeapProfiler.stopSampling')
  reportHeap(profile)
  const out = opt('out')
  if (out) writeFileSync(out, JSON.stringify(profile))
}

const batch = Number(opt('batch') ?? 0)
/** One pass: the pipeline over every article, one at a time or (`--batch N`) `analyseMany` over N at a time. */
async function pass(): Promise<void> {
  if (batch <= 0) { for (const a of articles) await pipeline.run(a); return }
  for (let i = 0; i < articles.length; i += batch) await pipeline.analyseMany(articles.slice(i, i + batch))
}
/** The bench's texts, or (`--voa vtrain,vtrain2`) the articles of those VOA gold parts (reads ../shared/data). */
function texts(): string[] {
  const parts = opt('voa')?.split(',')
  if (!parts) return benchTexts()
  const picked = voaArticles().filter((a) => parts.includes(a.part)).map((a) => a.text)
  if (picked.length === 0) throw new Error(`--voa ${parts.join(',')}: no article in those parts (e.g. --voa vtrain,vtrain2)`)
  return picked
}
const articles = texts().map((t, i) => plainTextArticle(t, published ? { published } : {}, `bench-${i}`))
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
await pass()
const session = new Session()
session.connect()
if (args.includes('--heap')) {
  await heapPasses(session, async () => { for (let p = 0; p < passes; p++) await pass() })
  session.disconnect()
  process.exit(0)
}
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: Number(opt('interval') ?? 200) })
await session.post('Profiler.start')
const u = process.cpuUsage()
for (let p = 0; p < passes; p++) await pass()
const cpu = process.cpuUsage(u)
const { profile } = await session.post('Profiler.stop')
session.disconnect()
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g) ?? []).length, 0)
const cpuMs = (cpu.user + cpu.system) / 1000 / passes
console.log(`pipeline profile: ${articles.length} articles, ${words} words, ${passes} passes${batch > 0 ? `, analyseMany ${batch} at a time` : ''}${published ? `, published ${published}` : ''}: ${Math.round(cpuMs)} CPU ms per pass (${Math.round(words / (cpuMs / 1000))} words per CPU-second, profiler running)`)
const out = opt('out')
if (out) writeFileSync(out, JSON.stringify(profile))
report(profile)
if (args.includes('--stages')) reportStages(profile, Number(opt('per-stage') ?? 6))
