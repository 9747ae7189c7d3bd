/**
 * Cross-validate the learned parts of attribution finding inside the tune sample.
 *
 *   mkdir -p /tmp/polnear && tar xzf ../shared/data/polnear-train/polnear-train.tar.gz -C /tmp/polnear
 *   npx tsx scripts/cv-attribution.ts /tmp/polnear [--folds 3] [--cache /tmp/attr-cv.json] [settings…]
 *
 * The tune articles (never the held-out 100) are split into `--folds` folds by
 * article (article i of the name-ordered tune sample goes to fold i % folds).
 * For each fold the whole learned chain is rebuilt on the other folds — the cue
 * list (learnCueList), then the cue tagger on that lexicon, then the attribution
 * filter on what that lexicon and tagger find — and the fold is scored with the
 * eval's rules (src/eval/attribution.ts). Prints per-fold figures, their mean and
 * the pooled counts; `--json` prints the result as one JSON line. The numbers
 * estimate how the shipped tables, learned the same way on all of tune, do on
 * articles they were not learned from.
 *
 * Settings (defaults are the shipped ones, see attribution-learning.ts; `--no-x` turns a switch off):
 *   --cue-min n --cue-min-articles n --cue-min-precision p --cue-smoothing n --cue-threshold p
 *   --[no-]cue-all-occurrences --no-cues
 *   --tagger-epochs n --tagger-min-count n --tagger-min-articles n --tagger-threshold t --no-tagger
 *   --filter-epochs n --filter-min-count n --filter-l2 x --filter-rate x --filter-threshold p
 *   --filter-cross-fit n --[no-]filter-prune-first --no-filter
 * The settings first shipped (before cross-validation):
 *   --no-cue-all-occurrences --cue-min-articles 1 --cue-threshold 0.2 --tagger-min-count 5 --tagger-threshold -1
 * Measured (3 folds, mean): first shipped settings content 0.7935 / source 0.6917 / cue 0.6967;
 * shipped now content 0.7940 / source 0.6939 / cue 0.6978 (~20 s with --cache).
 * `--cache file` keeps the resolution stages' output between runs (delete it after retraining NER).
 */
import { crossValidate, prepareTune, type ChainOptions, type AttributionScores } from './attribution-learning.js'
import { chainOptionsFromArgs } from './attribution-settings.js'

const dir = process.argv[2]
if (!dir || dir.startsWith('--')) { console.error('usage: cv-attribution <brat-dir> [--folds n] [--cache file] [--json] [settings]'); process.exit(2) }
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const folds = Number(arg('--folds') ?? 3)
const opts: ChainOptions = chainOptionsFromArgs(process.argv)
const arts = await prepareTune(dir, arg('--cache'))
const r = crossValidate(arts, opts, folds)
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ folds, settings: opts, ...r }))
} else {
  const line = (s: AttributionScores) => `content ${s.content.toFixed(4)}  source ${s.source.toFixed(4)} (P ${s.sourceP.toFixed(3)} R ${s.sourceR.toFixed(3)})  cue ${s.cue.toFixed(4)}  system ${Math.round(s.system)}`
  r.perFold.forEach((s, k) => console.log(`fold ${k}: ${line(s)}`))
  console.log(`mean:   ${line(r.mean)}`)
  console.log(`pooled: ${line(r.pooled)}`)
}
