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
import { useProposer, type ProposerModel } from '../src/events/proposer/proposer.js'
import { SPLIT_SHARE, SPLIT_SUPPORT, splitEvidence, splitTable } from './train-events-splits.js'
import { codeTable, corrections, type Corrections, CUE_POS, CUE_SHARE, CUE_SUPPORT, cueTable, MIN_SHARE, MIN_SUPPORT, uncodedCues, withLearnedAlternatives, withLearnedCues, type SplitSettings, type UncodedCues } from './train-events-codes.js'

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
/** One part's line of metrics, marked when it is a check part. */
const partLine = (p: string, check: ReadonlySet<string>, values: string) => `  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${values}`
/** Every part's line of its figures. */
const partLines = (fig: Figures, check: ReadonlySet<string>) =>
  Object.entries(fig).map(([p, m]) => `${partLine(p, check, METRICS.map((k) => m[k]!.toFixed(3)).join(' / '))}\n`).join('')

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
    for (const p of Object.keys(runs[0]!)) out.push(partLine(p, check, line(METRICS.map((k) => mean(runs.map((f) => f[p]![k]!))))))
  }
  return `${out.join('\n')}\n`
}

/** What is learned beside the scorer, each out of fold (`--recode` and the loose coder unless said): the options that rule it. */
interface Learning {
  /** The learned cues (alternatives.ts `learnedCue`): whether, their parts of speech, frames, and their table's thresholds. */
  readonly cues: boolean
  readonly cuePos: ReadonlySet<string>
  readonly cueFrames: boolean
  readonly cueSupport: number
  readonly cueShare: number
  /** The split cues (src/events/split-codes.ts): whether, their table's thresholds, beside the loose readings too. */
  readonly splits: boolean
  readonly splitSupport: number
  readonly splitShare: number
  readonly splitLoose: boolean
  /** The learned code alternatives (src/events/alternatives.ts): whether, and their table's thresholds. */
  readonly codes: boolean
  readonly minSupport: number
  readonly minShare: number
  /** The learned root proposer (src/events/proposer): whether, its threshold, most roots, replacing. */
  readonly propose: boolean
  readonly proposeMin: number
  readonly proposeMax: number
  readonly replaceMin: number | undefined
  readonly replaceSwap: boolean
  /** The events' parties re-chosen by the party ranker (`--no-parties`: the coder's own). */
  readonly parties: boolean
}

/** The command line, read once (the header lists the options). */
interface Settings {
  /** The check parts: read and scored, never trained on; the thresholds are chosen on the rest. */
  readonly check: ReadonlySet<string>
  readonly dataDir: string
  /** The parts trained on, and every part read (those, then the check parts). */
  readonly wanted: readonly TrainingPart[]
  readonly read: readonly TrainingPart[]
  readonly fresh: boolean
  readonly recode: boolean
  readonly folds: number
  readonly loose: boolean
  readonly label: 'root' | 'dyad'
  readonly opts: TrainOptions
  readonly repeats: number
  readonly learn: Learning
  readonly byGenre: boolean
  readonly leaveOut: number
  readonly ownMax: number
  readonly keepCoder: boolean
  readonly voiceThresholds: boolean
  readonly voiceOwn: boolean
  readonly oneCodeOwn: boolean
  readonly showFeatures: readonly string[] | undefined
  readonly dump: boolean
  readonly misses: boolean
  readonly roots: boolean
  readonly spurious: boolean
  readonly write: boolean
}

const VALUED = ['parts', 'folds', 'label', 'data', 'epochs', 'l2', 'min-count', 'min-articles', 'check', 'min-support', 'min-share', 'own-max', 'propose-min', 'propose-max', 'orders', 'leave-out', 'replace-min', 'cue-support', 'cue-share', 'cue-pos', 'split-support', 'split-share', 'l2-count', 'show-features', 'repeats']

