/**
 * Labelling as the parser attaches (`parseLabelled`, `SYNTAX_STATE_LABELS=1` at training): each arc is labelled as soon
 * as the parser makes it, so its label is part of the state the next moves are chosen from (the label features of
 * Zhang & Nivre 2011 in `parser-features.ts`). The decision is two-step from the same state: the parser scores its
 * three moves, and only an arc it makes is labelled (one labeller decision per word, not ~100 labelled moves per step).
 *
 * The labeller reads the features of `labeller.ts` over the tree built so far (the dependent's children are all
 * attached by then; the head's are the ones attached before it) and the labels already in the state: those of the
 * dependent's children and of the head's other children.
 * @module
 */
import type { ParseState } from './arc-hybrid.js'
import { mix, mix4 } from './hash.js'
import { bestLabel, labelFeatures, labelOptionKey, MAX_LABEL_FEATURES, type LabellerWeights } from './labeller.js'
import type { WordHashes } from './words.js'

const ROOT = 0x2545f491

/** Children of every word of a tree being built, in word order (what the labeller's features read); reused across sentences. */
export class LiveKids {
  readonly kids: number[][] = []

  reset(n: number): void {
    for (let i = 0; i <= n; i++) { const k = this.kids[i]; if (k) k.length = 0; else this.kids[i] = [] }
  }

  add(dep: number, head: number): void {
    const k = this.kids[head]!
    let i = k.length
    k.push(dep)
    while (i > 0 && k[i - 1]! > dep) { k[i] = k[i - 1]!; i-- }
    k[i] = dep
  }
}

/** Labels already in the state: the sets of labels of the dependent's children and of the head's children so far. */
function historyFeatures(st: ParseState, w: WordHashes, tags: Int32Array, d: number, h: number, out: Uint32Array, k: number): number {
  const dir = d < h ? 1 : 2
  const dt = tags[d - 1]! + 1
  const dl = mix(st.lsetLo[d]!, st.lsetHi[d]!), dr = mix(st.rsetLo[d]!, st.rsetHi[d]!)
  const hl = h > 0 ? mix(st.lsetLo[h]!, st.lsetHi[h]!) : ROOT, hr = h > 0 ? mix(st.rsetLo[h]!, st.rsetHi[h]!) : ROOT
  out[k++] = mix4(40, dt, dl, dir); out[k++] = mix4(41, dt, dr, dir); out[k++] = mix4(42, dt * 4 + dir, hl, hr); out[k++] = mix4(43, w.lower[d - 1]!, mix(dl, dr), dir)
  return k
}

/** Features of the arc just made onto d (its head set in `st`, and d already among its head's `kids`). */
export function stateLabelFeatures(st: ParseState, w: WordHashes, tags: Int32Array, kids: LiveKids, d: number, out: Uint32Array, fine?: Int32Array): number {
  const k = labelFeatures(w, tags, st.heads, kids.kids, d, out, fine)
  return historyFeatures(st, w, tags, d, st.heads[d]!, out, k)
}

/** Scratch buffers of `labelAttached` (synchronous: no two calls use them at once). */
const FEATS = new Uint32Array(MAX_LABEL_FEATURES)
let SCORES = new Float64Array(0)

/** Label the arc just made onto d, among the labels seen in training for its tags and side, and put it in the state. */
export function labelAttached(m: LabellerWeights, st: ParseState, w: WordHashes, tags: Int32Array, kids: LiveKids, d: number, fine?: Int32Array): void {
  const h = st.heads[d]!
  if (h === 0) { st.setLabel(d, m.rootLabel); return }
  kids.add(d, h)
  const options = m.options?.get(labelOptionKey(tags[d - 1]!, tags[h - 1]!, d < h))
  // one label seen in training for this pair of tags (punctuation, most determiners): it wins without a score
  if (options?.length === 1) { st.setLabel(d, options[0]!); return }
  if (SCORES.length < m.nLabels) SCORES = new Float64Array(m.nLabels)
  st.setLabel(d, bestLabel(m, FEATS, stateLabelFeatures(st, w, tags, kids, d, FEATS, fine), options, SCORES))
}
