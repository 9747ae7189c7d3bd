/**
 * Learn the reporting-cue word list from a PolNeAR-style brat corpus.
 *
 *   mkdir -p /tmp/polnear && tar xzf ../shared/data/polnear-train/polnear-train.tar.gz -C /tmp/polnear
 *   npx tsx scripts/learn-cues.ts /tmp/polnear [--out src/claims/cues.learned.ts] [--cue-min n] [--cue-min-articles n] …
 *
 * Uses only the tune sample (never the held-out 100 articles). For every gold
 * cue (its first fragment, as a sequence of lower-case tokens, at most 5) it
 * counts how often that sequence is a gold cue versus how often it occurs
 * outside quotes at all; the ratio is the cue's precision (learnCueList in
 * attribution-learning.ts). Single-word cues are counted only where the
 * extractor accepts them (singleCueTokenOk). The settings (attribution-settings.ts)
 * default to the ones chosen by cross-validation inside tune (cv-attribution.ts).
 * Retrain in order: learn-cues, then train-cues, then train-attribution-filter.
 */
import { writeFile } from 'node:fs/promises'
import { learnCueList, prepareTune } from './attribution-learning.js'
import { chainOptionsFromArgs } from './attribution-settings.js'

const dir = process.argv[2]
if (!dir || dir.startsWith('--')) { console.error('usage: learn-cues <brat-dir> [--out file] [--cache file] [settings]'); process.exit(2) }
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const outFile = arg('--out') ?? 'src/claims/cues.learned.ts'
const o = chainOptionsFromArgs(process.argv).cues
const rows = learnCueList(await prepareTune(dir, arg('--cache')), o)
const body = rows.map(([k, p, g]) => `  [${JSON.stringify(k)}, ${p}], // ${g}`).join('\n')
await writeFile(outFile, `/**
 * Reporting cues learned from the PolNeAR train compartment (tune sample only) by
 * scripts/learn-cues.ts: [cue, precision], where precision is the share of the
 * cue's occurrences outside quotes that annotators marked as a cue; the comment
 * is how many gold cues it covers. Kept: at least ${o.minCount} gold cues in at least
 * ${o.minArticles} articles, precision at least ${o.minPrecision}. A derived word list; no corpus text.
 * @module
 */
export const LEARNED_CUES: ReadonlyArray<readonly [string, number]> = [
${body}
]
`)
console.log(`wrote ${rows.length} cues to ${outFile}`)
