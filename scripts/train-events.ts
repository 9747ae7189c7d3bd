/**
 * `npm run train:events -- [--parts dev,dev2,vtune,vtune2,…] [--folds 5] [--label root|dyad] [--fresh] [--no-write]
 *   [--strict] [--keep-coder] [--own-max 0.1] [--by-genre] [--dump] [--misses] [--roots] [--spurious] [--recode] [--no-parties] [--no-learned-codes] [--min-support 2] [--min-share 0.2] [--voice-thresholds] [--voice-own] [--epochs 10] [--l2 0.1] [--min-count 2] [--min-articles 3] [--data ../shared/data]
 *   [--check vtrain8,…] [--no-proposer] [--propose-min 0.3] [--propose-max 2] [--orders 3] [--leave-out 2000] [--replace-min 0.6] [--replace-swap]
 *   [--no-learned-cues] [--cue-support 2] [--cue-share 0.2] [--cue-pos VERB,NOUN] [--no-cue-frames] [--no-splits] [--split-support 3] [--split-share 0.15] [--split-own] [--one-code-own] [--repeats 1]`
 *
 * Trains the learned event scorer (src/events/scorer) on the hand-coded news golds' tuning and training parts (never
 * the frozen finals, never the seeds): every event the coder produces on those articles is an example, positive when
 * the gold's own pairing (src/eval/news.ts) pairs it with a gold coding of its root (`--label dyad`: and its dyad).
 * Article-level k-fold cross-validation gives every event an out-of-fold probability; the threshold is the one that
 * maximises, summed over the parts, the harmonic mean of precision and root accuracy of the filtered output, and the
 * report shows each part's figures unfiltered and filtered on the same folds. The final model (all examples) is
 * written to models/events/scorer.json with models/events/meta.json. Deterministic: same data, same model.
 *
 * The events' parties are first re-chosen by the party ranker (src/events/parties, scripts/train-parties.ts: train it
 * first), out of fold on the same folds, as the stage does before scoring (`--no-parties`: the coder's own parties).
 *
 * By default the candidates come from the loose coder (ExtractOptions.loose: clauses that are no act of their own and
 * acts with one or no side named are emitted too, flagged); the coder's own events get a threshold (0 … 0.1, chosen;
 * `--keep-coder`: all kept, threshold 0) and the flagged ones a threshold of their own (`--voice-own`: the own threshold
 * per voice of article, src/events/scorer/genre.ts). `--strict` trains a filter of the coder's own
 * events only. `--by-genre` cross-validates across genres instead (trained on the press releases, scored on VOA, and
 * the other way round): how the scorer holds on text of a kind it never saw. `--check p,q,…`: those parts are read (also when
 * `--parts` leaves them out) and scored out of fold, but never trained on (nor in the code table or the
 * written model), the thresholds are chosen on the rest and the objective of each group is printed apart (a change is kept only if it does not lose on the check group); `--recode`: the cached parts' parses are
 * coded again by the current coder (a coder change measured without parsing again; event-training-data.ts `recoded`); the chosen row is printed per part
 * (root / code / dyad / precision / eventRecall / spurious per gold), and at the end the mean per part of each group (tuning, check);
 * `--repeats R` runs the whole out-of-fold measurement R times on shifted folds (scorer/train.ts `foldOf`) and prints each
 * group's figures per repeat, their mean and spread, and each part averaged (repeat 0 alone writes the model). The scorer's L2 (0.1) was chosen that way in the
 * fifteenth session (0.003 … 0.2 tried on the tuning parts; docs/events.md). With `--recode` the split cues
 * (src/events/split-codes.ts, scripts/train-events-splits.ts) are learned and proposed out of fold (`--no-splits`: none;
 * `--split-support`, `--split-share`: the table's thresholds; `--split-own`: beside the coder's asserted readings only),
 * and one code per reading then covers every event of a reading (`--one-code-own`: the coder's own events only).
 * @module
 */
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eventFeatures, indexDoc, isReadingFeature, isWordFeature } from '../src/events/scorer/features.js'
import { probability } from '../src/events/scorer/model.js'
import { foldOf, stableHash, trainScorer, type Example, type TrainOptions } from '../src/events/scorer/train.js'
import { partAvailable, partData, REAL_NEWS_PARTS, recoded, scorePart, VOA_PARTS, type PartData, type TrainingPart } from './event-training-data.js'
import { scriptArgs } from './script-args.js'
import type { Event } from '../src/model/index.js'
import { classifyMisses, missReport, wrongCodeFrames, wrongCodeReport } from './event-misses.js'
import { rankedOutOfFold } from './train-parties.js'
import { defaultPartyModel } from '../src/events/parties/model.js'
import { outscored, useCodeTable } from '../src/events/alternatives.js'
import { articleVoice, type Voice } from '../src/events/scorer/genre.js'
import { rootMisses, rootReport } from './train-events-roots.js'
import { spuriousReport, spuriousRows } from './train-events-spurious.js'
import { withProposals } from './train-events-proposer.js'
import { useProposer } from '../src/events/proposer/proposer.js'
import { SPLIT_SHARE, SPLIT_SUPPORT, splitEvidence, splitTable } from './train-events-splits.js'
import { codeTable, corrections, CUE_POS, CUE_SHARE, CUE_SUPPORT, cueTable, MIN_SHARE, MIN_SUPPORT, uncodedCues, withLearnedAlternatives, withLearnedCues } from './train-events-codes.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const METRICS = ['rootAccuracy', 'codeAccuracy', 'dyadAccuracy', 'precision', 'eventRecall', 'spuriousPerGold'] as const
const f1 = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b))
/** The root proposer's threshold and most roots per candidate (`--propose-min`, `--propose-max`). */
const PROPOSE_MIN = 0.3
const PROPOSE_MAX = 2
const r3 = (x: number) => Math.round(x * 1000) / 1000
/**
 * The scorer is trained in this many seeded orders of its examples' ids, averaged (`--orders`, 0: the one index-hashed order of before):
 * twenty-first session, against the order noise of one index-hashed order.
 */
