/**
 * Where the default pipeline's CPU goes, function by function: the pipeline bench's articles (seed fixtures + demo
 * news from ../shared) run once to load the models and warm the JIT and the word caches, then `--passes` more times
 * under V8's sampling profiler (nothing else in the profile: no compromise, no wink baseline, no model loading).
 * Prints the top functions by self time and each source folder's inclusive share (a sample counts for every folder
 * with a frame on its stack, so a folder's share includes what it calls in other folders). `--published YYYY-MM-DD` dates every article, so events resolve date phrases
 * against it as a real ingest does (without one, only explicit years are read). `--out FILE` keeps the profile
 * (open it in Chrome's DevTools).
 *
 *   npx tsx bench/pipeline-profile.ts [--passes 4] [--top 15] [--published 2017-06-15] [--interval 200] [--out FILE]
 * @module
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import type { Profiler } from 'node:inspector'
import { plainTextArticle } from '../src/ingest/load.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 4)
const top = Number(opt('top') ?? 15)
const published = opt('published')


/** `name file:line` of a profile node, the file relative to the project (or the package). */
function frameName(f: Profiler.ProfileNode['callFrame']): string {
  const file = f.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')
  return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`
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

const articles = benchTexts().map((t, i) => plainTextArticle(t, published ? { published } : {}, `bench-${i}`))
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
for (const a of articles) await pipeline.run(a)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: Number(opt('interval') ?? 200) })
await session.post('Profiler.start')
const u = process.cpuUsage()
for (let p = 0; p < passes; p++) for (const a of articles) await pipeline.run(a)
const cpu = process.cpuUsage(u)
const { profile } = await session.post('Profiler.stop')
session.disconnect()
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g) ?? []).length, 0)
const cpuMs = (cpu.user + cpu.system) / 1000 / passes
console.log(`pipeline profile: ${articles.length} articles, ${words} words, ${passes} passes${published ? `, published ${published}` : ''}: ${Math.round(cpuMs)} CPU ms per pass (${Math.round(words / (cpuMs / 1000))} words per CPU-second, profiler running)`)
const out = opt('out')
if (out) writeFileSync(out, JSON.stringify(profile))
report(profile)
