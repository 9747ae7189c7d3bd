/**
 * `npx tsx scripts/train-stance.ts --parts P[,P…]|trainedOn [--exclude P[,P…]] [--folds K] [--out models/claims/stance.json]`
 * `npx tsx scripts/train-stance.ts --parts P[,P…] --cache DIR --confusion [--examples N]` (the stance confusion table)
 * `--without-context`: leave out the document-context features (stance-context.ts), to measure what they add.
 *
 * Trains the claims stage's stance model (src/claims/stance-model.ts) from the VOA training golds: every gold claim's
 * cue ("verb") and content (from the gold content's start to the end of its sentence) with its stance label, the rules'
 * stance (stance.ts `claimStance` on the same strings) as a feature. Multinomial logistic regression by stochastic
 * gradient descent in a fixed order (no randomness: the same parts give the same weights). `--parts trainedOn` takes the
 * list in models/events/meta.json (its press-release parts have no VOA gold and are skipped). `--folds K` first measures
 * out of fold (parts dealt round-robin into K folds): the rules' stance accuracy, the model's, and the rules with the
 * model overriding them at each probability threshold; the threshold that does best out of fold is written as the
 * file's `override`. The check group and held-out parts are refused.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError, type AnnotatedDoc, type Claim, type Stance } from '../src/model/index.js'
import { extractClaims } from '../src/claims/extract.js'
import { placesFor } from '../src/pipeline/stages/places.js'
import { claimStance } from '../src/claims/stance.js'
import { stanceConstructions } from '../src/claims/stance-constructions.js'
import { stanceFeatures, stanceProbabilities, useStanceModel, type StanceModelFile } from '../src/claims/stance-model.js'
import { stanceContext } from '../src/claims/stance-context.js'
import { goldContentSentence, voaArticles } from './voa-news-texts.js'
import { runScript, scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REFUSED = /^(vfinal|final|vtrain(94|95|96|97|118|119|120))$/
const CLASSES: Stance[] = ['assert', 'confirm', 'deny', 'hedge']
const EPOCHS = 15
const RATE = 0.1
const L2 = 1e-4
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]

interface Sample { readonly part: string; readonly gold: Stance; readonly rule: Stance; readonly features: string[] }
interface GoldClaim { readonly doc: string; readonly stance: Stance; readonly verb: string; readonly anchor: string; readonly content: string }

function samples(parts: readonly string[]): Sample[] {
  const texts = new Map(voaArticles().map((a) => [a.file, a.text]))
  const out: Sample[] = []
  for (const part of parts) {
    const gold = JSON.parse(readFileSync(join(root, 'eval-gold', 'voa-news', `${part}.json`), 'utf8')) as { claims: GoldClaim[] }
    for (const c of gold.claims) {
      const text = texts.get(c.doc)
      const content = text ? goldContentSentence(text, c.anchor, c.content) : undefined
      if (content === undefined || !CLASSES.includes(c.stance)) continue
      const rule = claimStance(c.verb, content).stance
      out.push({ part, gold: c.stance, rule, features: stanceFeatures(c.verb, content, rule) })
    }
  }
  return out
}

/** Logistic regression by SGD over the samples in their order; weights rounded to four places. */
function train(data: readonly Sample[], parts: readonly string[], override: number): StanceModelFile {
  const w = new Map<string, number[]>()
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch)
    const m: StanceModelFile = { model: '', trainedOn: [], classes: CLASSES, override, weights: Object.fromEntries(w) }
    for (const s of data) {
      const p = stanceProbabilities(m, s.features)
      for (const f of s.features) {
        const row = w.get(f) ?? CLASSES.map(() => 0)
        for (let k = 0; k < CLASSES.length; k++) row[k] = row[k]! * (1 - rate * L2) + rate * ((CLASSES[k] === s.gold ? 1 : 0) - p[k]!)
        if (!w.has(f)) { w.set(f, row); m.weights[f] = row }
      }
    }
  }
  const weights = Object.fromEntries([...w].filter(([, r]) => r.some((x) => Math.abs(x) >= 0.005)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, r]) => [f, r.map((x) => Math.round(x * 1e4) / 1e4)]))
  return { model: 'claims stance: multinomial logistic regression over cue, content and rule features (src/claims/stance-model.ts)', trainedOn: [...parts], classes: CLASSES, override, weights }
}

/** The stance with the model overriding the rules at a threshold. */
function decide(m: StanceModelFile, s: Sample, threshold: number): Stance {
  const p = stanceProbabilities(m, s.features)
  let best = 0
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k
  return p[best]! >= threshold ? m.classes[best]! : s.rule
}

