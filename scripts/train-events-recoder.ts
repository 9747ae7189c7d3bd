/**
 * Training of the learned re-coder (src/events/proposer/recoder.ts, stored in models/events/proposer.json), called by
 * `npm run train:events -- --recode --recoder-min p`. Every coder's own event of the training parts whose cue a gold
 * coding of its sentence repeats in its paraphrase (as the code table links corrections, train-events-codes.ts) is a
 * list: "keep" and the roots the golds gave the cue's lemma elsewhere. Keep is right when a linked gold coding has the
 * coder's root, or when no root of the list is a linked gold root no other candidate of the sentence has; a root is
 * right when it is such a gold root and the coder's root is none. One softmax over the lists (the party ranker's
 * listwise trainer, src/events/parties/train.ts). Deterministic.
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { trainListwise, type PartyList } from '../src/events/parties/train.js'
import type { TrainOptions } from '../src/events/scorer/train.js'
import { mayPropose } from '../src/events/proposer/proposer.js'
import { classFeatures, KEEP, recoded, recoderClasses, type RecoderModel } from '../src/events/proposer/recoder.js'
import { cueLemma } from './train-events-codes.js'
import type { PartData } from './event-training-data.js'

/** A root is a class of a lemma when the golds gave it (where the coder gave another) in this many articles. */
export const RECODER_MIN_SUPPORT = 2
/** The re-coder's training settings (the party ranker's: a softmax over a few options). */
export const RECODER_OPTIONS: TrainOptions = { epochs: 10, l2: 0.01, minCount: 2 }

export interface RecoderExample {
  readonly id: string; readonly art: string; readonly own: string; readonly lemma: string; readonly features: readonly string[]
  /** The roots of the gold codings that repeat the cue (→ a gold code of that root). */
  readonly linked: ReadonlyMap<string, string>
  /** The roots another candidate of the sentence has already. */
  readonly covered: ReadonlySet<string>
}

const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)

/** The examples of one part: each own event with the proposer's features whose cue a gold coding of its sentence repeats. */
export function recoderExamples(d: PartData): RecoderExample[] {
  const out: RecoderExample[] = []
  const golds = new Map<string, typeof d.gold.events>()
  for (const g of d.gold.events) golds.set(g.doc, [...(golds.get(g.doc) ?? []), g])
  for (const a of d.articles) {
    const doc = d.sys.docOf.get(a.doc.article.id)
    const text = doc ? d.texts.get(doc) ?? '' : ''
    const sentences = goldSentences(text)
    const gs = (doc ? golds.get(doc) ?? [] : []).map((g) => ({ g, s: anchorSentence(text, sentences, g.anchor), said: new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem)) }))
    for (const e of a.coded) {
      const features = a.proposer?.get(e.id)
      if (!features) continue
      const lemma = cueLemma(d, e)
      const linked = new Map<string, string>()
      for (const { g, s, said } of gs) {
        if (!s || e.cue.start < s.start || e.cue.start >= s.end) continue
        if (!said.has(stem(lemma)) && !e.cue.text.split(/\s+/).some((w) => said.has(stem(w)))) continue
        if (!linked.has(g.cameo_root)) linked.set(g.cameo_root, g.cameo)
      }
      if (!linked.size) continue
      const covered = new Set(a.coded.filter((x: Event) => x.id !== e.id && x.sentence.start === e.sentence.start && x.cue.start !== e.cue.start).map((x) => x.cameoRoot))
      out.push({ id: e.id, art: `${d.part}:${a.doc.article.id}`, own: e.cameoRoot, lemma, features, linked, covered })
    }
  }
  return out
}

/** The roots an example should have been given instead of its own (none when its own is a linked gold root). */
export const rightRoots = (x: RecoderExample): Set<string> =>
  x.linked.has(x.own) ? new Set() : new Set([...x.linked.keys()].filter((r) => !x.covered.has(r)))

/** Which classes of an example's list are right. */
export function rightClasses(x: RecoderExample, classes: readonly string[]): boolean[] {
  const roots = rightRoots(x)
  const some = classes.some((c) => c !== KEEP && roots.has(c))
  return classes.map((c) => (c === KEEP ? !some : roots.has(c)))
}

/** Classes and codes of the lemmas: gold roots seen in `minSupport` articles where the coder coded the lemma with another. */
function lemmaClasses(xs: readonly RecoderExample[], minSupport: number): Pick<RecoderModel, 'classes' | 'codes'> {
  const arts = new Map<string, Set<string>>()
  const codeCounts = new Map<string, Map<string, number>>()
  for (const x of xs) {
    for (const r of rightRoots(x)) {
      const k = `${x.lemma}|${r}`
      arts.set(k, (arts.get(k) ?? new Set<string>()).add(x.art))
      const m = codeCounts.get(k) ?? new Map<string, number>()
      m.set(x.linked.get(r)!, (m.get(x.linked.get(r)!) ?? 0) + 1)
      codeCounts.set(k, m)
    }
  }
  const classes: Record<string, string[]> = {}
  const codes: Record<string, string> = {}
  for (const [k, a] of [...arts].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
    if (a.size < minSupport) continue
    const [lemma, root] = k.split('|') as [string, string]
    classes[lemma] = [...(classes[lemma] ?? []), root]
    codes[k] = [...codeCounts.get(k)!].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))[0]![0]
  }
  return { classes, codes }
}

/** Train the re-coder on examples. */
export function trainRecoder(xs: readonly RecoderExample[], replaceMin: number, o: TrainOptions = RECODER_OPTIONS, minSupport = RECODER_MIN_SUPPORT): RecoderModel {
  const table = lemmaClasses(xs, minSupport)
  const lists: PartyList[] = []
  for (const x of xs) {
    const classes = recoderClasses(table, x.lemma, x.own, (r) => mayPropose(x.own, r))
    if (classes.length < 2) continue
    const right = rightClasses(x, classes)
    lists.push({ features: classes.map((c) => classFeatures(c, x.features)), right, group: x.art })
  }
  const m = trainListwise(lists, 0, o)
  return { replaceMin, ...table, weights: m.weights }
}

/** The code the re-coder gives an example instead of its own, or undefined. */
export const recoderChoice = (m: RecoderModel, x: { lemma: string; own: string; features: readonly string[] }): string | undefined =>
  recoded(m, x.lemma, x.own, x.features, (r) => mayPropose(x.own, r))

/**
 * `--recoder-grid`: what the re-coder would do out of fold on the trained parts at each threshold, before any scorer:
 * codes replaced, replaced by a root a gold coding links (a gain), replaced where the own root was linked (a loss).
 */
export function recoderGrid(parts: readonly PartData[], foldOf: (art: string) => number, folds: number, heldOut: (part: string) => boolean): string {
  const xs = parts.filter((d) => !heldOut(d.part)).flatMap(recoderExamples)
  const models = Array.from({ length: folds }, (_, k) => trainRecoder(xs.filter((x) => foldOf(x.art) !== k), 0))
  const lines = [`re-coder out of fold: ${xs.length} linked own events, ${xs.filter((x) => rightRoots(x).size).length} with a root to give instead`]
  for (const min of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    let replaced = 0, right = 0, wrong = 0
    for (const x of xs) {
      const code = recoderChoice({ ...models[foldOf(x.art)]!, replaceMin: min }, x)
      if (!code) continue
      replaced++
      if (rightRoots(x).has(code.slice(0, 2))) right++
      if (x.linked.has(x.own)) wrong++
    }
    lines.push(`  replaceMin ${min}: ${replaced} replaced, ${right} to a linked root, ${wrong} whose own root was linked`)
  }
  return lines.join('\n')
}