const ORDERS = 3
/**
 * The scorer's word features (features.ts `isWordFeature`) must be seen in this many articles (`--min-articles`, 0: no
 * floor; twenty-eighth session): a lemma met in two articles no longer takes a full weight from them (docs/events.md, "a scorer that holds a plain attempt").
 */
const MIN_ARTICLES = 3
/**
 * The scorer's rare features are regularised as if seen this many times (`--l2-count`, 0: plain per-occurrence L2;
 * twenty-ninth session, src/events/scorer/train.ts `l2Count`): a conjunction of a change of root and who acts, met a
 * few dozen times, no longer swings by half a logit when three parts are added.
 */
const L2_COUNT = 0

/** The party ranker's training settings (scripts/train-parties.ts defaults), for its out-of-fold choices here. */
const RANKER_OPTIONS: TrainOptions = { epochs: 10, l2: 0.01, minCount: 2 }

interface Labelled extends Example { readonly id: string }

function examplesOf(d: PartData, label: 'root' | 'dyad'): Labelled[] {
  const pairs = scorePart(d, () => true).eventPairs
  const out: Labelled[] = []
  for (const a of d.articles) {
    const ix = indexDoc(a.doc, a.coded, new Set(a.loose), a.learned)
    for (const e of a.coded) {
      const p = pairs.get(e.id)
      const positive = p !== undefined && (label === 'root' || p.dyad)
      out.push({ id: e.id, key: e.id, group: `${d.part}:${a.doc.article.id}`, features: eventFeatures(ix, e), label: positive ? 1 : 0 })
    }
  }
  return out
}

/**
 * Out-of-fold probability of every example (folds by article; `byGenre`: two folds, press releases and VOA newswire).
 * Examples `heldOut` says (the check parts') are scored by every fold's model and trained on by none.
 */
