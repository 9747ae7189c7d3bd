/**
 * Articles of Voice of America news rebuilt from the GMB extract (scripts only; the product never reads ../shared).
 * Used by the entity judge (`--source gmb:FROM:N`) and by the VOA news gold (`scripts/voa-news-texts.ts`).
 */
import { seededRandom } from '../src/ner/trainer.js'
import { readGmb } from './ner-corpora.js'

const GMB_FILE = new URL('../../shared/data/ner-gmb-kaggle/ner_dataset.csv.gz', import.meta.url).pathname

/** GMB's tokens joined back into text ("Mr. Gedi 's name ." → "Mr. Gedi's name."). */
export function detokenize(words: readonly string[]): string {
  return words.join(' ').replace(/ ([.,;:?!%)]|'s\b|n't\b|'re\b|'ll\b|'ve\b)/g, '$1').replace(/([($]) /g, '$1').replace(/ ' /g, "' ")
}

let gmbCache: ReturnType<typeof readGmb> | undefined
/** The GMB extract, read once per process (a training run asks for many regions). */
function gmbSentences(): ReturnType<typeof readGmb> {
  gmbCache ??= readGmb(GMB_FILE)
  return gmbCache
}

let unseenCache: Array<{ readonly index: number; readonly words: readonly string[] }> | undefined
/**
 * The extract's sentences NOT in the seeded third that train:ner learns from (the draw SEED + 1 over every sentence,
 * whatever the region), with their index: drawn once per process, as the VOA gold asks for 120 regions (1.1 CPU-s
 * when drawn again for each).
 */
function unseenSentences(): ReadonlyArray<{ readonly index: number; readonly words: readonly string[] }> {
  if (!unseenCache) {
    const pick = seededRandom(20260823 + 1)
    unseenCache = gmbSentences().flatMap((s, index) => (pick() < 1 / 3 ? [] : [{ index, words: s.words }]))
  }
  return unseenCache
}

/**
 * Articles of Voice of America news (public domain) from the GMB extract, for an entity sample on text no part of the
 * recogniser was trained or tuned on: from sentence FROM on, the sentences NOT in the seeded third that train:ner
 * learns from (the same draw, SEED + 1), `per` consecutive ones an article (the extract keeps story order but marks
 * no story ends, so an article may join the tail of one story to the head of the next); the first is the title.
 */
export function gmbArticles(spec: string): Array<{ id: string; title: string; text: string }> {
  const [, from] = spec.split(':').map(Number)
  return gmbArticleWords(spec).map(([title, ...rest], k) => ({ id: `gmb-${from}-${k}`, title: detokenize(title!), text: rest.map(detokenize).join(' ') }))
}

/** The same articles as token lists per sentence (the first is the title), for comparing recogniser outputs. */
export function gmbArticleWords(spec: string): Array<Array<readonly string[]>> {
  const [, from, count] = spec.split(':').map(Number)
  const per = 6
  const drawn = unseenSentences()
  let lo = 0, hi = drawn.length // the first unseen sentence at or after FROM
  while (lo < hi) { const mid = (lo + hi) >> 1; if (drawn[mid]!.index < from!) lo = mid + 1; else hi = mid }
  const unseen = drawn.slice(lo).map((s) => s.words)
  const out: Array<Array<readonly string[]>> = []
  for (let k = 0; k < count! && (k + 1) * per <= unseen.length; k++) out.push(unseen.slice(k * per, (k + 1) * per))
  return out
}
