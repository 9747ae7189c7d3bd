/**
 * Attribution mode comparison (dev tool): on a cached PolNeAR sample (scripts/attribution-tune.ts --cache), lists
 * gold attributions whose source the finder gets right and the claims stage's speaker mode gets wrong (or the
 * reverse with --reverse), to find where reading sources from syntax loses.
 *
 *   npx tsx scripts/attribution-diff.ts --dir <polnear dir> --cache f.json [--n 60] [--reverse]
 *
 * Refuses the held-out sample.
 */
import { readFileSync } from 'node:fs'
import { readBratCorpus, scoreAttributionDoc, type ScoredAttribution } from '../src/eval/attribution.js'
import type { AnnotatedDoc } from '../src/model/doc.js'

const opt = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined }
const dir = opt('dir')
const cache = opt('cache')
if (!dir || !cache) throw new Error('--dir and --cache are required')
const n = Number(opt('n') ?? 60)
const reverse = process.argv.includes('--reverse')
const corpus = await readBratCorpus(dir, 'tune')
const docs = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, AnnotatedDoc>
const ov = (a: ScoredAttribution['source'], b: ScoredAttribution['source']) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end))
const right = (g: ScoredAttribution, s: ScoredAttribution | undefined) => s !== undefined && ((g.source.length === 0 && s.source.length === 0) || ov(g.source, s.source) || (g.sourceEntity !== undefined && g.sourceEntity === s.sourceEntity)) && ov(g.cue, s.cue)
const paired = (g: ScoredAttribution, sys: ScoredAttribution[]) => sys.find((s) => ov(s.content, g.content))
const out: string[] = []
let lost = 0
let gained = 0
for (const art of corpus) {
  const doc = docs[art.name]!
  const a = scoreAttributionDoc(art, doc)
  const b = scoreAttributionDoc(art, doc, { speakers: true })
  const t = art.text
  const snip = (s: ScoredAttribution['source']) => s.map((x) => t.slice(x.start, x.end)).join(' | ').replace(/\s+/g, ' ').slice(0, 60)
  a.gold.forEach((g) => {
    const pa = paired(g, a.sys)
    const pb = paired(g, b.sys)
    const ra = right(g, pa)
    const rb = right(g, pb)
    if (ra && !rb) lost++
    if (!ra && rb) gained++
    if (reverse ? (!ra && rb) : (ra && !rb)) {
      const from = Math.min(g.cue[0]?.start ?? 1e9, g.source[0]?.start ?? 1e9, g.content[0]?.start ?? 1e9)
      const sent = t.slice(from, g.content.at(-1)?.end ?? from).replace(/\s+/g, ' ').slice(0, 200)
      out.push(`${pb ? 'WRONG' : 'MISS '} gold=[${snip(g.source)}] cue=[${snip(g.cue)}] finder=[${snip(pa!.source)}] speakers=${pb ? `[${snip(pb.source)}] cue=[${snip(pb.cue)}]` : '-'}\n      ${sent}`)
    }
  })
}
console.log(out.slice(0, n).join('\n'))
console.log(`source+cue right by the finder only: ${lost}; by speaker mode only: ${gained}; listed ${Math.min(n, out.length)} of ${out.length}`)