function outOfFold(xs: readonly Labelled[], folds: number, o: TrainOptions, byGenre = false, heldOut: (x: Labelled) => boolean = () => false, left: (x: Labelled) => boolean = () => false, repeat = 0): Map<string, number> {
  const fold = (x: Labelled) => (byGenre ? ((VOA_PARTS as readonly string[]).includes(x.group.split(':')[0]!) ? 1 : 0) : foldOf(x.group, folds, repeat))
  const p = new Map<string, number>()
  for (let k = 0; k < folds; k++) {
    const model = trainScorer(xs.filter((x) => fold(x) !== k && !heldOut(x) && !left(x)), 0, o)
    for (const x of xs) if (fold(x) === k) p.set(x.id, probability(model, x.features))
  }
  return p
}

/** Per named feature: its examples and positives, and the parts they come from (`--show-features`). */
function featureTable(xs: readonly Labelled[], names: readonly string[]): string {
  return names.map((f) => {
    const with_ = xs.filter((x) => x.features.includes(f))
    const parts = new Map<string, number>()
    for (const x of with_) { const p = x.group.split(':')[0]!; parts.set(p, (parts.get(p) ?? 0) + 1) }
    return `feature ${f}: ${with_.length} examples, ${with_.filter((x) => x.label).length} positive; ${[...parts].map(([p, n]) => `${p} ${n}`).join(', ')}\n`
  }).join('')
}

/** A loose threshold: one for every article, or one per voice of article (src/events/scorer/genre.ts). */
type LooseThreshold = number | Readonly<Record<Voice, number>>
/** The voice of each article (by article id), read once the parts are read. */
const voiceOf = new Map<string, Voice>()
const looseMin = (tl: LooseThreshold, e: Event) => (typeof tl === 'number' ? tl : tl[voiceOf.get(e.articleId) ?? 'third'])

/** Which coded events the stage keeps at thresholds t (coder's own, one or per voice) and tl (loose). */
const keeper = (p: ReadonlyMap<string, number>, t: LooseThreshold, tl: LooseThreshold, loose: ReadonlySet<string>, dropped: ReadonlySet<string> = new Set()) => (e: Event) =>
  !dropped.has(e.id) && (p.get(e.id) ?? 1) >= (loose.has(e.id) ? looseMin(tl, e) : looseMin(t, e))

function figures(parts: readonly PartData[], p: ReadonlyMap<string, number>, t: LooseThreshold, tl: LooseThreshold = 1, loose: ReadonlySet<string> = new Set(), dropped: ReadonlySet<string> = new Set()): Record<string, Record<string, number>> {
  return Object.fromEntries(parts.map((d) => {
    const m = scorePart(d, keeper(p, t, tl, loose, dropped)).metrics
    return [d.part, Object.fromEntries(METRICS.map((k) => [k, r3(m[k] ?? 0)]))]
  }))
}

/** Per part, the harmonic mean of precision and the mean of root accuracy, dyad accuracy and event recall; summed. */
const objective = (fig: Record<string, Record<string, number>>) =>
  Object.values(fig).reduce((s, m) => s + f1(m['precision']!, (m['rootAccuracy']! + m['dyadAccuracy']! + m['eventRecall']!) / 3), 0)

/** The objective of each genre apart (press releases, VOA newswire), each the mean over its parts. */
function genres(fig: Record<string, Record<string, number>>): string {
  const mean = (ps: string[]) => (ps.length ? objective(Object.fromEntries(ps.map((p) => [p, fig[p]!]))) / ps.length : 0)
  const press = Object.keys(fig).filter((p) => (REAL_NEWS_PARTS as readonly string[]).includes(p))
  const wire = Object.keys(fig).filter((p) => !press.includes(p))
  return `mean per part: press ${mean(press).toFixed(4)}, newswire ${mean(wire).toFixed(4)}`
}

type Figures = Record<string, Record<string, number>>
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
/** Each metric's mean per part over the parts `keep` says. */
const groupMeans = (fig: Figures, keep: (part: string) => boolean) =>
  METRICS.map((k) => mean(Object.entries(fig).filter(([p]) => keep(p)).map(([, m]) => m[k]!)))

/**
 * The one-code rows of every repeat: each group's (tuning, check) mean per part per repeat, their mean and spread
 * (max − min and standard deviation over the repeats), and each part averaged over the repeats.
 */