function settingsOf(argv: readonly string[]): Settings {
  const o = scriptArgs(argv, VALUED)
  const flag = (name: string) => o[name] === true
  const check = new Set(typeof o['check'] === 'string' ? o['check'].split(',') : [])
  const listed = typeof o['parts'] === 'string' ? (o['parts'].split(',') as TrainingPart[]) : [...REAL_NEWS_PARTS, ...VOA_PARTS].filter(partAvailable)
  // the check parts are read and scored, never trained on (scorer, code table, written model); the party ranker's
  // out-of-fold choice (train-parties.ts) still sees them in the other folds
  const wanted = listed.filter((p) => !check.has(p))
  const read = [...wanted, ...[...check].filter((p) => !wanted.includes(p as TrainingPart))] as TrainingPart[]
  const loose = !flag('strict')
  const opts: TrainOptions = { epochs: Number(o['epochs'] ?? 10), l2: Number(o['l2'] ?? 0.1), minCount: Number(o['min-count'] ?? 2), orders: Number(o['orders'] ?? ORDERS) || undefined, minArticles: Number(o['min-articles'] ?? MIN_ARTICLES) || undefined, floored: isWordFeature, l2Count: Number(o['l2-count'] ?? L2_COUNT) || undefined, l2Scaled: flag('l2-all') ? undefined : isReadingFeature }
  return {
    check, dataDir: resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data')), wanted, read,
    fresh: flag('fresh'), recode: flag('recode'), folds: Number(o['folds'] ?? 5), loose, label: o['label'] === 'dyad' ? 'dyad' : 'root', opts,
    repeats: Math.max(1, Number(o['repeats'] ?? 1)), learn: learningOf(o, loose),
    byGenre: flag('by-genre'), leaveOut: Number(o['leave-out'] ?? 0), ownMax: Number(o['own-max'] ?? 0.1), keepCoder: flag('keep-coder'),
    voiceThresholds: flag('voice-thresholds'), voiceOwn: flag('voice-own'), oneCodeOwn: flag('one-code-own'),
    showFeatures: typeof o['show-features'] === 'string' ? o['show-features'].split(',') : undefined,
    dump: flag('dump'), misses: flag('misses'), roots: flag('roots'), spurious: flag('spurious'), write: !flag('no-write'),
  }
}

function learningOf(o: Readonly<Record<string, string | boolean>>, loose: boolean): Learning {
  const flag = (name: string) => o[name] === true
  // the learned cues, split cues and proposer read the parses the parts are coded again from
  const recoding = loose && flag('recode')
  return {
    cues: recoding && !flag('no-learned-cues'), cuePos: typeof o['cue-pos'] === 'string' ? new Set(o['cue-pos'].split(',')) : CUE_POS, cueFrames: !flag('no-cue-frames'),
    cueSupport: Number(o['cue-support'] ?? CUE_SUPPORT), cueShare: Number(o['cue-share'] ?? CUE_SHARE),
    splits: recoding && !flag('no-splits'), splitSupport: Number(o['split-support'] ?? SPLIT_SUPPORT), splitShare: Number(o['split-share'] ?? SPLIT_SHARE), splitLoose: !flag('split-own'),
    codes: loose && !flag('no-learned-codes'), minSupport: Number(o['min-support'] ?? MIN_SUPPORT), minShare: Number(o['min-share'] ?? MIN_SHARE),
    propose: recoding && !flag('no-proposer'), proposeMin: Number(o['propose-min'] ?? PROPOSE_MIN), proposeMax: Number(o['propose-max'] ?? PROPOSE_MAX),
    replaceMin: o['replace-min'] === undefined ? undefined : Number(o['replace-min']), replaceSwap: flag('replace-swap'),
    parties: !flag('no-parties'),
  }
}

/** Every part read, candidates coded without the shipped code table and proposer; the voice of each article noted. */
async function readParts(s: Settings): Promise<readonly PartData[]> {
  const parts: PartData[] = []
  // the candidates are read without the shipped code table; its alternatives are added per repeat, out of fold
  useCodeTable(null)
  useProposer(null)
  for (const part of s.read) {
    process.stderr.write(`reading ${part} …\n`)
    const d = await partData(part, s.dataDir, s.fresh, s.loose)
    parts.push(s.recode ? recoded(d, s.loose) : d)
  }
  for (const d of parts) for (const a of d.articles) voiceOf.set(a.doc.article.id, articleVoice(a.doc))
  return parts
}

