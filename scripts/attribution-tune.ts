/**
 * Attribution tuning harness (dev tool): runs the resolution stages once over a
 * PolNeAR sample, caches the annotated documents, then scores the finder
 * (findAttributions) on the cache in seconds, with optional error lines.
 *
 *   npx tsx scripts/attribution-tune.ts --dir <polnear dir> [--sample tune] [--cache f.json] [--errors N] [--speakers]
 *
 * --speakers scores the claims stage's attributions (sources read from syntax, fragments dropped) instead of the finder's.
 *
 * <polnear dir>: ../shared/data/polnear-train/polnear-train.tar.gz extracted (text/ and attributions/).
 *
 * Never print the held-out sample's errors (--errors is refused for heldout).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../src/pipeline/index.js'
import { hashId } from '../src/model/ids.js'
import {
  emptyCounts, readBratCorpus, RESOLUTION_STAGES, scoreAttributionDoc, type AttributionCounts, type ScoredAttribution,
} from '../src/eval/attribution.js'
import type { AnnotatedDoc } from '../src/model/doc.js'

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const dir = opt('dir')
if (!dir) throw new Error('--dir <polnear dir> is required (the PolNeAR tarball extracted)')
const sample = (opt('sample') ?? 'tune') as 'tune' | 'heldout' | 'all'
const cache = opt('cache') ?? join(tmpdir(), `dossier-attribution-${sample}.json`)
const errors = Number(opt('errors') ?? 0)
const speakers = process.argv.includes('--speakers')
if (sample === 'heldout' && errors > 0) throw new Error('no errors on the held-out sample')

const corpus = await readBratCorpus(dir, sample)
let docs: Record<string, AnnotatedDoc>
if (existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, AnnotatedDoc>
else {
  docs = {}
  const pipeline = createPipeline({ stages: [...RESOLUTION_STAGES] })
  for (const art of corpus) {
    const id = hashId('article', art.name)
    docs[art.name] = await pipeline.run({ id, text: art.text, contentHash: id, boilerplate: [] })
  }
  writeFileSync(cache, JSON.stringify(docs))
}
const total: AttributionCounts = emptyCounts()
const errLines: string[] = []
const snip = (t: string, s: ScoredAttribution['source']) => s.map((x) => t.slice(x.start, x.end)).join(' | ').replace(/\s+/g, ' ').slice(0, 60)
for (const art of corpus) {
  const { counts: c, gold, sys } = scoreAttributionDoc(art, docs[art.name]!, { speakers })
  for (const k of Object.keys(total) as Array<keyof AttributionCounts>) total[k] += c[k]
  if (errLines.length < errors) {
    for (const g of gold) {
      const ov = sys.find((s) => s.content.some((x) => g.content.some((y) => x.start < y.end && y.start < x.end)))
      const srcOk = ov && ((g.source.length === 0 && ov.source.length === 0) || ov.source.some((x) => g.source.some((y) => x.start < y.end && y.start < x.end)) || (g.sourceEntity !== undefined && g.sourceEntity === ov.sourceEntity))
      if (srcOk) continue
      const sent = art.text.slice(Math.max(0, Math.min(g.cue[0]?.start ?? 0, g.source[0]?.start ?? 1e9, g.content[0]?.start ?? 1e9) - 0), (g.content.at(-1)?.end ?? 0)).replace(/\s+/g, ' ').slice(0, 220)
      errLines.push(`${ov ? 'WRONG' : 'MISS '} gold src=[${snip(art.text, g.source)}] cue=[${snip(art.text, g.cue)}]${ov ? ` sys src=[${snip(art.text, ov.source)}] cue=[${snip(art.text, ov.cue)}]` : ''}\n      ${sent}`)
    }
  }
}
const prf = (r: number, s: number, g: number) => { const p = s ? r / s : 0; const rc = g ? r / g : 0; return { p, r: rc, f: p + rc ? (2 * p * rc) / (p + rc) : 0 } }
const src = prf(total.sourceRight, total.system, total.gold)
const cue = prf(total.cueRight, total.system, total.gold)
const con = prf(total.overlapTokens, total.systemTokens, total.goldTokens)
if (errors > 0) console.log(errLines.slice(0, errors).join('\n'))
console.log(`${sample}${speakers ? ' (speakers)' : ''} ${corpus.length} articles: source F1 ${src.f.toFixed(4)} (P ${src.p.toFixed(3)} R ${src.r.toFixed(3)})  cue F1 ${cue.f.toFixed(4)}  source+cue recall ${(total.gold ? total.sourceCueRight / total.gold : 0).toFixed(4)}  content F1 ${con.f.toFixed(4)}  gold ${total.gold} system ${total.system} pairs ${total.pairs}`)
