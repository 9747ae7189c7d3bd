/**
 * Train the reporting-cue tagger (src/claims/cue-tagger.ts) on a PolNeAR-style brat corpus.
 *
 *   mkdir -p /tmp/polnear && tar xzf ../shared/data/polnear-train/polnear-train.tar.gz -C /tmp/polnear
 *   npx tsx scripts/train-cues.ts /tmp/polnear [--out src/claims/cue-tagger.weights.ts] [--tagger-epochs n] [--tagger-min-count n] [--tagger-threshold t]
 *
 * Uses only the tune sample (never the held-out 100 articles). Examples are the
 * verb-like tokens outside quotes that no lexicon cue covers (where the tagger
 * is asked at run time; the lexicon is the shipped one, so run learn-cues.ts
 * first); a token is positive when it lies inside a gold cue. Model: a binary
 * averaged perceptron over a fixed shuffled order, so a run is deterministic
 * (trainCueTagger in attribution-learning.ts). The settings default to the ones
 * chosen by cross-validation inside tune (cv-attribution.ts).
 */
import { writeFile } from 'node:fs/promises'
import { prepareTune, trainCueTagger } from './attribution-learning.js'
import { chainOptionsFromArgs } from './attribution-settings.js'
import { cueLexicon } from '../src/claims/lexicon.js'

const dir = process.argv[2]
if (!dir || dir.startsWith('--')) { console.error('usage: train-cues <brat-dir> [--out file] [--cache file] [settings]'); process.exit(2) }
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const outFile = arg('--out') ?? 'src/claims/cue-tagger.weights.ts'
const all = chainOptionsFromArgs(process.argv)
const o = all.tagger
const { weights, examples, positive } = trainCueTagger(await prepareTune(dir, arg('--cache')), cueLexicon(all.cues.threshold), o)
const keys = Object.keys(weights).sort()
const body = keys.map((k) => `    ${JSON.stringify(k)}: ${weights[k]},`).join('\n')
await writeFile(outFile, `/**
 * Weights of the reporting-cue tagger, trained by scripts/train-cues.ts on the
 * tune sample of PolNeAR (${o.epochs} epochs, ${examples} candidate tokens, ${positive} positive;
 * features seen fewer than ${o.minCount} times dropped).
 * A derived table of feature weights; no corpus text.
 * @module
 */
import type { CueTaggerModel } from './cue-tagger.js'

export const CUE_TAGGER_WEIGHTS: CueTaggerModel = {
  threshold: ${o.threshold},
  weights: {
${body}
  },
}
`)
console.log(`wrote ${keys.length} weights to ${outFile}`)