/** One repeat's candidates, and what was learned for them (repeat 0 writes it with the scorer). */
interface Prepared {
  readonly parts: readonly PartData[]
  readonly cues: UncodedCues | undefined
  readonly splits: SplitSettings | undefined
  readonly learned: Corrections | undefined
  readonly proposed: { readonly parts: PartData[]; readonly model: ProposerModel } | undefined
}

/** The parts' candidates with every learned alternative and the ranker's parties, each article's from the other folds. */
function prepareParts(base: readonly PartData[], s: Settings, r: number): Prepared {
  const { learn, folds, check } = s
  let parts: readonly PartData[] = base
  const foldOfArt = (art: string) => foldOf(art, folds, r)
  const isCheck = (p: string) => check.has(p)
  const tuning = () => parts.filter((d) => !isCheck(d.part))
  // the learned cues (alternatives.ts `learnedCue`): each part coded again with the cues of the parts of other folds
  const cues = learn.cues ? uncodedCues(tuning(), learn.cuePos, learn.cueFrames) : undefined
  // the split cues (src/events/split-codes.ts; `--no-splits` leaves them out): the roots the golds split a cue lemma
  // between, proposed beside each candidate's own, learned from the parts of the other folds as the learned cues are
  const splitEv = learn.splits ? splitEvidence(tuning()) : undefined
  const splits = splitEv ? { ev: splitEv, minSupport: learn.splitSupport, minShare: learn.splitShare, loose: learn.splitLoose } : undefined
  if (cues || splits) parts = withLearnedCues(parts, cues, folds, isCheck, learn.cueSupport, learn.cueShare, splits, r)
  // the learned code alternatives (src/events/alternatives.ts), each article's from the other folds' corrections only
  const learned = learn.codes ? corrections(tuning()) : undefined
  if (learned) parts = withLearnedAlternatives(parts, learned, foldOfArt, folds, learn.minSupport, learn.minShare)
  // the learned root proposer (src/events/proposer): its alternatives, each article's from the other folds' model
  // (its features are read while the parts are coded again: `--recode`; `--no-proposer` leaves it out)
  const proposed = learn.propose ? withProposals(parts, foldOfArt, folds, isCheck, learn.proposeMin, learn.proposeMax,
    { ...s.opts, minArticles: undefined, floored: undefined, l2Count: undefined }, learn.replaceMin, learn.replaceSwap) : undefined
  if (proposed) parts = proposed.parts
  // the stage re-chooses the parties before scoring: the scorer learns from the ranker's parties, chosen out of fold
  // (with the ranker's own training settings, scripts/train-parties.ts, whatever the scorer's are)
  if (learn.parties) parts = rankedOutOfFold(parts, folds, defaultPartyModel().ownBonus, RANKER_OPTIONS, undefined, r)
  return { parts, cues, splits, learned, proposed }
}

/** One repeat's examples, their out-of-fold probabilities, and the events only the loose coder codes. */
interface Scored {
  readonly xs: readonly Labelled[]
  readonly oof: ReadonlyMap<string, number>
  readonly looseIds: ReadonlySet<string>
  /** The check parts' examples: scored, never trained on. */
  readonly heldOut: (x: Labelled) => boolean
}

