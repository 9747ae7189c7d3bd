/**
 * End-to-end pipeline speed: words per second on one core of Dossier's default pipeline (segment, NER,
 * coreference, affiliations, places, events, claims) on real text — the committed seed articles plus the
 * demo news read from ../shared at bench time (skipped when absent) — against two baselines measured in
 * the same run on the same text: compromise (`nlp(text).json()`: tokenise + tag) and wink-nlp
 * (`readDoc` + sentences + entities). Rounds alternate so all three see the same machine load.
 *
 * Also reports CPU milliseconds per pass of each runner (steadier than wall time on a busy machine). `--by-stage`
 * adds a fourth runner: the same stages run stage by stage over all the articles (every article segmented, then every
 * one parsed, …; same outputs), to measure what the weight tables evicting each other between stages costs.
 * `--batch N` adds a runner that is `pipeline.analyseMany` over the articles N at a time (stage by stage within a batch,
 * as `--by-stage` over all of them; same outputs), to see how large a batch the gain needs.
 * `--without-run-many [KEY-PREFIXES]` (with `--batch N`) adds the same batches through stages stripped of `runMany` (the
 * batch hooks: all, or only those of the stages whose keys start with one of the comma-separated prefixes), to measure
 * the hooks in one process.
 * `--stage-times` adds a runner that is the default pipeline with every stage timed (CPU time of the process, so
 * background compiler and collector threads included), and prints each stage's CPU ms per pass, share and words per
 * CPU-second on this bench's text: the stage benches (`syntax`, `ner`, `events`, `claims`) run on the two seed
 * articles alone, repeated, where caches keyed by word and weight rows stay hot.
 *
 * `--published YYYY-MM-DD` dates every article (as a feed or a page's metadata would), so the events stage resolves
 * date phrases against it as a real ingest does; without it (the default, as in earlier sessions' figures) only
 * explicit years are read.
 *
 *   npx tsx bench/pipeline.bench.ts [--rounds 3] [--quick] [--by-stage] [--batch 16 [--without-run-many [events,coref]]] [--stage-times] [--published 2017-06-15]
 * @module
 */
import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Stage } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES, pipelineOf } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const at = args.indexOf('--rounds')
const quick = args.includes('--quick')
const rounds = at >= 0 ? Number(args[at + 1]) : quick ? 1 : 3

const texts = benchTexts(quick ? 20 : Infinity)
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0)
const pubAt = args.indexOf('--published')
const published = pubAt >= 0 ? args[pubAt + 1] : undefined
const articles = texts.map((t, i) => plainTextArticle(t, published ? { published } : {}, `bench-${i}`))
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const wink = winkNLP(model)

/** Every stage over all the articles before the next stage (the outputs of `pipeline.run` on each). */
async function byStage(): Promise<void> {
  let docs: AnnotatedDoc[] = articles.map((article) => ({ article }))
  for (const s of pipeline.stages) {
    const next: AnnotatedDoc[] = []
    for (const d of docs) next.push(await s.run(d, { resources: {} }))
    docs = next
  }
}

/** CPU ms of each stage inside the timed pipeline (summed over the measured rounds). */
const stageCpu = new Map<string, number>()
const timedStage = (s: Stage): Stage => ({
  ...s,
  async run(doc, ctx) {
    const u = process.cpuUsage()
    try {
      return await s.run(doc, ctx)
    } finally {
      const c = process.cpuUsage(u)
      stageCpu.set(s.key, (stageCpu.get(s.key) ?? 0) + (c.user + c.system) / 1000)
    }
  },
})
const timedPipeline = pipelineOf(pipeline.stages.map(timedStage))

const batchAt = args.indexOf('--batch')
const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : 0
/** `analyseMany` over the articles `batch` at a time. */
async function batched(): Promise<void> {
  for (let i = 0; i < articles.length; i += batch) await pipeline.analyseMany(articles.slice(i, i + batch))
}

/** `--without-run-many`: the same batches through a pipeline whose stages lack `runMany` (each article through a stage alone, as before the hook). */
const withoutAt = args.indexOf('--without-run-many')
const strip = withoutAt >= 0 && args[withoutAt + 1] && !args[withoutAt + 1]!.startsWith('--') ? args[withoutAt + 1]!.split(',') : undefined
const withoutHook = pipelineOf(pipeline.stages.map(({ runMany, ...s }) => (runMany && strip && !strip.some((p) => s.key.startsWith(p)) ? { ...s, runMany } : s)))
async function batchedWithoutHook(): Promise<void> {
  for (let i = 0; i < articles.length; i += batch) await withoutHook.analyseMany(articles.slice(i, i + batch))
}

