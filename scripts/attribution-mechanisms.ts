/**
 * Attribution misses by mechanism (dev tool): on a cached PolNeAR sample (scripts/attribution-tune.ts --cache), every
 * gold attribution whose source and cue the claims stage's speaker mode does not get right is put in one class by
 * the mechanism that lost it — the cue's lemma is not a reporting verb of the table (which lemma), a directive or
 * belief the stage drops on purpose, a noun cue, a source that is a pronoun, a title, a body, a relative pronoun, no
 * source at all — and the classes are counted, with examples.
 *
 *   npx tsx scripts/attribution-mechanisms.ts --dir <polnear dir> --cache f.json [--examples 3] [--lemmas 25]
 *
 * Refuses the held-out sample (it reads the tune sample only).
 */
import { readFileSync } from 'node:fs'
import { readBratCorpus, scoreAttributionDoc, type ScoredAttribution } from '../src/eval/attribution.js'
import type { AnnotatedDoc } from '../src/model/doc.js'
import { cuePredicate } from '../src/claims/cue-clause.js'
import { lightPredicate } from '../src/claims/light-predicates.js'
import { reportingStance } from '../src/claims/reporting-verbs.js'
import { deprelOf, lemmaOf, spanHead, syntaxView, uposOf, wordOf, type SyntaxView } from '../src/claims/syntax-view.js'
import { PRONOUNS } from '../src/text/english.js'

const opt = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined }
const dir = opt('dir')
const cache = opt('cache')
if (!dir || !cache) throw new Error('--dir and --cache are required')
const nExamples = Number(opt('examples') ?? 3)
const nLemmas = Number(opt('lemmas') ?? 25)
const corpus = await readBratCorpus(dir, 'tune')
const docs = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, AnnotatedDoc>

const ov = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end))
const srcRight = (g: ScoredAttribution, s: ScoredAttribution) => (g.source.length === 0 && s.source.length === 0) || ov(g.source, s.source) || (g.sourceEntity !== undefined && g.sourceEntity === s.sourceEntity)
const classes = new Map<string, { n: number; ex: string[] }>()
const missLemmas = new Map<string, number>()
let gold = 0
let right = 0
const add = (k: string, ex: string) => { const c = classes.get(k) ?? { n: 0, ex: [] }; c.n++; if (c.ex.length < nExamples) c.ex.push(ex); classes.set(k, c) }

/** The kind of a source phrase, read from its head. */
function sourceKind(v: SyntaxView, g: ScoredAttribution, doc: AnnotatedDoc): string {
  const s = g.source[0]
  if (!s) return 'no gold source'
  const h = spanHead(v, s)
  if (h === undefined) return 'source off tokens'
  const w = wordOf(v, h).toLowerCase()
  if (/^(who|which|that)$/.test(w)) return 'relative pronoun'
  if (uposOf(v, h) === 'PRON') return PRONOUNS.get(w)?.person === 1 ? 'pronoun, first person' : 'pronoun, third person'
  const t = v.tokens[h]!
  const m = (doc.mentions ?? []).find((x) => x.start <= t.start && t.end <= x.end)
  if (m) return m.type === 'PER' ? 'named person' : `named ${m.type.toLowerCase()}`
  if (uposOf(v, h) === 'PROPN') return 'proper noun, no mention'
  if (uposOf(v, h) === 'NOUN') return 'common noun (title, body, document)'
  return `other head (${uposOf(v, h)})`
}

for (const art of corpus) {
  const doc = docs[art.name]
  if (!doc?.syntax || !doc.tokens) continue
  const v = syntaxView(art.text, doc.tokens, doc.syntax)
  const finder = scoreAttributionDoc(art, doc)
  const { gold: gs, sys } = scoreAttributionDoc(art, doc, { speakers: true })
  const t = art.text
  const snip = (s: readonly { start: number; end: number }[]) => s.map((x) => t.slice(x.start, x.end)).join(' | ').replace(/\s+/g, ' ').slice(0, 50)
  for (const g of gs) {
    gold++
    const s = sys.find((x) => ov(x.content, g.content))
    if (s && srcRight(g, s) && ov(g.cue, s.cue)) { right++; continue }
    const from = Math.min(g.cue[0]?.start ?? 1e9, g.source[0]?.start ?? 1e9, g.content[0]?.start ?? 1e9)
    const sent = t.slice(from, g.content.at(-1)?.end ?? from).replace(/\s+/g, ' ').slice(0, 160)
    const p = g.cue[0] ? cuePredicate(v, g.cue[0]) : undefined
    const light = p !== undefined ? lightPredicate(v, p) : undefined
    const lemma = p === undefined ? '' : (light?.lemma ?? lemmaOf(v, p))
    const upos = p === undefined ? '' : uposOf(v, p)
    const stance = light?.stance ?? reportingStance(lemma)
    const ex = `gold src=[${snip(g.source)}] cue=[${snip(g.cue)}]${s ? ` sys src=[${snip(s.source)}] cue=[${snip(s.cue)}]` : ''} :: ${sent}`
    if (!s) {
      const f = finder.sys.find((x) => ov(x.content, g.content))
      const kind = g.cue.length === 0 ? 'no gold cue'
        : /^according\b/i.test(snip(g.cue)) ? 'according to'
        : upos === 'NOUN' ? 'noun cue'
        : stance === undefined ? 'cue lemma not in the table'
        : stance === 'directive' ? 'directive (dropped on purpose)'
        : stance === 'hedge' ? 'belief/hedge verb'
        : f ? `table verb, finder had it, speaker mode dropped (source ${sourceKind(v, g, doc)})` : 'table verb, construction not found'
      add(`MISS ${kind}`, ex)
      if (stance === undefined && upos !== 'NOUN') missLemmas.set(`${lemma}/${upos}`, (missLemmas.get(`${lemma}/${upos}`) ?? 0) + 1)
      continue
    }
    const cueOk = ov(g.cue, s.cue)
    if (srcRight(g, s)) { add(`WRONG cue only${deprelOf(v, p ?? 0) ? '' : ''}`, ex); continue }
    const kind = sourceKind(v, g, doc)
    add(`WRONG source (${kind}); system ${s.source.length === 0 ? 'none' : 'other'}${cueOk ? '' : ', cue wrong too'}`, ex)
  }
}
const rows = [...classes.entries()].sort((a, b) => b[1].n - a[1].n)
console.log(`tune: ${gold} gold attributions, source+cue right ${right} (${(right / gold).toFixed(4)}), lost ${gold - right}`)
for (const [k, c] of rows) {
  console.log(`${String(c.n).padStart(5)}  ${k}`)
  for (const e of c.ex) console.log(`         ${e}`)
}
console.log('\nmissed cue lemmas not in the table:')
console.log([...missLemmas.entries()].sort((a, b) => b[1] - a[1]).slice(0, nLemmas).map(([l, n]) => `${l} ${n}`).join(', '))
