/**
 * Learned alternatives to the hand-written re3d decoding conventions, scored held out by fold: for each tuning fold
 * k (1–3) a logistic model is trained on the other two folds' candidates (each fold's candidates come from the model
 * trained without that fold, `NER_RE3D_FOLD=k NER_OUT=DIR/fk npm run train:ner`) and decodes fold k.
 * - `--mode edits`: a learned preference over the conventions' edits. The re3d scheme's output with every convention
 *   stays, except where a convention added or removed a span: there the model decides (features: which convention,
 *   added or removed, the type, the parts of speech around the span, its length).
 * - `--mode select`: a learned scheme mapping with no hand convention: candidates are the spans of the re3d scheme
 *   with only the descriptive-mention filter, of the re3d scheme unfiltered and of the shared scheme; the model
 *   keeps the best non-overlapping ones (features: which decodings propose it, type, shape, length, parts of speech).
 * - `--mode inner`: a learned recovery of the names inside the spans the descriptive filter drops (`innerNames`); the
 *   re3d scheme's output with every convention stays, and the model decides which of those names to add.
 * Baselines in the same run: every convention, and the descriptive filter alone. The held-out quarter is never read.
 * Usage: npx tsx scripts/ner-re3d-learned.ts --models DIR [--by fold|source] [--mode edits|select|inner] [--l2 1]
 * @module
 */
import { join } from 'node:path'
import { isRe3dHeldOut, readRe3d, re3dGold, recogniseText, type Re3dDocument } from '../src/eval/re3d.js'
import { fnv1a } from '../src/ner/hash.js'
import { readModelFile } from '../src/ner/model.js'
import { seededRandom } from '../src/ner/trainer.js'
import { NerRecognizer } from '../src/ner/recognizer.js'
import { RE3D_CONVENTIONS } from '../src/ner/scheme-rules.js'
import { segmentText } from '../src/text/segment.js'

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const dir = arg('--models')
if (!dir) throw new Error('--models DIR: fold models in DIR/f1, DIR/f2, DIR/f3 (each trained with NER_RE3D_FOLD=k)')
/** `--by source`: the parts are re3d's three sources (DIR/f1 trained with NER_RE3D_SOURCE=CENTCOM, f2 "UK Government", f3 "US State Department"). */
const SOURCES = ['CENTCOM', 'UK Government', 'US State Department']
const partOf = (d: Re3dDocument) => (arg('--by') === 'source' ? SOURCES.indexOf(d.source) + 1 : fnv1a(d.id) % 4)
const mode = arg('--mode') ?? 'edits'
const L2 = Number(arg('--l2') ?? 1)
const CONVENTIONS = ['descriptive', ...RE3D_CONVENTIONS] as const

interface Candidate { start: number; end: number; type: string; src: Set<string>; gold: boolean; feats: string[] }
interface Doc { fold: number; gold: number; cands: Candidate[] }

/** Every candidate span of one document with the decodings that propose it. */
function candidates(d: Re3dDocument, recs: ReadonlyMap<string, NerRecognizer>, fold: number): Doc {
  const gold = new Set(re3dGold(d).map((g) => `${g.start}:${g.end}:${g.type}`))
  const byKey = new Map<string, Candidate>()
  for (const [name, rec] of recs) {
    for (const p of recogniseText(d.text, rec)) {
      if (p.type !== 'PER' && p.type !== 'ORG' && p.type !== 'LOC') continue
      const key = `${p.start}:${p.end}:${p.type}`
      const c = byKey.get(key) ?? { start: p.start, end: p.end, type: p.type, src: new Set<string>(), gold: gold.has(key), feats: [] }
      c.src.add(name)
      byKey.set(key, c)
    }
  }
  const { tokens } = segmentText(d.text)
  for (const c of byKey.values()) {
    const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end)
    const first = inside[0], last = inside[inside.length - 1]
    const i = first ? tokens.indexOf(first) : -1, j = last ? tokens.indexOf(last) : -1
    const before = i > 0 && tokens[i - 1]!.sentence === first!.sentence ? tokens[i - 1]!.pos ?? 'X' : 'BOS'
    const after = j >= 0 && j + 1 < tokens.length && tokens[j + 1]!.sentence === last!.sentence ? tokens[j + 1]!.pos ?? 'X' : 'EOS'
    c.feats = features(c, d.text.slice(c.start, c.end), before, after, Math.min(inside.length, 5))
  }
  const cands = [...byKey.values()]
  return { fold, gold: gold.size, cands: mode === 'inner' ? [...cands, ...innerNames(d, cands, tokens, gold)] : cands }
}