/** Out-of-fold counts: right under the rules, and under the rules with the model at each threshold; prints them. */
function outOfFold(data: readonly Sample[], parts: readonly string[], folds: number): number {
  const right = THRESHOLDS.map(() => 0)
  let rules = 0
  const moved = THRESHOLDS.map(() => [0, 0])
  for (let f = 0; f < folds; f++) {
    const held = new Set(parts.filter((_, i) => i % folds === f))
    const m = train(data.filter((s) => !held.has(s.part)), [], 1)
    for (const s of data.filter((x) => held.has(x.part))) {
      if (s.rule === s.gold) rules++
      THRESHOLDS.forEach((t, i) => {
        const d = decide(m, s, t)
        if (d === s.gold) right[i]!++
        if (d !== s.rule) moved[i]![d === s.gold ? 0 : 1]!++
      })
    }
  }
  process.stdout.write(`out of fold (${folds} folds over ${parts.length} parts, ${data.length} gold claims): rules ${rules}\n`)
  THRESHOLDS.forEach((t, i) => process.stdout.write(`  override >= ${t}: ${right[i]} right (changed ${moved[i]![0]} to right, ${moved[i]![1]} to wrong)\n`))
  let bestI = THRESHOLDS.length - 1
  THRESHOLDS.forEach((_, i) => { if (right[i]! > right[bestI]!) bestI = i })
  return THRESHOLDS[bestI]!
}

interface CachedPart {
  readonly gold: { claims: GoldClaim[] }
  readonly texts: [string, string][]
  readonly sys: { docOf: [string, string][] }
  readonly docs: AnnotatedDoc[]
}

/** The system claim whose content holds the gold content's start (or starts nearest after it, within 20 characters). */
function pairOf(c: GoldClaim, text: string, claims: readonly Claim[]): Claim | undefined {
  const at = text.indexOf(c.anchor)
  const i = text.indexOf(c.content, Math.max(0, at))
  if (i < 0) return undefined
  return claims.find((x) => x.content.start <= i && i < x.content.end) ?? claims.find((x) => x.content.start >= i && x.content.start - i <= 20)
}

/** A gold claim paired with the system claim on its content, its document and the claims built before it there. */
interface Paired { readonly part: string; readonly gold: GoldClaim; readonly claim: Claim; readonly doc: AnnotatedDoc; readonly earlier: readonly Claim[] }

/** The claims the stage extracts from each cached part (with the active stance model), each paired with the gold claim on its content. */
function pairedClaims(parts: readonly string[], dir: string): Paired[] {
  const out: Paired[] = []
  for (const part of parts) {
    const file = join(dir, `${part}.json`)
    if (!existsSync(file)) continue
    const c = JSON.parse(readFileSync(file, 'utf8')) as CachedPart
    const texts = new Map(c.texts)
    const docOf = new Map(c.sys.docOf)
    const byDoc = new Map<string, { claim: Claim; doc: AnnotatedDoc }[]>()
    for (const d of c.docs) for (const x of extractClaims(d.mentions ? { ...d, places: placesFor(d.mentions) } : d)) {
      const k = docOf.get(x.articleId) ?? x.articleId
      byDoc.set(k, [...(byDoc.get(k) ?? []), { claim: x, doc: d }])
    }
    for (const g of c.gold.claims) {
      const found = byDoc.get(g.doc) ?? []
      const x = CLASSES.includes(g.stance) ? pairOf(g, texts.get(g.doc) ?? '', found.map((f) => f.claim)) : undefined
      const at = found.findIndex((f) => f.claim === x)
      const doc = found[at]?.doc
      if (x && doc) out.push({ part, gold: g, claim: x, doc, earlier: found.slice(0, at).filter((f) => f.doc === doc).map((f) => f.claim) })
    }
  }
  return out
}

/**
 * Samples from a cache of scripts/attribution-news.ts: the claims the stage extracts with the rules alone, each paired
 * with the gold claim on its content — the features the stage will see (its cue and content spans, its rules' stance).
 */
function cachedSamples(parts: readonly string[], dir: string, withContext: boolean): Sample[] {
  useStanceModel(null)
  const context = withContext ? stanceContext : () => []
  const out = pairedClaims(parts, dir).map(({ part, gold, claim: x, doc, earlier }) => ({ part, gold: gold.stance, rule: x.stance, features: stanceFeatures(x.cue.text, x.content.text, x.stance, context(doc, x, earlier)) }))
  useStanceModel(undefined)
  return out
}

/**
 * The stance confusion table of the shipped stage on cached parts (gold × system), and its errors grouped by the cue's
 * lemma and the constructions around the claim (stance-constructions.ts), largest first; `examples` lines of each of
 * the top groups (tuning parts only: the probe's errors are not to be read).
 */