const runners: Record<string, () => Promise<void>> = {
  dossier: async () => { for (const a of articles) await pipeline.run(a) },
  ...(args.includes('--by-stage') ? { 'dossier-by-stage': byStage } : {}),
  ...(batch > 0 ? { [`dossier-batch-${batch}`]: batched } : {}),
  ...(batch > 0 && args.includes('--without-run-many') ? { [`dossier-batch-${batch}-without-runMany`]: batchedWithoutHook } : {}),
  ...(args.includes('--stage-times') ? { 'dossier-timed': async () => { for (const a of articles) await timedPipeline.run(a) } } : {}),
  compromise: async () => { for (const t of texts) nlp(t).json() },
  'wink-nlp': async () => {
    for (const t of texts) { const d = wink.readDoc(t); d.sentences().out(); d.entities().out() }
  },
}
// warm-up: models load and the JIT compiles before timing
for (const run of Object.values(runners)) await run()
stageCpu.clear()
const ms: Record<string, number> = Object.fromEntries(Object.keys(runners).map((k) => [k, 0]))
const cpuMs: Record<string, number> = { ...ms }
for (let r = 0; r < rounds; r++) {
  const order = Object.keys(runners)
  if (r % 2) order.reverse()
  for (const name of order) {
    const t = performance.now()
    const u = process.cpuUsage()
    await runners[name]!()
    ms[name]! += performance.now() - t
    const c = process.cpuUsage(u)
    cpuMs[name]! += (c.user + c.system) / 1000
  }
}
const wps = (name: string) => (words * rounds) / (ms[name]! / 1000)
console.log(`pipeline bench: ${texts.length} articles, ${words} words (seeds${texts.length > 2 ? ' + demo news' : ' only: ../shared not found'}), ${rounds} round(s), one core${published ? `, published ${published}` : ''}`)
console.log(`  dossier default pipeline (${DEFAULT_STAGES.length} stages): ${Math.round(wps('dossier'))} words/s`)
if (batch > 0) console.log(`  dossier analyseMany, ${batch} articles a batch:  ${Math.round(wps(`dossier-batch-${batch}`))} words/s  (batch/per article ${(wps(`dossier-batch-${batch}`) / wps('dossier')).toFixed(3)}x, CPU ${(cpuMs[`dossier-batch-${batch}`]! / cpuMs['dossier']!).toFixed(3)}x)`)
const bare = `dossier-batch-${batch}-without-runMany`
if (ms[bare] !== undefined) console.log(`  dossier analyseMany without runMany:  ${Math.round(wps(bare))} words/s  (with/without runMany ${(wps(`dossier-batch-${batch}`) / wps(bare)).toFixed(3)}x, CPU ${(cpuMs[`dossier-batch-${batch}`]! / cpuMs[bare]!).toFixed(3)}x)`)
if (ms['dossier-by-stage'] !== undefined) console.log(`  dossier stage by stage over all articles:  ${Math.round(wps('dossier-by-stage'))} words/s  (by stage/per article ${(wps('dossier-by-stage') / wps('dossier')).toFixed(3)}x)`)
console.log(`  CPU ms per pass: ${Object.entries(cpuMs).map(([k, v]) => `${k} ${Math.round(v / rounds)}`).join(', ')}`)
if (stageCpu.size > 0) {
  const all = cpuMs['dossier-timed']!
  for (const [key, v] of stageCpu) console.log(`    ${key.padEnd(24)} ${(v / rounds).toFixed(0).padStart(6)} CPU ms per pass  ${(100 * v / all).toFixed(1).padStart(5)} %  ${Math.round((words * rounds) / (v / 1000))} words per CPU-second`)
  const inStages = [...stageCpu.values()].reduce((a, b) => a + b, 0)
  console.log(`    ${'outside the stages'.padEnd(24)} ${((all - inStages) / rounds).toFixed(0).padStart(6)} CPU ms per pass  ${(100 * (all - inStages) / all).toFixed(1).padStart(5)} %  (the pipeline's own checks, background threads between stages)`)
}
console.log(`  compromise nlp(text).json():               ${Math.round(wps('compromise'))} words/s  (dossier/compromise ${(wps('dossier') / wps('compromise')).toFixed(3)}x)`)
console.log(`  wink-nlp readDoc + sentences + entities:   ${Math.round(wps('wink-nlp'))} words/s  (dossier/wink ${(wps('dossier') / wps('wink-nlp')).toFixed(3)}x)`)
console.log(JSON.stringify({ bench: 'pipeline', articles: texts.length, words, rounds, wordsPerSec: wps('dossier'), compromiseWordsPerSec: wps('compromise'), winkWordsPerSec: wps('wink-nlp'), cpuMsPerPass: Object.fromEntries(Object.entries(cpuMs).map(([k, v]) => [k, v / rounds])), ...(stageCpu.size > 0 ? { stageCpuMsPerPass: Object.fromEntries([...stageCpu].map(([k, v]) => [k, v / rounds])) } : {}) }))
