/**
 * The claims stage alone (src/claims `extractClaims`), against another checkout's in the same process: the pipeline
 * bench's articles (bench/texts.ts) are analysed once by this checkout up to the claims stage; then, pass by pass and
 * alternating, each checkout's `extractClaims` runs on the same documents. Prints CPU ms per pass of each, the new / old
 * ratio (sum, and median of the rounds), and whether the two give the same claims (they need not: comparing with a
 * commit before a claims change times the change's cost). `--against DIR`: a copy of another commit
 * (`git archive <base> | tar -x -C DIR`, node_modules linked); without it, only this checkout is timed. `--join N`
 * makes each document of N bench articles in a row (paragraphs apart), to time what grows with a document's length.
 *
 *   npx tsx bench/claims-ab.bench.ts [--against DIR] [--rounds 10] [--passes 3] [--published 2017-06-15] [--join N]
 * @module
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Claim } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import * as here from '../src/claims/extract.js'
import { abOptions, benchTexts } from './texts.js'

const { against, rounds, passes, published } = abOptions()

type Extract = (doc: AnnotatedDoc) => Claim[]
const extractAt = async (dir: string): Promise<Extract> =>
  ((await import(pathToFileURL(resolve(dir, 'src/claims/extract.ts')).href)) as typeof here).extractClaims

// the stages before claims, so each document is what the claims stage receives
const pipeline = createPipeline({ stages: DEFAULT_STAGES.filter((k) => !k.startsWith('claims.')) })
const joinAt = process.argv.indexOf('--join')
const join = joinAt >= 0 ? Number(process.argv[joinAt + 1]) : 1
const texts = join > 1
  ? benchTexts().reduce<string[][]>((groups, t, i) => { if (i % join === 0) groups.push([]); groups[groups.length - 1]!.push(t); return groups }, []).map((g) => g.join('\n\n'))
  : benchTexts()
const docs: AnnotatedDoc[] = []
for (const [i, t] of texts.entries()) docs.push(await pipeline.run(plainTextArticle(t, published ? { published } : {}, `bench-${i}`)))
const checkouts: Record<string, Extract> = { new: here.extractClaims, ...(against ? { old: await extractAt(against) } : {}) }
const outputs = Object.values(checkouts).map((x) => JSON.stringify(docs.map((d) => x(d))))
const claimCount = docs.reduce((n, d) => n + checkouts['new']!(d).length, 0)

function cpuMs(x: Extract): number {
  const t = process.cpuUsage()
  for (let p = 0; p < passes; p++) for (const d of docs) x(d)
  const d = process.cpuUsage(t)
  return (d.user + d.system) / 1000 / passes
}

for (const x of Object.values(checkouts)) cpuMs(x)
const names = Object.keys(checkouts)
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
for (let i = 0; i < rounds; i++) for (const n of i % 2 ? [...names].reverse() : names) times[n]!.push(cpuMs(checkouts[n]!))

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]! }
const sentences = docs.reduce((n, d) => n + (d.sentences?.length ?? 0), 0)
console.log(`claims stage: ${docs.length} articles, ${sentences} sentences, ${claimCount} claims; ${rounds} rounds × ${passes} passes`)
for (const n of names) console.log(`  ${n === 'new' ? 'this checkout' : against}   ${(sum(times[n]!) / rounds).toFixed(1)} CPU ms per pass (median ${median(times[n]!).toFixed(1)})`)
const result: Record<string, unknown> = { bench: 'claims-ab', articles: docs.length, sentences, claims: claimCount, newMsPerPass: sum(times['new']!) / rounds }
if (times['old']) {
  const ratios = times['new']!.map((t, i) => t / times['old']![i]!)
  const same = outputs[0] === outputs[1]
  console.log(`  new / old: ${(sum(times['new']!) / sum(times['old'])).toFixed(3)} (sums), ${median(ratios).toFixed(3)} (median of rounds); ${same ? 'same claims' : 'different claims'}`)
  Object.assign(result, { oldMsPerPass: sum(times['old']) / rounds, ratio: sum(times['new']!) / sum(times['old']), medianRatio: median(ratios), sameClaims: same })
}
console.log(JSON.stringify(result))
