/**
 * One stage of the default pipeline, this checkout's against another checkout's in one process: the seed fixtures
 * and the demo news go through the stages before it once (this checkout's), then both versions of the stage run
 * over all of them pass by pass, in alternating order (each loads its own models). Prints the CPU ms per pass of
 * each (process.cpuUsage), new / base as the ratio of the sums and of the medians, and whether every output is the
 * same (JSON of the documents). Steadier than two processes on a loaded machine: both share its load.
 *
 *   npx tsx bench/stage-ab.bench.ts --base DIR [--stage mentions.ner] [--passes 20]
 * @module
 */
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Stage } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 20)
const prefix = opt('stage') ?? 'mentions.ner'
const baseDir = opt('base')
if (!baseDir) throw new Error('--base DIR (another checkout) is required')


function stageOf(stages: readonly Stage[]): Stage {
  const s = stages.find((x) => x.key.startsWith(prefix))
  if (!s) throw new Error(`no stage starts with "${prefix}": ${stages.map((x) => x.key).join(', ')}`)
  return s
}

const ours = createPipeline({ stages: [...DEFAULT_STAGES] })
const at = ours.stages.indexOf(stageOf(ours.stages))
const baseIndex = (await import(pathToFileURL(`${baseDir}/src/pipeline/index.ts`).href)) as typeof import('../src/pipeline/index.js')
const base = stageOf(baseIndex.createPipeline({ stages: [...baseIndex.DEFAULT_STAGES] }).stages)
const stage = ours.stages[at]!
const docs: AnnotatedDoc[] = []
for (const [i, t] of benchTexts().entries()) {
  let d: AnnotatedDoc = { article: plainTextArticle(t, {}, `bench-${i}`) }
  for (const s of ours.stages.slice(0, at)) d = await s.run(d, { resources: {} })
  docs.push(d)
}
async function pass(s: Stage): Promise<{ ms: number; out: AnnotatedDoc[] }> {
  const out: AnnotatedDoc[] = []
  const u = process.cpuUsage()
  for (const d of docs) out.push(await s.run(d, { resources: {} }))
  const c = process.cpuUsage(u)
  return { ms: (c.user + c.system) / 1000, out }
}
for (let r = 0; r < 3; r++) { await pass(stage); await pass(base) } // warm-up: models, JIT
const same = JSON.stringify((await pass(stage)).out) === JSON.stringify((await pass(base)).out)
const times = { new: [] as number[], base: [] as number[] }
for (let r = 0; r < passes; r++) {
  for (const which of r % 2 ? (['base', 'new'] as const) : (['new', 'base'] as const)) times[which].push((await pass(which === 'new' ? stage : base)).ms)
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const result = { bench: 'stage-ab', stage: stage.key, baseStage: base.key, passes, sameOutput: same, newMedianMs: Math.round(median(times.new) * 10) / 10,
  baseMedianMs: Math.round(median(times.base) * 10) / 10, ratioSums: Math.round((sum(times.new) / sum(times.base)) * 1000) / 1000,
  ratioMedians: Math.round((median(times.new) / median(times.base)) * 1000) / 1000 }
console.log(`${stage.key} new / base ${result.ratioSums} (sums), ${result.ratioMedians} (medians); same output: ${same}`)
console.log(JSON.stringify(result))
