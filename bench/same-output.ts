/**
 * Checks that a speed change keeps every stage's output byte for byte (a script, not a test: it reads
 * ../shared/data). The pipeline bench's articles (the seed fixtures and the demo news) and, with `--polnear N`,
 * PolNeAR's first N training articles go through the default pipeline one stage at a time; after each stage, what
 * it assigns (`doc.sentences`, `doc.syntax`, `doc.mentions`, …) is written as one JSON line keyed by article and
 * stage. Given the file of an earlier run (`--against`), counts the lines that differ and names the first ones.
 *
 * `--batch N` runs the articles through `pipeline.analyseMany`, N at a time (stage by stage within a batch), and writes
 * the same lines in the same order: compared `--against` a file of the one-at-a-time run, it checks that batching
 * changes no output.
 *
 * `--published YYYY-MM-DD` gives every article that publication date, so the date phrases of events are resolved
 * against it as in a real ingest (without one only explicit years are read).
 *
 *   npx tsx bench/same-output.ts [--polnear 60] [--published 2017-06-15] [--batch 16] [--write FILE] [--against FILE] [--show 20]
 * @module
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Annotation, Stage, StageContext } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES, pipelineOf } from '../src/pipeline/index.js'
import { namedBenchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const data = fileURLToPath(new URL('../../shared/data/', import.meta.url))


/** PolNeAR's first `n` training articles (its held-out part is never read). */
function polnearTexts(n: number): Array<[string, string]> {
  if (n <= 0) return []
  const tmp = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'same-output-'))
  try {
    execFileSync('tar', ['xzf', join(data, 'polnear-train/polnear-train.tar.gz'), '-C', tmp, 'text'])
    const dir = join(tmp, 'text')
    return readdirSync(dir).sort().slice(0, n).map((f) => [`polnear/${f}`, readFileSync(join(dir, f), 'utf8')])
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const published = opt('published')
const field = (a: Annotation) => a.slice('doc.'.length) as keyof AnnotatedDoc

/** One line per article and stage: what the stage assigned, as JSON. */
async function stageLines(texts: ReadonlyArray<[string, string]>): Promise<string[]> {
  const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
  const lines: string[] = []
  for (const [id, text] of texts) {
    let doc: AnnotatedDoc = { article: plainTextArticle(text, published ? { published } : {}, id) }
    for (const s of pipeline.stages) {
      doc = await s.run(doc, { resources: {} })
      lines.push(JSON.stringify([id, s.key, Object.fromEntries(s.assigns.map((a) => [a, doc[field(a)]]))]))
    }
  }
  return lines
}

/** The same lines as `stageLines`, from `analyseMany` over `batch` articles at a time (each stage's output recorded as it returns). */
async function batchLines(texts: ReadonlyArray<[string, string]>, batch: number): Promise<string[]> {
  const articles = texts.map(([id, text]) => plainTextArticle(text, published ? { published } : {}, id))
  const out = new Map(articles.map((a) => [a, [] as string[]]))
  const name = new Map(articles.map((a, i) => [a, texts[i]![0]]))
  const record = (s: Stage, next: AnnotatedDoc) => out.get(next.article)!.push(JSON.stringify([name.get(next.article), s.key, Object.fromEntries(s.assigns.map((a) => [a, next[field(a)]]))]))
  // a stage's runMany (the events stage's) is recorded too: it is what analyseMany calls on a batch
  const recording = createPipeline({ stages: [...DEFAULT_STAGES] }).stages.map((s): Stage => ({
    ...s,
    async run(doc, ctx) {
      const next = await s.run(doc, ctx)
      record(s, next)
      return next
    },
    ...(s.runMany ? {
      async runMany(docs: readonly AnnotatedDoc[], ctx: StageContext) {
        const next = await s.runMany!(docs, ctx)
        for (const d of next) record(s, d)
        return next
      },
    } : {}),
  }))
  const pipeline = pipelineOf(recording)
  for (let i = 0; i < articles.length; i += batch) {
    for (const a of await pipeline.analyseMany(articles.slice(i, i + batch))) {
      if (a.failures.length > 0) throw new Error(`${a.doc.article.id}: ${a.failures.map((f) => f.message).join('; ')}`)
    }
  }
  return [...out.values()].flat()
}

const texts = [...namedBenchTexts(), ...polnearTexts(Number(opt('polnear') ?? 0))]
const t = process.cpuUsage()
const batch = Number(opt('batch') ?? 0)
const lines = batch > 0 ? await batchLines(texts, batch) : await stageLines(texts)
const cpu = process.cpuUsage(t)
console.log(`${texts.length} articles, ${lines.length} stage outputs, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s`)
const write = opt('write')
if (write) writeFileSync(write, `${lines.join('\n')}\n`)
const against = opt('against')
if (against) {
  const key = (l: string) => JSON.stringify((JSON.parse(l) as unknown[]).slice(0, 2))
  const before = new Map(readFileSync(against, 'utf8').split('\n').filter(Boolean).map((l) => [key(l), l]))
  const differing = lines.filter((l) => before.get(key(l)) !== l)
  console.log(`${differing.length} of ${lines.length} stage outputs differ from ${against}${before.size !== lines.length ? ` (which holds ${before.size})` : ''}`)
  for (const l of differing.slice(0, Number(opt('show') ?? 20))) console.log(`  ${key(l)}`)
  if (differing.length > 0 || before.size !== lines.length) process.exitCode = 1
}