function scoreOutOfFold(parts: readonly PartData[], s: Settings, r: number): Scored {
  const xs = parts.flatMap((d) => examplesOf(d, s.label))
  process.stderr.write(`${xs.length} coded events, ${xs.filter((x) => x.label).length} positive, ${new Set(xs.map((x) => x.group)).size} articles\n`)
  if (r === 0 && s.showFeatures) process.stdout.write(featureTable(xs, s.showFeatures))
  const heldOut = (x: Labelled) => s.check.has(x.group.split(':')[0]!)
  // `--leave-out n`: about one example in n left out of the scorer's training (still scored): the order noise's probe
  const left = (x: Labelled) => s.leaveOut > 0 && stableHash(`leave:${x.id}`) % s.leaveOut === 0
  if (r === 0 && s.leaveOut > 0) process.stderr.write(`${xs.filter(left).length} examples left out of training\n`)
  const oof = outOfFold(xs, s.byGenre ? 2 : s.folds, s.opts, s.byGenre, heldOut, left, r)
  const looseIds = new Set(parts.flatMap((d) => d.articles.flatMap((a) => a.loose)))
  if (r === 0 && s.dump) process.stdout.write(dumpLines(parts, xs, oof, looseIds))
  return { xs, oof, looseIds, heldOut }
}

/** Every example by its out-of-fold probability (`--dump`). */
function dumpLines(parts: readonly PartData[], xs: readonly Labelled[], oof: ReadonlyMap<string, number>, looseIds: ReadonlySet<string>): string {
  const byId = new Map(parts.flatMap((d) => d.articles.flatMap((a) => a.coded)).map((e) => [e.id, e]))
  return [...xs].sort((a, b) => oof.get(a.id)! - oof.get(b.id)!).map((x) => {
    const e = byId.get(x.id)!
    return `${oof.get(x.id)!.toFixed(2)} ${x.label} ${x.group.split(':')[0]} ${looseIds.has(e.id) ? 'loose' : 'own'} ${e.cameo} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'} "${e.cue.text}" ${e.modality}\n`
  }).join('')
}

/** The objective of the tuning parts alone (`inCheck`: of the check parts alone). */
const groupObjective = (fig: Figures, check: ReadonlySet<string>, inCheck = false) => objective(Object.fromEntries(Object.entries(fig).filter(([p]) => check.has(p) === inCheck)))
/** Each group's objective and each genre's. */
const groupsLine = (fig: Figures, check: ReadonlySet<string>) => `tuning ${r3(groupObjective(fig, check))}, check ${r3(groupObjective(fig, check, true))}; ${genres(fig)}`

/** The chosen thresholds (the coder's own events', the loose ones'; one, or one per voice of article) and their figures. */
interface Chosen {
  readonly best: { readonly t: number; readonly tl: number; readonly fig: Figures }
  readonly byVoice: Record<Voice, number>
  readonly perVoice: boolean
  readonly ownByVoice: Record<Voice, number>
  readonly perVoiceOwn: boolean
  readonly t: LooseThreshold
  readonly tl: LooseThreshold
  readonly fig: Figures
}

/** The grids of thresholds: the coder's own events' and the loose coder's. */
function grids(s: Settings): { readonly grid: readonly number[]; readonly looseGrid: readonly number[] } {
  // the coder's own events get a threshold too (nineteenth session, 41 tuning parts: 0.3 gains +0.6 on the tuning parts and
  // +0.05 on the check parts, precision +0.05 to +0.10); `--keep-coder` keeps them all (threshold 0), as before: the scorer
  // then judges only what the loose coder adds (ninth to eighteenth sessions, when filtering them gained little)
  // capped at 0.1 (`--own-max`): the tuning parts choose 0.25, which drops a seed claim's event ("a senior jihadist …
  // claimed" the infiltration; seeds 0.969 → 0.933); over 0.1 an alleged attack inside a claim goes too ("Hamas claimed
  // that Israeli troops attacked …", 0.126: events-syntax.test.ts); at 0.1 both hold and the check parts lose no root
  const grid = s.loose && s.keepCoder ? [0] : [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5].filter((t) => t <= s.ownMax + 1e-9)
  // events only the loose coder codes get a threshold of their own (1: none kept)
  const looseGrid = s.loose ? [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1] : [1]
  return { grid, looseGrid }
}