function repeatReport(runs: readonly Figures[], check: ReadonlySet<string>): string {
  const line = (xs: readonly number[]) => xs.map((x) => x.toFixed(3)).join(' / ')
  const out: string[] = [`over ${runs.length} repeat(s), one code per reading, mean per part (${METRICS.join(' / ')}):`]
  for (const [name, keep] of [['tuning', (p: string) => !check.has(p)], ['check', (p: string) => check.has(p)]] as const) {
    const n = Object.keys(runs[0]!).filter(keep).length
    if (n === 0) continue
    const per = runs.map((f) => groupMeans(f, keep))
    per.forEach((m, r) => out.push(`  ${name} (${n} parts) repeat ${r}: ${line(m)}`))
    const cols = METRICS.map((_, i) => per.map((m) => m[i]!))
    out.push(`  ${name} (${n} parts) mean:     ${line(cols.map(mean))}`)
    if (runs.length > 1) {
      out.push(`  ${name} (${n} parts) range:    ${line(cols.map((c) => Math.max(...c) - Math.min(...c)))}`)
      out.push(`  ${name} (${n} parts) sd:       ${line(cols.map((c) => Math.sqrt(mean(c.map((x) => (x - mean(c)) ** 2)))))}`)
    }
  }
  if (runs.length > 1) {
    out.push('  each part, averaged over the repeats:')
    for (const p of Object.keys(runs[0]!)) out.push(`  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${line(METRICS.map((k) => mean(runs.map((f) => f[p]![k]!))))}`)
  }
  return `${out.join('\n')}\n`
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'folds', 'label', 'data', 'epochs', 'l2', 'min-count', 'min-articles', 'check', 'min-support', 'min-share', 'own-max', 'propose-min', 'propose-max', 'orders', 'leave-out', 'replace-min', 'cue-support', 'cue-share', 'cue-pos', 'split-support', 'split-share', 'l2-count', 'show-features', 'repeats'])
  // check parts: scored like the others, never trained on; the thresholds are chosen on the rest, their objective reported apart
  const check = new Set(typeof o['check'] === 'string' ? o['check'].split(',') : [])
  const dataDir = resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data'))
  const listed = typeof o['parts'] === 'string' ? (o['parts'].split(',') as TrainingPart[]) : [...REAL_NEWS_PARTS, ...VOA_PARTS].filter(partAvailable)
  // the check parts are read and scored, never trained on (scorer, code table, written model); the party ranker's
  // out-of-fold choice (train-parties.ts) still sees them in the other folds
  const wanted = listed.filter((p) => !check.has(p))
  const read = [...wanted, ...[...check].filter((p) => !wanted.includes(p as TrainingPart))] as TrainingPart[]
  const folds = Number(o['folds'] ?? 5)
  const loose = o['strict'] !== true
  const label = o['label'] === 'dyad' ? 'dyad' : 'root'
  const opts: TrainOptions = { epochs: Number(o['epochs'] ?? 10), l2: Number(o['l2'] ?? 0.1), minCount: Number(o['min-count'] ?? 2), orders: Number(o['orders'] ?? ORDERS) || undefined, minArticles: Number(o['min-articles'] ?? MIN_ARTICLES) || undefined, floored: isWordFeature, l2Count: Number(o['l2-count'] ?? L2_COUNT) || undefined, l2Scaled: o['l2-all'] === true ? undefined : isReadingFeature }
  const parts: PartData[] = []
  // the candidates are read without the shipped code table; its alternatives are added below, out of fold
  useCodeTable(null)
  useProposer(null)
  for (const part of read) {
    process.stderr.write(`reading ${part} …\n`)
    const d = await partData(part, dataDir, o['fresh'] === true, loose)
    parts.push(o['recode'] === true ? recoded(d, loose) : d)
  }
  for (const d of parts) for (const a of d.articles) voiceOf.set(a.doc.article.id, articleVoice(a.doc))
  const base: readonly PartData[] = [...parts]
  // `--repeats R`: the whole out-of-fold measurement R times, repeat r on the folds of scorer/train.ts `foldOf(…, r)`
  // (repeat 0 the usual ones; only it writes the model and prints the error tables), figures averaged per part
  const repeats = Math.max(1, Number(o['repeats'] ?? 1))
  const run = (r: number): Record<string, Record<string, number>> => {
    const parts = [...base]
    const foldOfArt = (art: string) => foldOf(art, folds, r)
    if (repeats > 1) process.stdout.write(`repeat ${r} of ${repeats} (folds ${r === 0 ? 'as before' : `hashed with ${r}`})\n`)
    // the learned cues (alternatives.ts `learnedCue`): each part coded again with the cues of the parts of other folds
    const cueSupport = Number(o['cue-support'] ?? CUE_SUPPORT)
    const cueShare = Number(o['cue-share'] ?? CUE_SHARE)
    const cues = loose && o['recode'] === true && o['no-learned-cues'] !== true ? uncodedCues(parts.filter((d) => !check.has(d.part)), typeof o['cue-pos'] === 'string' ? new Set(o['cue-pos'].split(',')) : CUE_POS, o['no-cue-frames'] !== true) : undefined
    // the split cues (src/events/split-codes.ts; `--no-splits` leaves them out): the roots the golds split a cue lemma
    // between, proposed beside each candidate's own, learned from the parts of the other folds as the learned cues are
    const splitEv = loose && o['recode'] === true && o['no-splits'] !== true ? splitEvidence(parts.filter((d) => !check.has(d.part))) : undefined
    const splits = splitEv ? { ev: splitEv, minSupport: Number(o['split-support'] ?? SPLIT_SUPPORT), minShare: Number(o['split-share'] ?? SPLIT_SHARE), loose: o['split-own'] !== true } : undefined
    if (cues || splits) parts.splice(0, parts.length, ...withLearnedCues(parts, cues, folds, (p) => check.has(p), cueSupport, cueShare, splits, r))
    // the learned code alternatives (src/events/alternatives.ts), each article's from the other folds' corrections only
    const learned = loose && o['no-learned-codes'] !== true ? corrections(parts.filter((d) => !check.has(d.part))) : undefined
    const minSupport = Number(o['min-support'] ?? MIN_SUPPORT)
    const minShare = Number(o['min-share'] ?? MIN_SHARE)
    if (learned) parts.splice(0, parts.length, ...withLearnedAlternatives(parts, learned, foldOfArt, folds, minSupport, minShare))
    // the learned root proposer (src/events/proposer): its alternatives, each article's from the other folds' model
    // (its features are read while the parts are coded again: `--recode`; `--no-proposer` leaves it out)
    const propose = loose && o['recode'] === true && o['no-proposer'] !== true
    const proposed = propose ? withProposals(parts, foldOfArt, folds, (p) => check.has(p),
      Number(o['propose-min'] ?? PROPOSE_MIN), Number(o['propose-max'] ?? PROPOSE_MAX), { ...opts, minArticles: undefined, floored: undefined, l2Count: undefined },
      o['replace-min'] === undefined ? undefined : Number(o['replace-min']), o['replace-swap'] === true) : undefined
    if (proposed) parts.splice(0, parts.length, ...proposed.parts)
    // the stage re-chooses the parties before scoring: the scorer learns from the ranker's parties, chosen out of fold
    // (with the ranker's own training settings, scripts/train-parties.ts, whatever the scorer's are)
    if (o['no-parties'] !== true) parts.splice(0, parts.length, ...rankedOutOfFold(parts, folds, defaultPartyModel().ownBonus, RANKER_OPTIONS, undefined, r))
    const xs = parts.flatMap((d) => examplesOf(d, label))
    process.stderr.write(`${xs.length} coded events, ${xs.filter((x) => x.label).length} positive, ${new Set(xs.map((x) => x.group)).size} articles\n`)
    if (r === 0 && typeof o['show-features'] === 'string') process.stdout.write(featureTable(xs, o['show-features'].split(',')))
    const byGenre = o['by-genre'] === true
    const heldOut = (x: Labelled) => check.has(x.group.split(':')[0]!)
    // `--leave-out n`: about one example in n left out of the scorer's training (still scored): the order noise's probe
    const leaveOut = Number(o['leave-out'] ?? 0)
    const left = (x: Labelled) => leaveOut > 0 && stableHash(`leave:${x.id}`) % leaveOut === 0
    if (r === 0 && leaveOut > 0) process.stderr.write(`${xs.filter(left).length} examples left out of training\n`)
    const oof = outOfFold(xs, byGenre ? 2 : folds, opts, byGenre, heldOut, left, r)
    const looseIds = new Set(parts.flatMap((d) => d.articles.flatMap((a) => a.loose)))
    if (r === 0 && o['dump'] === true) {
      const byId = new Map(parts.flatMap((d) => d.articles.flatMap((a) => a.coded)).map((e) => [e.id, e]))
      for (const x of [...xs].sort((a, b) => oof.get(a.id)! - oof.get(b.id)!)) {
        const e = byId.get(x.id)!
        process.stdout.write(`${oof.get(x.id)!.toFixed(2)} ${x.label} ${x.group.split(':')[0]} ${looseIds.has(e.id) ? 'loose' : 'own'} ${e.cameo} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'} "${e.cue.text}" ${e.modality}\n`)
      }
    }
    // the coder's own events get a threshold too (nineteenth session, 41 tuning parts: 0.3 gains +0.6 on the tuning parts and
    // +0.05 on the check parts, precision +0.05 to +0.10); `--keep-coder` keeps them all (threshold 0), as before: the scorer
    // then judges only what the loose coder adds (ninth to eighteenth sessions, when filtering them gained little)
    // capped at 0.1 (`--own-max`): the tuning parts choose 0.25, which drops a seed claim's event ("a senior jihadist …
    // claimed" the infiltration; seeds 0.969 → 0.933); over 0.1 an alleged attack inside a claim goes too ("Hamas claimed
    // that Israeli troops attacked …", 0.126: events-syntax.test.ts); at 0.1 both hold and the check parts lose no root
    const ownMax = Number(o['own-max'] ?? 0.1)
    const grid = loose && o['keep-coder'] === true ? [0] : [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5].filter((t) => t <= ownMax + 1e-9)
    // events only the loose coder codes get a threshold of their own (1: none kept)
    const looseGrid = loose ? [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1] : [1]
    const rows = grid.flatMap((t) => looseGrid.map((tl) => ({ t, tl, fig: figures(parts, oof, t, tl, looseIds) })))
    const brief = (m: Record<string, number>) => ['rootAccuracy', 'dyadAccuracy', 'precision', 'eventRecall'].map((k) => m[k]!.toFixed(3)).join('/')
    process.stdout.write(`root/dyad/precision/eventRecall per part: ${parts.map((d) => d.part).join(', ')}\n`)
    for (const r of rows) process.stdout.write(`threshold ${r.t} loose ${r.tl}: objective ${r3(objective(r.fig)).toFixed(3)}  ${Object.values(r.fig).map(brief).join('  ')}\n`)
    const group = (fig: Record<string, Record<string, number>>, inCheck: boolean) => Object.fromEntries(Object.entries(fig).filter(([p]) => check.has(p) === inCheck))
    const best = rows.reduce((a, b) => (objective(group(b.fig, false)) > objective(group(a.fig, false)) + 1e-9 ? b : a))
    const groups = (fig: Record<string, Record<string, number>>) => `tuning ${r3(objective(group(fig, false)))}, check ${r3(objective(group(fig, true)))}; ${genres(fig)}`
    process.stdout.write(`chosen threshold ${best.t}, loose ${best.tl}: objective ${r3(objective(best.fig))} (${groups(best.fig)})\n`)
    // a loose threshold per voice of article, each chosen on the tuning parts with the other voice's held (the genres differ)
    let byVoice: Record<Voice, number> = { first: best.tl, third: best.tl }
    let voiceFig = best.fig
    for (const v of ['first', 'third'] as const) {
      for (const tl of looseGrid) {
        const fig = figures(parts, oof, best.t, { ...byVoice, [v]: tl }, looseIds)
        if (objective(group(fig, false)) > objective(group(voiceFig, false)) + 1e-9) { byVoice = { ...byVoice, [v]: tl }; voiceFig = fig }
      }
    }
    // opt-in: chosen on the tuning parts they gained there (press releases +0.009 per part) and lost on the check parts (seventeenth session)
    const perVoice = o['voice-thresholds'] === true && voiceFig !== best.fig
    process.stdout.write(`loose threshold per voice ${JSON.stringify(byVoice)}: objective ${r3(objective(voiceFig))} (${groups(voiceFig)})${perVoice ? '' : ' (not used)'}\n`)
    const tl: LooseThreshold = perVoice ? byVoice : best.tl
    // the coder's own events' threshold per voice (unless --keep-coder), chosen the same way; used with --voice-own
    let ownByVoice: Record<Voice, number> = { first: best.t, third: best.t }
    let ownFig = perVoice ? voiceFig : best.fig
    for (const v of grid.length > 1 ? (['first', 'third'] as const) : []) {
      for (const t of grid) {
        const fig = figures(parts, oof, { ...ownByVoice, [v]: t }, tl, looseIds)
        if (objective(group(fig, false)) > objective(group(ownFig, false)) + 1e-9) { ownByVoice = { ...ownByVoice, [v]: t }; ownFig = fig }
      }
    }
    const perVoiceOwn = o['voice-own'] === true && ownFig !== (perVoice ? voiceFig : best.fig)
    if (grid.length > 1) process.stdout.write(`own threshold per voice ${JSON.stringify(ownByVoice)}: objective ${r3(objective(ownFig))} (${groups(ownFig)})${perVoiceOwn ? '' : ' (not used)'}\n`)
    const t: LooseThreshold = perVoiceOwn ? ownByVoice : best.t
    const chosenFig = perVoiceOwn ? ownFig : perVoice ? voiceFig : best.fig
    // one code per reading: an own event dropped where a kept alternative of its reading outscores it (src/events/alternatives.ts)
    const byPart = new Map(parts.map((d) => [d.part, d]))
    const keepBest = keeper(oof, t, tl, looseIds)
    const droppedIn = (scope: 'own' | 'all') => new Set(parts.flatMap((d) => [...outscored(d.sys.events, looseIds, (e) => oof.get(e.id) ?? 1, keepBest, scope)]))
    const droppedOwn = droppedIn('own')
    const droppedAll = droppedIn('all')
    const ownFig1 = figures([...byPart.values()], oof, t, tl, looseIds, droppedOwn)
    const allFig = figures([...byPart.values()], oof, t, tl, looseIds, droppedAll)
    process.stdout.write(`one code per reading, every event (${droppedAll.size} events outscored): objective ${r3(objective(allFig))} (${groups(allFig)})\n`)
    for (const [p, m] of Object.entries(allFig)) process.stdout.write(`  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${METRICS.map((k) => m[k]!.toFixed(3)).join(' / ')}\n`)
    // the scope of one code per reading: every event's where split cues propose beside the loose coder's own readings too
    // (a split's alternative and the loose reading it was proposed beside are two codes of one reading), else the own events'
    const scope: 'own' | 'all' = splits?.loose && o['one-code-own'] !== true ? 'all' : 'own'
    const dropped = scope === 'all' ? droppedAll : droppedOwn
    const oneFig = scope === 'all' ? allFig : ownFig1
    process.stdout.write(`one code per reading (${dropped.size} ${scope === 'all' ? 'events' : 'own events'} outscored, scope ${scope}): objective ${r3(objective(oneFig))} (${groups(oneFig)})\n`)
    for (const [p, m] of Object.entries(oneFig)) process.stdout.write(`  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${METRICS.map((k) => m[k]!.toFixed(3)).join(' / ')}\n`)
    for (const [p, m] of Object.entries(chosenFig)) process.stdout.write(`  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${METRICS.map((k) => m[k]!.toFixed(3)).join(' / ')}\n`)
    if (r === 0 && o['misses'] === true) {
      const rows = parts.flatMap((d) => classifyMisses(d, keeper(oof, t, tl, looseIds)))
      // the table over the tuning parts only, and their MISS lines only (the check parts' errors are not read)
      const tuning = rows.filter((r) => !check.has(r.part))
      process.stdout.write(`${missReport(tuning)}\n${wrongCodeReport(tuning)}\n${wrongCodeFrames(tuning)}\n`)
      for (const r of rows) if (r.kind !== 'hit' && !check.has(r.part)) process.stderr.write(`MISS ${r.part} ${r.kind}${r.linked ? '+cue' : ''} ${r.goldRoot} [${r.candRoots.join(',')}] ${r.what} | ${r.sentence}\n`)
    }
    // the wrong roots of the tuning parts only (the check parts' errors are not read)
    if (r === 0 && o['roots'] === true) process.stdout.write(`${rootReport(parts.filter((d) => !check.has(d.part)).flatMap((d) => rootMisses(d, keeper(oof, t, tl, looseIds))))}\n`)
    // one code per reading when the tuning parts do not lose by it (ties keep it: a reading with one code is what the gold has)
    // (always with split cues beside loose readings: a split's codes compete for one reading by design, and keeping both
    // costs the precision the splits must not cost; the tuning parts are all but indifferent, docs/events.md 27th session)
    const oneCode = scope === 'all' || objective(group(oneFig, false)) >= objective(group(chosenFig, false)) - 1e-9
    // the kept events no gold coding matches, by kind and cue (tuning parts only; the examples go to stderr)
    if (r === 0 && o['spurious'] === true) {
      const rows = parts.filter((d) => !check.has(d.part)).flatMap((d) => spuriousRows(d, keeper(oof, t, tl, looseIds, oneCode ? dropped : new Set())))
      process.stdout.write(`${spuriousReport(rows)}\n`)
      for (const r of rows) process.stderr.write(`SPURIOUS ${r.part} ${r.kind} [${r.cue}${r.report ? '+report' : ''}] ${r.example}\n`)
    }
    if (o['no-write'] === true || r > 0) return oneFig
    const trained = xs.filter((x) => !heldOut(x))
    const model = {
      ...trainScorer(trained, best.t, opts), ...(loose ? { loose: true, looseThreshold: best.tl } : {}), ...(loose && perVoice ? { looseThresholds: byVoice } : {}),
      ...(perVoiceOwn ? { thresholds: ownByVoice } : {}), ...(oneCode ? { oneCodePerReading: true, ...(scope === 'all' ? { oneCodeScope: 'all' as const } : {}) } : {}),
    }
    writeFileSync(join(root, 'models', 'events', 'scorer.json'), `${JSON.stringify(model)}\n`)
    if (proposed) writeFileSync(join(root, 'models', 'events', 'proposer.json'), `${JSON.stringify(proposed.model)}\n`)
    if (learned) {
      const split = splits ? { splits: splitTable(splits.ev, splits.minSupport, splits.minShare), splitLoose: splits.loose } : {}
      writeFileSync(join(root, 'models', 'events', 'codes.json'), `${JSON.stringify({ ...codeTable(learned, minSupport, () => false, minShare), ...(cues ? { uncoded: cueTable(cues, cueSupport, cueShare) } : {}), ...split })}\n`)
    }
    const meta = {
      model: 'events scorer: logistic regression over event and parse features (src/events/scorer/features.ts)',
      trainedOn: wanted, label, loose, options: opts, folds, examples: trained.length, positives: trained.filter((x) => x.label).length,
      articles: new Set(trained.map((x) => x.group)).size, features: Object.keys(model.weights).length, threshold: best.t, looseThreshold: best.tl, ...(perVoice ? { looseThresholds: byVoice } : {}),
      // out of fold; `coderAlone`: the strict coder's events, unfiltered (what main's coder scores)
      crossValidation: { coderAlone: figures(parts, oof, 0, 1, looseIds), chosen: chosenFig },
    }
    writeFileSync(join(root, 'models', 'events', 'meta.json'), `${JSON.stringify(meta, null, 1)}\n`)
    process.stdout.write(`wrote models/events/scorer.json (${Object.keys(model.weights).length} features)\n`)
    return oneFig
  }
  const runs = Array.from({ length: repeats }, (_, r) => run(r))
  process.stdout.write(repeatReport(runs, check))
}

await main()