type Tokens = ReturnType<typeof segmentText>['tokens']
const capitalised = (w: string) => /^\p{Lu}/u.test(w)

/**
 * `--mode inner`: the names inside the spans the descriptive filter drops ("three [ISIL tactical units]", "our ally
 * [Turkey]", "the [Asad] dictatorship"): the part from the first capitalised word on, and each run of capitalised
 * words, where no kept span is; typed as the shared scheme types that span, else as the dropped one.
 */
function innerNames(d: Re3dDocument, cands: readonly Candidate[], tokens: Tokens, gold: ReadonlySet<string>): Candidate[] {
  const kept = cands.filter((c) => c.src.has('all'))
  const named = new Set(kept.map((c) => d.text.slice(c.start, c.end)))
  const sharedType = new Map(cands.filter((c) => c.src.has('shared')).map((c) => [`${c.start}:${c.end}`, c.type]))
  const out = new Map<string, Candidate>()
  for (const c of cands.filter((x) => x.src.has('none') && !x.src.has('desc'))) {
    const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end)
    const words = inside.map((t) => d.text.slice(t.start, t.end))
    const first = words.findIndex(capitalised)
    if (first < 0) continue
    const parts: Array<[string, number, number]> = first > 0 ? [['suffix', first, words.length - 1]] : []
    for (let k = 0; k < words.length; k++) {
      if (!capitalised(words[k]!)) continue
      let j = k
      while (j + 1 < words.length && capitalised(words[j + 1]!)) j++
      if (!(k === first && j === words.length - 1 && first > 0)) parts.push(['run', k, j])
      k = j
    }
    const lastTok = inside[inside.length - 1]!
    const next = tokens[tokens.indexOf(lastTok) + 1]
    const after = next && next.sentence === lastTok.sentence ? next.pos ?? 'X' : 'EOS'
    for (const [kind, a, b] of parts) {
      const start = inside[a]!.start, end = inside[b]!.end
      if (kept.some((k) => k.start < end && start < k.end)) continue
      const type = sharedType.get(`${start}:${end}`) ?? c.type
      const key = `${start}:${end}:${type}`
      if (out.has(key)) continue
      const opener = inside[0]!.pos === 'DET' || inside[0]!.pos === 'PRON' ? words[0]!.toLowerCase() : inside[0]!.pos ?? 'X'
      const feats = ['bias', `kind=${kind}`, `type=${type}`, `kind=${kind}|${type}`, `opener=${opener}`, `before=${a > 0 ? inside[a - 1]!.pos : 'NONE'}`,
        `lastLower=${/^\p{Ll}/u.test(words[b]!)}`, `endsSpan=${b === words.length - 1}`, `after=${after}`, `n=${Math.min(b - a + 1, 4)}`,
        `namedElsewhere=${named.has(d.text.slice(start, end))}`]
      out.set(key, { start, end, type, src: new Set(['inner']), gold: gold.has(key), feats })
    }
  }
  return [...out.values()]
}

/** The conventions that made (true) or removed (false) this candidate: present with all of them, absent without one. */
function edits(c: Candidate): Array<[string, boolean]> {
  return CONVENTIONS.flatMap((cv): Array<[string, boolean]> => (c.src.has('all') !== c.src.has(`-${cv}`) ? [[cv, c.src.has('all')]] : []))
}

const shape = (w: string) => w.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\d/g, 'd').replace(/(.)\1+/g, '$1$1')

function features(c: Candidate, text: string, before: string, after: string, n: number): string[] {
  const t = c.type
  const f = ['bias', `type=${t}`, `before=${before}|${t}`, `after=${after}|${t}`, `n=${n}|${t}`]
  if (mode === 'edits') {
    for (const [cv, made] of edits(c)) f.push(`${made ? 'made' : 'removed'}=${cv}`, `${made ? 'made' : 'removed'}=${cv}|${t}`, `${cv}|before=${before}`, `${cv}|after=${after}`)
  } else {
    for (const s of ['desc', 'none', 'shared']) if (c.src.has(s)) f.push(`src=${s}`, `src=${s}|${t}`)
    f.push(`shape=${shape(text.split(/\s+/)[0] ?? '')}|${t}`)
  }
  return f
}

