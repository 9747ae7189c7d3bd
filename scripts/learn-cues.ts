/**
 * Learn the reporting-cue word list from a PolNeAR-style brat corpus.
 *
 *   mkdir -p /tmp/polnear && tar xzf ../shared/data/polnear-train/polnear-train.tar.gz -C /tmp/polnear
 *   npx tsx scripts/learn-cues.ts /tmp/polnear [--out src/claims/cues.learned.ts] [--min 2] [--leave-out k/n]
 *
 * Uses only the tune sample (never the held-out 100 articles). For every gold
 * cue (its first fragment, as a sequence of lower-case tokens, at most 5) it
 * counts how often that sequence is a gold cue versus how often it occurs
 * outside quotes at all; the ratio is the cue's precision. Single-word cues are
 * counted only where the extractor accepts them (singleCueTokenOk: a verb, or a
 * noun-tagged word before "that").
 * Writes the sequences seen at least `--min` times (default 2) with a ratio of at
 * least 0.1. `--leave-out k/n` leaves every n-th tune article (from k) out, so a
 * threshold can be chosen on articles the list was not learned from.
 */
import { writeFile } from 'node:fs/promises'
import { readBratCorpus } from '../src/eval/attribution.js'
import { findQuotes, quoteIndexAt } from '../src/claims/quotes.js'
import { singleCueTokenOk } from '../src/claims/lexicon.js'
import { segmentText } from '../src/pipeline/stages/segment.js'

const dir = process.argv[2]
if (!dir) { console.error('usage: learn-cues <brat-dir> [--out file]'); process.exit(2) }
const outAt = process.argv.indexOf('--out')
const outFile = outAt > 0 ? process.argv[outAt + 1]! : 'src/claims/cues.learned.ts'
const MAX = 5
const minAt = process.argv.indexOf('--min')
const MIN = minAt > 0 ? Number(process.argv[minAt + 1]) : 2
const foldAt = process.argv.indexOf('--leave-out')
// --leave-out k/n: learn without every n-th tune article from k (for honest threshold tuning)
const [foldK, foldN] = foldAt > 0 ? process.argv[foldAt + 1]!.split('/').map(Number) as [number, number] : [-1, 0]
const corpus = (await readBratCorpus(dir, 'tune')).filter((_, i) => foldN === 0 || i % foldN !== foldK)
const gold = new Map<string, number>()
const seen = new Map<string, number>()
for (const art of corpus) {
  const { tokens } = segmentText(art.text)
  const quotes = findQuotes(art.text)
  const words = tokens.map((t) => art.text.slice(t.start, t.end).toLowerCase())
  const quoted = tokens.map((t) => quoteIndexAt(quotes, t.start) >= 0)
  const startAt = new Map<number, number>()
  tokens.forEach((t, i) => startAt.set(t.start, i))
  const goldKeys = new Set<string>()
  for (const a of art.gold) {
    const c = a.cue[0]
    if (!c) continue
    const i = startAt.get(c.start)
    if (i === undefined) continue
    let j = i
    while (j < tokens.length && tokens[j]!.end <= c.end) j++
    if (j - i < 1 || j - i > MAX) continue
    if (j - i === 1 && !singleCueTokenOk(tokens[i]!.pos, words[i + 1], tokens[i - 1]?.pos)) continue
    const key = words.slice(i, j).join(' ')
    gold.set(key, (gold.get(key) ?? 0) + 1)
    goldKeys.add(key)
  }
  // occurrences of every key anywhere outside quotes
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue
    for (let n = 1; n <= MAX && i + n <= tokens.length; n++) {
      if (n === 1 && !singleCueTokenOk(tokens[i]!.pos, words[i + 1], tokens[i - 1]?.pos)) continue
      const key = words.slice(i, i + n).join(' ')
      if (gold.has(key) || goldKeys.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
}
const rows: Array<[string, number, number]> = []
for (const [k, g] of gold) {
  const s = Math.max(seen.get(k) ?? g, g)
  if (g >= MIN && g / s >= 0.1 && /\p{L}/u.test(k)) rows.push([k, Math.round((g / s) * 1000) / 1000, g])
}
rows.sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]))
const body = rows.map(([k, p, g]) => `  [${JSON.stringify(k)}, ${p}], // ${g}`).join('\n')
await writeFile(outFile, `/**
 * Reporting cues learned from the PolNeAR train compartment (tune sample only) by
 * scripts/learn-cues.ts: [cue, precision], where precision is the share of the
 * cue's occurrences outside quotes that annotators marked as a cue; the comment
 * is how many gold cues it covers. A derived word list; no corpus text.
 * @module
 */
export const LEARNED_CUES: ReadonlyArray<readonly [string, number]> = [
${body}
]
`)
console.log(`wrote ${rows.length} cues to ${outFile}`)