/** Every pair of thresholds' figures, printed, and the pair the tuning parts' objective chooses. */
function bestPair(parts: readonly PartData[], sc: Scored, s: Settings): Chosen['best'] {
  const { grid, looseGrid } = grids(s)
  const rows = grid.flatMap((t) => looseGrid.map((tl) => ({ t, tl, fig: figures(parts, sc.oof, t, tl, sc.looseIds) })))
  const brief = (m: Record<string, number>) => ['rootAccuracy', 'dyadAccuracy', 'precision', 'eventRecall'].map((k) => m[k]!.toFixed(3)).join('/')
  process.stdout.write(`root/dyad/precision/eventRecall per part: ${parts.map((d) => d.part).join(', ')}\n`)
  for (const r of rows) process.stdout.write(`threshold ${r.t} loose ${r.tl}: objective ${r3(objective(r.fig)).toFixed(3)}  ${Object.values(r.fig).map(brief).join('  ')}\n`)
  const best = rows.reduce((a, b) => (groupObjective(b.fig, s.check) > groupObjective(a.fig, s.check) + 1e-9 ? b : a))
  process.stdout.write(`chosen threshold ${best.t}, loose ${best.tl}: objective ${r3(objective(best.fig))} (${groupsLine(best.fig, s.check)})\n`)
  return best
}

/**
 * A threshold per voice of article, each chosen on the tuning parts with the other voice's held (the genres differ),
 * starting from `start` and its figures; `figuresAt` scores a choice.
 */
function perVoice(grid: readonly number[], start: number, startFig: Figures, check: ReadonlySet<string>, figuresAt: (t: Record<Voice, number>) => Figures): { readonly byVoice: Record<Voice, number>; readonly fig: Figures } {
  let byVoice: Record<Voice, number> = { first: start, third: start }
  let best = startFig
  for (const v of ['first', 'third'] as const) {
    for (const t of grid) {
      const fig = figuresAt({ ...byVoice, [v]: t })
      if (groupObjective(fig, check) > groupObjective(best, check) + 1e-9) { byVoice = { ...byVoice, [v]: t }; best = fig }
    }
  }
  return { byVoice, fig: best }
}

function chooseThresholds(parts: readonly PartData[], sc: Scored, s: Settings): Chosen {
  const { grid, looseGrid } = grids(s)
  const best = bestPair(parts, sc, s)
  // a loose threshold per voice of article
  const voice = perVoice(looseGrid, best.tl, best.fig, s.check, (tl) => figures(parts, sc.oof, best.t, tl, sc.looseIds))
  // opt-in: chosen on the tuning parts they gained there (press releases +0.009 per part) and lost on the check parts (seventeenth session)
  const usePerVoice = s.voiceThresholds && voice.fig !== best.fig
  process.stdout.write(`loose threshold per voice ${JSON.stringify(voice.byVoice)}: objective ${r3(objective(voice.fig))} (${groupsLine(voice.fig, s.check)})${usePerVoice ? '' : ' (not used)'}\n`)
  const tl: LooseThreshold = usePerVoice ? voice.byVoice : best.tl
  // the coder's own events' threshold per voice (unless --keep-coder), chosen the same way; used with --voice-own
  const looseFig = usePerVoice ? voice.fig : best.fig
  const own = grid.length > 1 ? perVoice(grid, best.t, looseFig, s.check, (t) => figures(parts, sc.oof, t, tl, sc.looseIds)) : { byVoice: { first: best.t, third: best.t }, fig: looseFig }
  const usePerVoiceOwn = s.voiceOwn && own.fig !== looseFig
  if (grid.length > 1) process.stdout.write(`own threshold per voice ${JSON.stringify(own.byVoice)}: objective ${r3(objective(own.fig))} (${groupsLine(own.fig, s.check)})${usePerVoiceOwn ? '' : ' (not used)'}\n`)
  return {
    best, byVoice: voice.byVoice, perVoice: usePerVoice, ownByVoice: own.byVoice, perVoiceOwn: usePerVoiceOwn,
    t: usePerVoiceOwn ? own.byVoice : best.t, tl, fig: usePerVoiceOwn ? own.fig : looseFig,
  }
}

/** One code per reading: its scope, the events it drops, its figures, and whether it is kept. */
interface OneCode {
  readonly scope: 'own' | 'all'
  readonly dropped: ReadonlySet<string>
  readonly fig: Figures
  readonly kept: boolean
}

