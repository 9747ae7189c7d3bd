/**
 * Train the attribution filter (src/claims/attribution-filter.ts) on a PolNeAR-style brat corpus.
 *
 *   mkdir -p /tmp/polnear && tar xzf ../shared/data/polnear-train/polnear-train.tar.gz -C /tmp/polnear
 *   npx tsx scripts/train-attribution-filter.ts /tmp/polnear [--out src/claims/attribution-filter.weights.ts] [--filter-threshold p] [--filter-l2 x] …
 *
 * Uses only the tune sample (never the held-out 100 articles). Every attribution
 * the finder produces with the shipped lexicon and tagger (run learn-cues.ts and
 * train-cues.ts first) and the filter off is an example; it is positive when the
 * eval's pairing (src/eval/attribution.ts: content overlap, then source overlap
 * or the same resolved entity) counts its source right. Model: logistic
 * regression by SGD over a fixed shuffled order, so a run is deterministic
 * (trainAttributionFilter in attribution-learning.ts). The settings default to
 * the ones chosen by cross-validation inside tune (cv-attribution.ts).
 */
import { writeFile } from 'node:fs/promises'
import { prepareTune, trainAttributionFilter } from './attribution-learning.js'
import { chainOptionsFromArgs } from './attribution-settings.js'
import { cueLexicon } from '../src/claims/lexicon.js'
import { CueTagger } from '../src/claims/cue-tagger.js'

const dir = process.argv[2]
if (!dir || dir.startsWith('--')) { console.error('usage: train-attribution-filter <brat-dir> [--out file] [--cache file] [settings]'); process.exit(2) }
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const outFile = arg('--out') ?? 'src/claims/attribution-filter.weights.ts'
const all = chainOptionsFromArgs(process.argv)
const o = all.filter
const lexicon = cueLexicon(all.cues.threshold)
const tagger = all.tagger.use ? new CueTagger() : null
const { weights, examples, positive } = trainAttributionFilter(await prepareTune(dir, arg('--cache')), () => ({ lexicon, tagger }), o)
const keys = Object.keys(weights).sort()
const body = keys.map((k) => `    ${JSON.stringify(k)}: ${weights[k]},`).join('\n')
await writeFile(outFile, `/**
 * Weights of the attribution filter, trained by scripts/train-attribution-filter.ts on the
 * tune sample of PolNeAR (${o.epochs} epochs, ${examples} attributions, ${positive} with the right source;
 * L2 ${o.l2}, features seen fewer than ${o.minCount} times dropped).
 * A derived table of feature weights; no corpus text.
 * @module
 */
import type { AttributionFilterModel } from './attribution-filter.js'

export const ATTRIBUTION_FILTER_WEIGHTS: AttributionFilterModel = {
  threshold: ${o.threshold},
  weights: {
${body}
  },
}
`)
console.log(`wrote ${keys.length} weights to ${outFile}`)