const sum = (m: ReadonlyMap<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0)

function confusion(parts: readonly string[], dir: string, examples: number): void {
  const table = new Map<string, number>()
  const groups = new Map<string, Paired[]>()
  const tags = new Map<string, number>()
  const byTag = new Map<string, Map<string, number>>()
  for (const p of pairedClaims(parts, dir)) {
    const key = `${p.gold.stance} → ${p.claim.stance}`
    table.set(key, (table.get(key) ?? 0) + 1)
    for (const t of new Set(stanceConstructions(p.doc, p.claim.cue, p.claim.content).tags)) {
      const m = byTag.get(t) ?? new Map<string, number>()
      m.set(key, (m.get(key) ?? 0) + 1)
      byTag.set(t, m)
    }
    if (p.gold.stance === p.claim.stance) continue
    const k = stanceConstructions(p.doc, p.claim.cue, p.claim.content)
    const g = `${key}  ${k.lemma || '?'}  ${k.tags.filter((t) => !t.startsWith('adv:')).join(' ') || '-'}`
    groups.set(g, [...(groups.get(g) ?? []), p])
    for (const t of new Set([...k.tags.map((x) => x.replace(/^adv:.*/, 'adv')), `lemma:${k.lemma}`])) tags.set(`${key}  ${t}`, (tags.get(`${key}  ${t}`) ?? 0) + 1)
  }
  process.stdout.write(`gold → system (${[...table.values()].reduce((a, b) => a + b, 0)} paired claims)\n`)
  for (const [k, n] of [...table].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${k}: ${n}\n`)
  process.stdout.write('every paired claim by construction (gold → system)\n')
  for (const [t, m] of [...byTag].sort((a, b) => sum(b[1]) - sum(a[1])).slice(0, 30)) process.stdout.write(`  ${sum(m)}  ${t}: ${[...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}\n`)
  process.stdout.write('errors by construction (a claim counts once under each of its tags)\n')
  for (const [k, n] of [...tags].sort((a, b) => b[1] - a[1]).slice(0, 40)) process.stdout.write(`  ${n}  ${k}\n`)
  process.stdout.write('errors by lemma and constructions\n')
  for (const [k, ps] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, 30)) {
    process.stdout.write(`  ${ps.length}  ${k}\n`)
    for (const p of ps.slice(0, examples)) process.stdout.write(`      ${p.part} ${p.gold.doc}: "${p.claim.cue.text}" | ${p.claim.content.text.slice(0, 110)}\n`)
  }
}

function partsOf(o: Record<string, string | boolean>): string[] {
  const raw = String(o['parts'] ?? '')
  const listed = raw === 'trainedOn' ? (JSON.parse(readFileSync(join(root, 'models', 'events', 'meta.json'), 'utf8')) as { trainedOn: string[] }).trainedOn : raw.split(',').filter(Boolean)
  const exclude = new Set(String(o['exclude'] ?? '').split(','))
  const cache = typeof o['cache'] === 'string' ? resolve(o['cache']) : undefined
  const parts = listed.filter((p) => !exclude.has(p) && existsSync(cache ? join(cache, `${p}.json`) : join(root, 'eval-gold', 'voa-news', `${p}.json`)))
  const bad = parts.find((p) => REFUSED.test(p))
  if (bad) throw new DossierError('E_USAGE', `--parts ${bad}: a check-group or held-out part`, { hint: 'train on VOA training parts only' })
  if (parts.length === 0) throw new DossierError('E_USAGE', 'no VOA gold among --parts', { hint: 'e.g. --parts trainedOn, or --parts vtrain3,vtrain4' })
  return parts
}

function main(): void {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'exclude', 'folds', 'out', 'cache', 'override', 'examples'])
  const parts = partsOf(o)
  if (o['confusion'] === true && typeof o['cache'] === 'string') return confusion(parts, resolve(o['cache']), Number(o['examples'] ?? 0))
  const data = typeof o['cache'] === 'string' ? cachedSamples(parts, resolve(o['cache']), o['without-context'] !== true) : samples(parts)
  const folds = Number(o['folds'] ?? 0)
  const override = folds > 1 ? outOfFold(data, parts, folds) : Number(o['override'] ?? 0.9)
  const m = train(data, parts, override)
  process.stdout.write(`${data.length} gold claims of ${parts.length} parts; ${Object.keys(m.weights).length} features; override ${override}\n`)
  if (typeof o['out'] === 'string') writeFileSync(resolve(o['out']), `${JSON.stringify(m)}\n`)
}

runScript(main)
