/**
 * Training of the learned root proposer (src/events/proposer/proposer.ts, models/events/proposer.json), called by
 * `npm run train:events` (with `--recode`: the proposer's features are read while the parts are coded again).
 * Every coder's own event of the training parts is an example: it is linked, as the learned code table links
 * corrections (train-events-codes.ts), to the gold codings of its sentence whose paraphrase repeats its cue; a root of
 * such a gold coding that no candidate of the sentence has is a positive of that root. One logistic regression per root
 * (src/events/scorer/train.ts), over the events whose own root is another. Deterministic.
 *
 * For cross-validation each article's proposals come from the models of the other folds (the check parts are never
 * trained on), added as loose events of the same reading, as the loose coder adds them.
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { cameoRoot } from '../src/events/cameo.js'
import { probability } from '../src/events/scorer/model.js'
import { trainScorer, type TrainOptions } from '../src/events/scorer/train.js'
import { mayPropose, type ProposerModel } from '../src/events/proposer/proposer.js'
import { cueLemma } from './train-events-codes.js'
import type { PartData } from './event-training-data.js'

interface ProposerExample { readonly id: string; readonly art: string; readonly own: string; readonly lemma: string; readonly features: string[]; readonly positives: ReadonlyMap<string, string> }

const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)

/** The intent root a root's act may be stated as (alternatives.ts proposes it by rule): never proposed here. */
const INTENT_ROOT: Readonly<Record<string, string>> = { '04': '03', '05': '03', '06': '03', '07': '03', '08': '03', '15': '13', '17': '13', '18': '13', '19': '13', '20': '13' }

/** The examples of one part: each own event with features, and the roots (→ gold code) it should have been given too. */
export function proposerExamples(d: PartData): ProposerExample[] {
  const out: ProposerExample[] = []
  const articleOf = new Map([...d.sys.docOf].map(([article, doc]) => [doc, article]))
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
      const positives = new Map<string, string>()
      for (const { g, s, said } of gs) {
        if (!s || e.cue.start < s.start || e.cue.start >= s.end || g.cameo_root === e.cameoRoot) continue
        if (!said.has(stem(lemma)) && !e.cue.text.split(/\s+/).some((w) => said.has(stem(w)))) continue
        // a sentence with a candidate of the gold's root needs no proposal
        if (a.coded.some((x) => x.cameoRoot === g.cameo_root && x.sentence.start === e.sentence.start)) continue
        if (!positives.has(g.cameo_root)) positives.set(g.cameo_root, g.cameo)
      }
      out.push({ id: e.id, art: `${d.part}:${a.doc.article.id}`, own: e.cameoRoot, lemma, features, positives })
    }
  }
  return out
}