/** One code per reading: an own event dropped where a kept alternative of its reading outscores it (src/events/alternatives.ts). */
function oneCodePerReading(parts: readonly PartData[], sc: Scored, s: Settings, c: Chosen, splits: SplitSettings | undefined): OneCode {
  const { oof, looseIds } = sc
  const byPart = new Map(parts.map((d) => [d.part, d]))
  const keepBest = keeper(oof, c.t, c.tl, looseIds)
  const droppedIn = (scope: 'own' | 'all') => new Set(parts.flatMap((d) => [...outscored(d.sys.events, looseIds, (e) => oof.get(e.id) ?? 1, keepBest, scope)]))
  const droppedOwn = droppedIn('own')
  const droppedAll = droppedIn('all')
  const ownFig = figures([...byPart.values()], oof, c.t, c.tl, looseIds, droppedOwn)
  const allFig = figures([...byPart.values()], oof, c.t, c.tl, looseIds, droppedAll)
  process.stdout.write(`one code per reading, every event (${droppedAll.size} events outscored): objective ${r3(objective(allFig))} (${groupsLine(allFig, s.check)})\n${partLines(allFig, s.check)}`)
  // the scope of one code per reading: every event's where split cues propose beside the loose coder's own readings too
  // (a split's alternative and the loose reading it was proposed beside are two codes of one reading), else the own events'
  const scope: 'own' | 'all' = splits?.loose && !s.oneCodeOwn ? 'all' : 'own'
  const dropped = scope === 'all' ? droppedAll : droppedOwn
  const fig = scope === 'all' ? allFig : ownFig
  process.stdout.write(`one code per reading (${dropped.size} ${scope === 'all' ? 'events' : 'own events'} outscored, scope ${scope}): objective ${r3(objective(fig))} (${groupsLine(fig, s.check)})\n`)
  process.stdout.write(`${partLines(fig, s.check)}${partLines(c.fig, s.check)}`)
  // one code per reading when the tuning parts do not lose by it (ties keep it: a reading with one code is what the gold has)
  // (always with split cues beside loose readings: a split's codes compete for one reading by design, and keeping both
  // costs the precision the splits must not cost; the tuning parts are all but indifferent, docs/events.md 27th session)
  const kept = scope === 'all' || groupObjective(fig, s.check) >= groupObjective(c.fig, s.check) - 1e-9
  return { scope, dropped, fig, kept }
}

/** The tuning parts' errors (`--misses`, `--roots`, `--spurious`); the check parts' errors are not read. */
function errorReports(parts: readonly PartData[], sc: Scored, s: Settings, c: Chosen, one: OneCode): void {
  const keep = (dropped?: ReadonlySet<string>) => keeper(sc.oof, c.t, c.tl, sc.looseIds, dropped)
  const tuningParts = parts.filter((d) => !s.check.has(d.part))
  if (s.misses) {
    const rows = parts.flatMap((d) => classifyMisses(d, keep()))
    // the table over the tuning parts only, and their MISS lines only
    const tuning = rows.filter((r) => !s.check.has(r.part))
    process.stdout.write(`${missReport(tuning)}\n${wrongCodeReport(tuning)}\n${wrongCodeFrames(tuning)}\n`)
    for (const r of rows) if (r.kind !== 'hit' && !s.check.has(r.part)) process.stderr.write(`MISS ${r.part} ${r.kind}${r.linked ? '+cue' : ''} ${r.goldRoot} [${r.candRoots.join(',')}] ${r.what} | ${r.sentence}\n`)
  }
  if (s.roots) process.stdout.write(`${rootReport(tuningParts.flatMap((d) => rootMisses(d, keep())))}\n`)
  // the kept events no gold coding matches, by kind and cue (the examples go to stderr)
  if (s.spurious) {
    const rows = tuningParts.flatMap((d) => spuriousRows(d, keep(one.kept ? one.dropped : new Set())))
    process.stdout.write(`${spuriousReport(rows)}\n`)
    for (const r of rows) process.stderr.write(`SPURIOUS ${r.part} ${r.kind} [${r.cue}${r.report ? '+report' : ''}] ${r.example}\n`)
  }
}

