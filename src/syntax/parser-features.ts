/**
 * Parser features for an arc-hybrid state: words and tags of the top of the
 * stack and the buffer front, their leftmost/rightmost children, pairs and
 * triples of them, distance and valency (Zhang & Nivre 2011, adapted to
 * arc-hybrid and without labels, which a separate labeller adds). Rich features
 * (children, valency, distance) are worth about 8 UAS over the core ones.
 * @module
 */
import { mix, mix3, mix4 } from './hash.js'
import type { ParseState } from './arc-hybrid.js'
import type { WordHashes } from './words.js'

export const MAX_PARSER_FEATURES = 96
const NONE = 0x1b873593
const ROOT = 0x2545f491

/** Prefix counts over words 1..i of punctuation and verbs: what lies between two words marks a clause boundary. */
export interface SentenceMarks {
  readonly punct: Int32Array
  readonly verb: Int32Array
}

export function sentenceMarks(tags: Int32Array, punctTag: number, verbTag: number): SentenceMarks {
  const punct = new Int32Array(tags.length + 1)
  const verb = new Int32Array(tags.length + 1)
  for (let i = 1; i <= tags.length; i++) {
    punct[i] = punct[i - 1]! + (tags[i - 1] === punctTag ? 1 : 0)
    verb[i] = verb[i - 1]! + (tags[i - 1] === verbTag ? 1 : 0)
  }
  return { punct, verb }
}

/** How many marked words lie strictly between words a < b (capped at 2). */
function between(prefix: Int32Array, a: number, b: number): number {
  return a < 0 || b <= 0 || b <= a + 1 ? 0 : Math.min(prefix[b - 1]! - prefix[a]!, 2)
}

/** Value of word p (1-based) from a per-word array, plus `add`; the root and missing words have values of their own. */
function at(a: Uint32Array | Int32Array, p: number, add: number): number {
  return p < 0 ? NONE : p === 0 ? ROOT : a[p - 1]! + add
}

/** A child of word p from one of the child arrays, or -1. */
function kid(p: number, a: Int32Array): number {
  return p > 0 && a[p]! > 0 ? a[p]! : -1
}

function distBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6
}

