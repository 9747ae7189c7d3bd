/**
 * The command line of scripts/train-events.ts (its header lists the options), read once into one record, and the
 * defaults of its options that were chosen by measurement (docs/events.md).
 * @module
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isReadingFeature, isWordFeature } from '../src/events/scorer/features.js'
import type { TrainOptions } from '../src/events/scorer/train.js'
import { partAvailable, REAL_NEWS_PARTS, VOA_PARTS, type TrainingPart } from './event-training-data.js'
import { scriptArgs } from './script-args.js'
import { SPLIT_SHARE, SPLIT_SUPPORT } from './train-events-splits.js'
import { CUE_POS, CUE_SHARE, CUE_SUPPORT, MIN_SHARE, MIN_SUPPORT } from './train-events-codes.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The root proposer's threshold and most roots per candidate (`--propose-min`, `--propose-max`). */
const PROPOSE_MIN = 0.3
const PROPOSE_MAX = 2
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

/** What is learned beside the scorer, each out of fold (`--recode` and the loose coder unless said): the options that rule it. */
export interface Learning {
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
export interface Settings {
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
  /** The scorer's folds: by genre (`--by-genre`); about one example in n left out of its training (`--leave-out n`). */
  readonly byGenre: boolean
  readonly leaveOut: number
  /** The thresholds' choice: the own events' cap, all kept, per voice (loose, own), one code per reading on own events only. */
  readonly ownMax: number
  readonly keepCoder: boolean
  readonly voiceThresholds: boolean
  readonly voiceOwn: boolean
  readonly oneCodeOwn: boolean
  /** What repeat 0 prints beside the figures, and whether it writes the model. */
  readonly showFeatures: readonly string[] | undefined
  readonly dump: boolean
  readonly misses: boolean
  readonly roots: boolean
  readonly spurious: boolean
  readonly write: boolean
}

/** The options that take a value; every other `--name` is a flag. */
const VALUED = ['parts', 'folds', 'label', 'data', 'epochs', 'l2', 'min-count', 'min-articles', 'check', 'min-support', 'min-share', 'own-max', 'propose-min', 'propose-max', 'orders', 'leave-out', 'replace-min', 'cue-support', 'cue-share', 'cue-pos', 'split-support', 'split-share', 'l2-count', 'show-features', 'repeats']

export function settingsOf(argv: readonly string[]): Settings {
  const o = scriptArgs(argv, VALUED)
  const flag = (name: string) => o[name] === true
  const check = new Set(typeof o['check'] === 'string' ? o['check'].split(',') : [])
  const listed = typeof o['parts'] === 'string' ? (o['parts'].split(',') as TrainingPart[]) : [...REAL_NEWS_PARTS, ...VOA_PARTS].filter(partAvailable)
  // the check parts are read and scored, never trained on (scorer, code table, written model); the party ranker's
  // out-of-fold choice (train-parties.ts) still sees them in the other folds
  const wanted = listed.filter((p) => !check.has(p))
  const read = [...wanted, ...[...check].filter((p) => !wanted.includes(p as TrainingPart))] as TrainingPart[]
  const loose = !flag('strict')
  return {
    check, dataDir: resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data')), wanted, read,
    fresh: flag('fresh'), recode: flag('recode'), folds: Number(o['folds'] ?? 5), loose, label: o['label'] === 'dyad' ? 'dyad' : 'root', opts: scorerOptions(o),
    repeats: Math.max(1, Number(o['repeats'] ?? 1)), learn: learningOf(o, loose),
    byGenre: flag('by-genre'), leaveOut: Number(o['leave-out'] ?? 0), ownMax: Number(o['own-max'] ?? 0.1), keepCoder: flag('keep-coder'),
    voiceThresholds: flag('voice-thresholds'), voiceOwn: flag('voice-own'), oneCodeOwn: flag('one-code-own'),
    showFeatures: typeof o['show-features'] === 'string' ? o['show-features'].split(',') : undefined,
    dump: flag('dump'), misses: flag('misses'), roots: flag('roots'), spurious: flag('spurious'), write: !flag('no-write'),
  }
}

/** The scorer's training options (meta.json `options` lists them in this order). */
function scorerOptions(o: Readonly<Record<string, string | boolean>>): TrainOptions {
  return {
    epochs: Number(o['epochs'] ?? 10), l2: Number(o['l2'] ?? 0.1), minCount: Number(o['min-count'] ?? 2), orders: Number(o['orders'] ?? ORDERS) || undefined,
    minArticles: Number(o['min-articles'] ?? MIN_ARTICLES) || undefined, floored: isWordFeature, l2Count: Number(o['l2-count'] ?? L2_COUNT) || undefined,
    l2Scaled: o['l2-all'] === true ? undefined : isReadingFeature,
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