/** The final model (every example but the check parts'), the learned tables, and meta.json, into models/events. */
function writeModels(parts: readonly PartData[], p: Prepared, sc: Scored, s: Settings, c: Chosen, one: OneCode): void {
  const { best } = c
  const trained = sc.xs.filter((x) => !sc.heldOut(x))
  const model = {
    ...trainScorer(trained, best.t, s.opts), ...(s.loose ? { loose: true, looseThreshold: best.tl } : {}), ...(s.loose && c.perVoice ? { looseThresholds: c.byVoice } : {}),
    ...(c.perVoiceOwn ? { thresholds: c.ownByVoice } : {}), ...(one.kept ? { oneCodePerReading: true, ...(one.scope === 'all' ? { oneCodeScope: 'all' as const } : {}) } : {}),
  }
  const dir = join(root, 'models', 'events')
  writeFileSync(join(dir, 'scorer.json'), `${JSON.stringify(model)}\n`)
  if (p.proposed) writeFileSync(join(dir, 'proposer.json'), `${JSON.stringify(p.proposed.model)}\n`)
  if (p.learned) {
    const { learn } = s
    const split = p.splits ? { splits: splitTable(p.splits.ev, p.splits.minSupport, p.splits.minShare), splitLoose: p.splits.loose } : {}
    writeFileSync(join(dir, 'codes.json'), `${JSON.stringify({ ...codeTable(p.learned, learn.minSupport, () => false, learn.minShare), ...(p.cues ? { uncoded: cueTable(p.cues, learn.cueSupport, learn.cueShare) } : {}), ...split })}\n`)
  }
  const meta = {
    model: 'events scorer: logistic regression over event and parse features (src/events/scorer/features.ts)',
    trainedOn: s.wanted, label: s.label, loose: s.loose, options: s.opts, folds: s.folds, examples: trained.length, positives: trained.filter((x) => x.label).length,
    articles: new Set(trained.map((x) => x.group)).size, features: Object.keys(model.weights).length, threshold: best.t, looseThreshold: best.tl, ...(c.perVoice ? { looseThresholds: c.byVoice } : {}),
    // out of fold; `coderAlone`: the strict coder's events, unfiltered (what main's coder scores)
    crossValidation: { coderAlone: figures(parts, sc.oof, 0, 1, sc.looseIds), chosen: c.fig },
  }
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 1)}\n`)
  process.stdout.write(`wrote models/events/scorer.json (${Object.keys(model.weights).length} features)\n`)
}

/**
 * One repeat of the out-of-fold measurement, on the folds of scorer/train.ts `foldOf(…, r)` (repeat 0 the usual ones;
 * only it prints the error tables and writes the model): its one-code figures per part.
 */
function runRepeat(base: readonly PartData[], s: Settings, r: number): Figures {
  if (s.repeats > 1) process.stdout.write(`repeat ${r} of ${s.repeats} (folds ${r === 0 ? 'as before' : `hashed with ${r}`})\n`)
  const prepared = prepareParts(base, s, r)
  const { parts } = prepared
  const scored = scoreOutOfFold(parts, s, r)
  const chosen = chooseThresholds(parts, scored, s)
  const one = oneCodePerReading(parts, scored, s, chosen, prepared.splits)
  if (r > 0) return one.fig
  errorReports(parts, scored, s, chosen, one)
  if (s.write) writeModels(parts, prepared, scored, s, chosen, one)
  return one.fig
}

async function main(): Promise<void> {
  const s = settingsOf(process.argv.slice(2))
  const base = await readParts(s)
  // `--repeats R`: the whole out-of-fold measurement R times, figures averaged per part
  const runs = Array.from({ length: s.repeats }, (_, r) => runRepeat(base, s, r))
  process.stdout.write(repeatReport(runs, s.check))
}

await main()