/** Fills `out` with the state's feature hashes; returns the count. */
export function parserFeatures(st: ParseState, w: WordHashes, tags: Int32Array, marks: SentenceMarks, out: Uint32Array): number {
  const lower = w.lower
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2)
  const b0 = st.b <= st.n ? st.b : -1
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1
  const b2 = st.b + 2 <= st.n ? st.b + 2 : -1
  const s0l = kid(s0, st.lc1), s0r = kid(s0, st.rc1), s0l2 = kid(s0, st.lc2), s0r2 = kid(s0, st.rc2)
  const s1l = kid(s1, st.lc1), s1r = kid(s1, st.rc1), b0l = kid(b0, st.lc1), b0l2 = kid(b0, st.lc2)
  const s0w = at(lower, s0, 0), s0t = at(tags, s0, 1), s1w = at(lower, s1, 0), s1t = at(tags, s1, 1), b0w = at(lower, b0, 0), b0t = at(tags, b0, 1)
  const b1w = at(lower, b1, 0), b1t = at(tags, b1, 1), b2t = at(tags, b2, 1), s2t = at(tags, s2, 1)
  const s0lt = at(tags, s0l, 1), s0rt = at(tags, s0r, 1), s1lt = at(tags, s1l, 1), s1rt = at(tags, s1r, 1), b0lt = at(tags, b0l, 1)
  const d0 = s0 >= 0 && b0 > 0 ? distBucket(b0 - s0) : 7
  const d1 = s1 >= 0 && s0 > 0 ? distBucket(s0 - s1) : 7
  const s0nl = s0 > 0 ? Math.min(st.nLeft[s0]!, 4) : 5, s0nr = s0 > 0 ? Math.min(st.nRight[s0]!, 4) : 5
  const b0nl = b0 > 0 ? Math.min(st.nLeft[b0]!, 4) : 5, s1nr = s1 > 0 ? Math.min(st.nRight[s1]!, 4) : 5
  let k = 0
  // single positions
  out[k++] = mix(101, s0w); out[k++] = mix(102, s0t); out[k++] = mix3(103, s0w, s0t)
  out[k++] = mix(104, s1w); out[k++] = mix(105, s1t); out[k++] = mix3(106, s1w, s1t)
  out[k++] = mix(107, b0w); out[k++] = mix(108, b0t); out[k++] = mix3(109, b0w, b0t)
  out[k++] = mix(110, b1w); out[k++] = mix(111, b1t); out[k++] = mix3(112, b1w, b1t)
  out[k++] = mix(113, at(lower, b2, 0)); out[k++] = mix(114, b2t); out[k++] = mix(115, s2t); out[k++] = mix(116, at(lower, s2, 0))
  // pairs
  out[k++] = mix4(120, s0w, s0t, mix(b0w, b0t)); out[k++] = mix4(121, s0w, s0t, b0w); out[k++] = mix4(122, s0w, b0w, b0t)
  out[k++] = mix4(123, s0w, s0t, b0t); out[k++] = mix4(124, s0t, b0w, b0t); out[k++] = mix3(125, s0w, b0w)
  out[k++] = mix3(126, s0t, b0t); out[k++] = mix3(127, b0t, b1t); out[k++] = mix3(128, s0t, s1t); out[k++] = mix3(129, s0w, s1w)
  out[k++] = mix3(130, s1t, b0t); out[k++] = mix4(131, s1w, s1t, s0t); out[k++] = mix4(132, s1t, s0w, s0t)
  out[k++] = mix4(133, s1w, s0w, s0t); out[k++] = mix4(134, s1w, s1t, s0w); out[k++] = mix3(135, s1w, b0w)
  // triples of tags
  out[k++] = mix4(140, b0t, b1t, b2t); out[k++] = mix4(141, s0t, b0t, b1t); out[k++] = mix4(142, s1t, s0t, b0t)
  out[k++] = mix4(143, s0t, s0lt, b0t); out[k++] = mix4(144, s0t, s0rt, b0t); out[k++] = mix4(145, s0t, b0t, b0lt)
  out[k++] = mix4(146, s1t, s1rt, s0t); out[k++] = mix4(147, s1t, s1lt, s0t); out[k++] = mix4(148, s2t, s1t, s0t)
  out[k++] = mix4(149, s0t, s0lt, at(tags, s0l2, 1)); out[k++] = mix4(150, s0t, s0rt, at(tags, s0r2, 1)); out[k++] = mix4(151, b0t, b0lt, at(tags, b0l2, 1))
  out[k++] = mix4(152, s1t, s0t, s0rt); out[k++] = mix4(153, s1t, s0t, s0lt); out[k++] = mix4(154, s0t, s1t, b1t)
  // children
  out[k++] = mix(160, at(lower, s0l, 0)); out[k++] = mix(161, s0lt); out[k++] = mix(162, at(lower, s0r, 0)); out[k++] = mix(163, s0rt)
  out[k++] = mix(164, at(lower, b0l, 0)); out[k++] = mix(165, b0lt); out[k++] = mix(166, at(lower, s1r, 0)); out[k++] = mix(167, s1rt)
  out[k++] = mix(168, s1lt); out[k++] = mix(169, at(tags, s0l2, 1)); out[k++] = mix(170, at(tags, s0r2, 1)); out[k++] = mix(171, at(tags, b0l2, 1))
  out[k++] = mix3(172, s0w, s0lt); out[k++] = mix3(173, s0w, s0rt); out[k++] = mix3(174, b0w, b0lt)
  // distance and valency
  out[k++] = mix3(180, s0w, d0); out[k++] = mix3(181, s0t, d0); out[k++] = mix3(182, b0w, d0); out[k++] = mix3(183, b0t, d0)
  out[k++] = mix4(184, s0w, b0w, d0); out[k++] = mix4(185, s0t, b0t, d0); out[k++] = mix4(186, s1t, s0t, d1); out[k++] = mix4(187, s1w, s0w, d1)
  out[k++] = mix3(190, s0w, s0nr); out[k++] = mix3(191, s0t, s0nr); out[k++] = mix3(192, s0w, s0nl); out[k++] = mix3(193, s0t, s0nl)
  out[k++] = mix3(194, b0w, b0nl); out[k++] = mix3(195, b0t, b0nl); out[k++] = mix3(196, s1t, s1nr); out[k++] = mix3(197, s1w, s1nr)
  out[k++] = mix(198, st.bufferEmpty() ? 1 : 0)
  // punctuation and verbs between the two words an arc would join
  const pb = between(marks.punct, s0, b0), vb = between(marks.verb, s0, b0), p1 = between(marks.punct, s1, s0)
  out[k++] = mix4(200, s0t, b0t, pb * 3 + vb); out[k++] = mix3(201, b0t, pb); out[k++] = mix4(202, s1t, s0t, p1 * 3 + between(marks.verb, s1, s0))
  out[k++] = mix3(203, s0w, pb); out[k++] = mix4(204, s1t, b0t, pb)
  // ambiguity classes (the tags a word can have): robust where the tagger is wrong
  const amb = w.amb
  const s0a = at(amb, s0, 0), b0a = at(amb, b0, 0)
  out[k++] = mix3(210, s0a, b0a); out[k++] = mix(211, b0a); out[k++] = mix3(212, b0a, at(amb, b1, 0)); out[k++] = mix3(213, s0t, b0a)
  out[k++] = mix3(214, s0a, b0t); out[k++] = mix3(215, at(amb, s1, 0), s0a)
  return k
}