/** The candidates a learned model decides on, and those it keeps without deciding. */
const decided = (c: Candidate) => (mode === 'edits' ? edits(c).length > 0 : mode === 'inner' ? c.src.has('inner') : c.src.has('desc') || c.src.has('none') || c.src.has('shared'))
const fixed = (c: Candidate) => (mode === 'edits' && c.src.has('all') && edits(c).length === 0) || (mode === 'inner' && c.src.has('all'))

/** L2-regularised logistic regression, AdaGrad, 40 epochs in a seeded order. */
function train(docs: readonly Doc[]): Map<string, number> {
  const rows = docs.flatMap((d) => d.cands.filter(decided))
  const w = new Map<string, number>(), g2 = new Map<string, number>()
  const rand = seededRandom(17)
  const order = rows.map((_, i) => i)
  for (let e = 0; e < 40; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!] }
    for (const k of order) {
      const r = rows[k]!
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, r.feats.reduce((a, f) => a + (w.get(f) ?? 0), 0)))))
      const grad = p - (r.gold ? 1 : 0)
      for (const f of r.feats) {
        const g = grad + (L2 * (w.get(f) ?? 0)) / rows.length
        g2.set(f, (g2.get(f) ?? 0) + g * g)
        w.set(f, (w.get(f) ?? 0) - (0.2 * g) / Math.sqrt(g2.get(f)! + 1e-8))
      }
    }
  }
  return w
}

type Counts = { tp: number; pred: number; gold: number }
/** Keep the fixed candidates, then the decided ones the model scores above even, best first, none overlapping a kept one. */
function decode(d: Doc, w: ReadonlyMap<string, number>): Counts {
  const keep = d.cands.filter(fixed)
  const scored = d.cands.filter(decided).map((c) => ({ c, z: c.feats.reduce((a, f) => a + (w.get(f) ?? 0), 0) })).sort((a, b) => b.z - a.z)
  for (const { c, z } of scored) if (z > 0 && !keep.some((k) => k.start < c.end && c.start < k.end)) keep.push(c)
  return { tp: keep.filter((c) => c.gold).length, pred: keep.length, gold: d.gold }
}
const baseline = (d: Doc, src: string): Counts => ({ tp: d.cands.filter((c) => c.src.has(src) && c.gold).length, pred: d.cands.filter((c) => c.src.has(src)).length, gold: d.gold })
const sum = (cs: readonly Counts[]): Counts => cs.reduce((a, c) => ({ tp: a.tp + c.tp, pred: a.pred + c.pred, gold: a.gold + c.gold }), { tp: 0, pred: 0, gold: 0 })
const f1 = (c: Counts) => ((2 * c.tp) / (c.pred + c.gold)).toFixed(4)

const docs: Doc[] = []
const all = readRe3d(join(process.env['NER_DATA'] ?? '../shared/data', 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id))
for (const k of [1, 2, 3]) {
  const model = readModelFile(join(dir, `f${k}`, 'ner-model.bin.gz'))
  const recs = new Map<string, NerRecognizer>([
    ['all', new NerRecognizer(model, { scheme: 're3d' })],
    ['desc', new NerRecognizer(model, { scheme: 're3d', skipRules: new Set(['re3dConventions']) })],
    ['none', new NerRecognizer(model, { scheme: 're3d', skipRules: new Set(['re3dConventions', 're3d:descriptive']) })],
    ['shared', new NerRecognizer(model)],
    ...CONVENTIONS.map((cv): [string, NerRecognizer] => [`-${cv}`, new NerRecognizer(model, { scheme: 're3d', skipRules: new Set([`re3d:${cv}`]) })]),
  ])
  for (const d of all.filter((x) => partOf(x) === k)) docs.push(candidates(d, recs, k))
}
const rows: string[][] = [['fold', 'every convention', 'descriptive filter alone', `learned (${mode})`]]
const pooled: Counts[][] = [[], [], []]
for (const k of [1, 2, 3]) {
  const test = docs.filter((d) => d.fold === k)
  const w = train(docs.filter((d) => d.fold !== k))
  const r = [sum(test.map((d) => baseline(d, 'all'))), sum(test.map((d) => baseline(d, 'desc'))), sum(test.map((d) => decode(d, w)))]
  r.forEach((c, i) => pooled[i]!.push(c))
  rows.push([String(k), ...r.map(f1)])
}
rows.push(['pooled', ...pooled.map((p) => f1(sum(p)))])
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