/** Train the proposer on examples: roots with at least `minPositives` positives get a model. */
export function trainProposer(xs: readonly ProposerExample[], threshold: number, maxRoots: number, o: TrainOptions, minPositives = 3): ProposerModel {
  const counts = new Map<string, number>()
  const codeCounts = new Map<string, Map<string, number>>()
  const bump = (key: string, code: string) => { const m = codeCounts.get(key) ?? new Map<string, number>(); m.set(code, (m.get(code) ?? 0) + 1); codeCounts.set(key, m) }
  for (const x of xs) for (const [r, code] of x.positives) { counts.set(r, (counts.get(r) ?? 0) + 1); bump(r, code); bump(`${x.lemma}|${r}`, code) }
  const roots: ProposerModel['roots'] = {}
  for (const r of [...counts.keys()].sort()) {
    if (counts.get(r)! < minPositives) continue
    const m = trainScorer(xs.filter((x) => x.own !== r).map((x) => ({ features: x.features, label: x.positives.has(r) ? 1 : 0, group: x.art })), 0, o)
    roots[r] = { bias: m.bias, weights: m.weights }
  }
  const commonest = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
  const codes: Record<string, string> = {}
  const lemmaCodes: Record<string, string> = {}
  for (const [k, m] of [...codeCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (k.includes('|') ? lemmaCodes : codes)[k] = commonest(m)
  return { version: 1, threshold, maxRoots, roots, codes, lemmaCodes }
}

/** The roots a model believes for an example, most probable first, with their probabilities and codes. */
function believed(m: ProposerModel, x: ProposerExample, skip: ReadonlySet<string>, min: number): Array<{ root: string; p: number; code: string }> {
  const scored: Array<{ root: string; p: number; code: string }> = []
  for (const [r, rm] of Object.entries(m.roots)) {
    if (r === x.own || skip.has(r) || !mayPropose(x.own, r)) continue
    const p = probability({ version: 1, bias: rm.bias, weights: rm.weights, threshold: 0 }, x.features)
    if (p >= min) scored.push({ root: r, p, code: m.lemmaCodes[`${x.lemma}|${r}`] ?? m.codes[r] ?? `${r}0` })
  }
  return scored.sort((a, b) => b.p - a.p || (a.root < b.root ? -1 : 1))
}

/** The codes a model proposes for an example (the proposer's own rule, src/events/proposer/proposer.ts). */
function proposals(m: ProposerModel, x: ProposerExample, skip: ReadonlySet<string>): string[] {
  return believed(m, x, skip, m.threshold).slice(0, m.maxRoots).map((b) => b.code)
}

/**
 * Add, out of fold, the proposer's alternatives to the parts' candidates (each article's from the model of the other
 * folds, never trained on `heldOut` parts). Returns the new part data and the model trained on every trained example.
 */
export function withProposals(parts: readonly PartData[], foldOf: (art: string) => number, folds: number, heldOut: (part: string) => boolean,
  threshold: number, maxRoots: number, o: TrainOptions, replaceMin?: number, swap = false): { parts: PartData[]; model: ProposerModel } {
  const examples = new Map(parts.map((d) => [d.part, proposerExamples(d)]))
  const trained = [...examples].filter(([p]) => !heldOut(p)).flatMap(([, xs]) => xs)
  process.stderr.write(`proposer: ${trained.length} examples, ${trained.filter((x) => x.positives.size).length} with a root to propose\n`)
  const models = Array.from({ length: folds }, (_, k) => trainProposer(trained.filter((x) => foldOf(x.art) !== k), threshold, maxRoots, o))
  let added = 0
  let right = 0
  let replaced = 0
  let replacedRight = 0
  const out = parts.map((d) => {
    const xs = new Map(examples.get(d.part)!.map((x) => [x.id, x]))
    const extra: Event[] = []
    const swappedAll = new Map<string, Event>()
    const articles = d.articles.map((a) => {
      const art = `${d.part}:${a.doc.article.id}`
      const model = models[foldOf(art)]!
      const reading = (e: Event) => `${e.cue.start}:${e.cue.end}:${e.actor?.start ?? ''}:${e.target?.start ?? ''}`
      const had = new Set(a.coded.map((e) => `${reading(e)}:${e.cameoRoot}`))
      const loose = new Set(a.loose)
      const alts: Event[] = []
      const swapped = new Map<string, Event>()
      for (const e of a.coded) {
        const x = xs.get(e.id)
        if (!x || loose.has(e.id)) continue
        const intent = INTENT_ROOT[e.cameoRoot]
        const skip = new Set([...(intent ? [intent] : []), ...[...had].filter((k) => k.startsWith(`${reading(e)}:`)).map((k) => k.slice(-2))])
        // the re-coder: a root believed at replaceMin or over takes the place of the dictionary's code
        const top = replaceMin === undefined ? undefined : believed(model, x, skip, replaceMin)[0]
        if (top) {
          swapped.set(e.id, { ...e, id: `${e.id}~r${top.code}`, cameo: top.code, cameoRoot: cameoRoot(top.code) })
          replaced++
          if (x.positives.has(top.root)) replacedRight++
          if (swap) alts.push({ ...e, id: `${e.id}~o` })
          continue
        }
        for (const code of proposals(model, x, skip)) {
          alts.push({ ...e, id: `${e.id}~p${code}`, cameo: code, cameoRoot: cameoRoot(code) })
          if (x.positives.has(cameoRoot(code))) right++
        }
      }
      for (const [id, e] of swapped) swappedAll.set(id, e)
      const coded = a.coded.map((e) => swapped.get(e.id) ?? e)
      const proposer = new Map([...(a.proposer ?? new Map<string, string[]>())].map(([id, f]) => [swapped.get(id)?.id ?? id, f]))
      extra.push(...alts)
      added += alts.length
      return { ...a, coded: [...coded, ...alts], loose: [...a.loose, ...alts.map((x) => x.id)], proposer }
    })
    const events = [...d.sys.events.map((e) => swappedAll.get(e.id) ?? e), ...extra]
    return { ...d, articles, sys: { ...d.sys, events } }
  })
  process.stderr.write(`proposer: ${added} alternatives added out of fold, ${right} of a root the gold links; ${replaced} codes replaced, ${replacedRight} by a root the gold links\n`)
  return { parts: out, model: trainProposer(trained, threshold, maxRoots, o) }
}
