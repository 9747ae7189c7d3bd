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

export const MAX_PARSER_FEATURES = 136
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

let MARKS: SentenceMarks = { punct: new Int32Array(65), verb: new Int32Array(65) }

/**
 * `sentenceMarks` into arrays reused by every call (replaced by larger ones when a sentence does not fit; entries past
 * the sentence are stale but never read): valid until the next call, so for a parse that starts at once.
 */
export function sentenceMarksScratch(tags: Int32Array, punctTag: number, verbTag: number): SentenceMarks {
  if (MARKS.punct.length < tags.length + 1) { const size = Math.max(tags.length + 1, 2 * MARKS.punct.length); MARKS = { punct: new Int32Array(size), verb: new Int32Array(size) } }
  const { punct, verb } = MARKS
  for (let i = 1; i <= tags.length; i++) {
    punct[i] = punct[i - 1]! + (tags[i - 1] === punctTag ? 1 : 0)
    verb[i] = verb[i - 1]! + (tags[i - 1] === verbTag ? 1 : 0)
  }
  return MARKS
}

/** How many marked words lie strictly between words a < b (capped at 2). */
function between(prefix: Int32Array, a: number, b: number): number {
  return a < 0 || b <= 0 || b <= a + 1 ? 0 : Math.min(prefix[b - 1]! - prefix[a]!, 2)
}

/** Hash of word p (1-based) from a per-word array; the root and missing words have values of their own. */
function hashAt(a: Uint32Array, p: number): number {
  return p < 0 ? NONE : p === 0 ? ROOT : a[p - 1]!
}

/** Tag of word p (1-based) plus one; the root and missing words have values of their own. (Two functions, not one
 * over both array types: a load site that sees one array type stays fast.) */
function tagAt(tags: Int32Array, p: number): number {
  return p < 0 ? NONE : p === 0 ? ROOT : tags[p - 1]! + 1
}

/** A child of word p from one of the child arrays, or -1. */
function kid(p: number, a: Int32Array): number {
  return p > 0 && a[p]! > 0 ? a[p]! : -1
}

function distBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6
}

/**
 * The values features combine, for the state being scored: one array reused for every state (no allocation), read by
 * the template groups below. Each group is short enough for V8 to inline its ~15 hash calls; one function with all
 * ~90 calls is not, and calling the hash functions costs about as much as the hashing.
 */
const V = new Uint32Array(67)
const S0W = 0, S0T = 1, S1W = 2, S1T = 3, B0W = 4, B0T = 5, B1W = 6, B1T = 7, B2W = 8, B2T = 9, S2W = 10, S2T = 11
const S0LT = 12, S0RT = 13, S1LT = 14, S1RT = 15, B0LT = 16, S0L2T = 17, S0R2T = 18, B0L2T = 19
const S0LW = 20, S0RW = 21, B0LW = 22, S1RW = 23, D0 = 24, D1 = 25, S0NL = 26, S0NR = 27, B0NL = 28, S1NR = 29
const EMPTY = 30, PB = 31, VB = 32, P1 = 33, V1 = 34, S0A = 35, B0A = 36, B1A = 37, S1A = 38
const S0C = 39, S1C = 40, B0C = 41, B1C = 42, S0X = 43, B0X = 44, S0K = 45, S1K = 46, B0K = 47
const S0RK = 48, B0LK = 49, F_S0 = 50, F_S1 = 51, F_B0 = 52, F_B1 = 53, F_S0R = 54, F_B0L = 55
const S0LL = 56, S0RL = 57, B0LL = 58, S0L2L = 59, S0R2L = 60, B0L2L = 61, S1RL = 62, S0SL = 63, S0SR = 64, B0SL = 65, S1SR = 66

// Template groups of at most six hash calls each: V8 inlines callees into an optimised function up to 920 bytes of
// bytecode in all (mix 63, mix3 92, mix4 121 bytes), and a hash it does not inline returns its value boxed (a heap
// number for three values in four), so longer groups both called and allocated. The groups are called through one
// call site with many targets (`GROUPS`), which V8 does not inline: a group inlined into its caller would spend the
// caller's budget, and the hashes would be called again. The features and their order are unchanged.
function singles(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix(101, v[S0W]!); out[k++] = mix(102, v[S0T]!); out[k++] = mix3(103, v[S0W]!, v[S0T]!)
  out[k++] = mix(104, v[S1W]!); out[k++] = mix(105, v[S1T]!); out[k++] = mix3(106, v[S1W]!, v[S1T]!)
  return k
}

function singles2(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix(107, v[B0W]!); out[k++] = mix(108, v[B0T]!); out[k++] = mix3(109, v[B0W]!, v[B0T]!)
  out[k++] = mix(110, v[B1W]!); out[k++] = mix(111, v[B1T]!); out[k++] = mix3(112, v[B1W]!, v[B1T]!)
  return k
}

function singles3(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix(113, v[B2W]!); out[k++] = mix(114, v[B2T]!); out[k++] = mix(115, v[S2T]!); out[k++] = mix(116, v[S2W]!)
  return k
}

function pairs(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!, b0w = v[B0W]!, b0t = v[B0T]!
  out[k++] = mix4(120, s0w, s0t, mix(b0w, b0t)); out[k++] = mix4(121, s0w, s0t, b0w); out[k++] = mix4(122, s0w, b0w, b0t)
  out[k++] = mix4(123, s0w, s0t, b0t); out[k++] = mix4(124, s0t, b0w, b0t)
  return k
}

function pairs2(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!, b0w = v[B0W]!, b0t = v[B0T]!, s1w = v[S1W]!, s1t = v[S1T]!
  out[k++] = mix3(125, s0w, b0w); out[k++] = mix3(126, s0t, b0t); out[k++] = mix3(127, b0t, v[B1T]!); out[k++] = mix3(128, s0t, s1t)
  out[k++] = mix3(129, s0w, s1w); out[k++] = mix3(130, s1t, b0t)
  return k
}

function pairs3(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!, b0w = v[B0W]!, s1w = v[S1W]!, s1t = v[S1T]!
  out[k++] = mix4(131, s1w, s1t, s0t); out[k++] = mix4(132, s1t, s0w, s0t)
  out[k++] = mix4(133, s1w, s0w, s0t); out[k++] = mix4(134, s1w, s1t, s0w); out[k++] = mix3(135, s1w, b0w)
  return k
}

function tagTriples(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, s1t = v[S1T]!, b0t = v[B0T]!, b1t = v[B1T]!, s0lt = v[S0LT]!, s0rt = v[S0RT]!
  out[k++] = mix4(140, b0t, b1t, v[B2T]!); out[k++] = mix4(141, s0t, b0t, b1t); out[k++] = mix4(142, s1t, s0t, b0t)
  out[k++] = mix4(143, s0t, s0lt, b0t); out[k++] = mix4(144, s0t, s0rt, b0t)
  return k
}

function tagTriples2(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, s1t = v[S1T]!, b0t = v[B0T]!, s0lt = v[S0LT]!
  out[k++] = mix4(145, s0t, b0t, v[B0LT]!)
  out[k++] = mix4(146, s1t, v[S1RT]!, s0t); out[k++] = mix4(147, s1t, v[S1LT]!, s0t); out[k++] = mix4(148, v[S2T]!, s1t, s0t)
  out[k++] = mix4(149, s0t, s0lt, v[S0L2T]!)
  return k
}

function tagTriples3(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, s1t = v[S1T]!, b0t = v[B0T]!, s0rt = v[S0RT]!
  out[k++] = mix4(150, s0t, s0rt, v[S0R2T]!); out[k++] = mix4(151, b0t, v[B0LT]!, v[B0L2T]!)
  out[k++] = mix4(152, s1t, s0t, s0rt); out[k++] = mix4(153, s1t, s0t, v[S0LT]!); out[k++] = mix4(154, s0t, s1t, v[B1T]!)
  return k
}

function children(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix(160, v[S0LW]!); out[k++] = mix(161, v[S0LT]!); out[k++] = mix(162, v[S0RW]!); out[k++] = mix(163, v[S0RT]!)
  out[k++] = mix(164, v[B0LW]!); out[k++] = mix(165, v[B0LT]!)
  return k
}

function children2(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix(166, v[S1RW]!); out[k++] = mix(167, v[S1RT]!)
  out[k++] = mix(168, v[S1LT]!); out[k++] = mix(169, v[S0L2T]!); out[k++] = mix(170, v[S0R2T]!); out[k++] = mix(171, v[B0L2T]!)
  return k
}

function children3(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix3(172, v[S0W]!, v[S0LT]!); out[k++] = mix3(173, v[S0W]!, v[S0RT]!); out[k++] = mix3(174, v[B0W]!, v[B0LT]!)
  return k
}

function distance(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!, b0w = v[B0W]!, b0t = v[B0T]!, d0 = v[D0]!
  out[k++] = mix3(180, s0w, d0); out[k++] = mix3(181, s0t, d0); out[k++] = mix3(182, b0w, d0); out[k++] = mix3(183, b0t, d0)
  out[k++] = mix4(184, s0w, b0w, d0); out[k++] = mix4(185, s0t, b0t, d0)
  return k
}

function valency(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!, d1 = v[D1]!
  out[k++] = mix4(186, v[S1T]!, s0t, d1); out[k++] = mix4(187, v[S1W]!, s0w, d1)
  out[k++] = mix3(190, s0w, v[S0NR]!); out[k++] = mix3(191, s0t, v[S0NR]!); out[k++] = mix3(192, s0w, v[S0NL]!); out[k++] = mix3(193, s0t, v[S0NL]!)
  return k
}

function valency2(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix3(194, v[B0W]!, v[B0NL]!); out[k++] = mix3(195, v[B0T]!, v[B0NL]!); out[k++] = mix3(196, v[S1T]!, v[S1NR]!); out[k++] = mix3(197, v[S1W]!, v[S1NR]!)
  out[k++] = mix(198, v[EMPTY]!)
  return k
}

function boundaries(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, b0t = v[B0T]!, pb = v[PB]!
  // punctuation and verbs between the two words an arc would join
  out[k++] = mix4(200, s0t, b0t, pb * 3 + v[VB]!); out[k++] = mix3(201, b0t, pb); out[k++] = mix4(202, v[S1T]!, s0t, v[P1]! * 3 + v[V1]!)
  out[k++] = mix3(203, v[S0W]!, pb); out[k++] = mix4(204, v[S1T]!, b0t, pb)
  return k
}

function ambiguity(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0a = v[S0A]!, b0a = v[B0A]!
  // ambiguity classes (the tags a word can have): robust where the tagger is wrong
  out[k++] = mix3(210, s0a, b0a); out[k++] = mix(211, b0a); out[k++] = mix3(212, b0a, v[B1A]!); out[k++] = mix3(213, v[S0T]!, b0a)
  out[k++] = mix3(214, s0a, v[B0T]!); out[k++] = mix3(215, v[S1A]!, s0a)
  return k
}

/** Word clusters (Koo et al. 2008): fine (256) ids of s0, s1, b0, b1, finest and coarse ids, in place of words. */
function clusters(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0c = v[S0C]!, b0c = v[B0C]!
  out[k++] = mix(220, s0c); out[k++] = mix(221, b0c); out[k++] = mix(222, v[S1C]!); out[k++] = mix(223, v[B1C]!)
  out[k++] = mix3(224, v[S0X]!, v[B0X]!); out[k++] = mix3(225, s0c, v[B0T]!)
  return k
}

function clusters2(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0c = v[S0C]!, b0c = v[B0C]!
  out[k++] = mix3(226, v[S0T]!, b0c)
  out[k++] = mix4(227, s0c, b0c, v[D0]!); out[k++] = mix4(228, v[S1K]!, v[S0K]!, v[B0K]!); out[k++] = mix3(229, b0c, v[B1C]!)
  out[k++] = mix3(230, v[B0K]!, v[B0LK]!); out[k++] = mix3(231, v[S0K]!, v[S0RK]!)
  return k
}

/** Cluster value of word p (1-based); the root and missing words have values of their own. */
function clusterAt(a: Uint32Array, p: number): number {
  return p < 0 ? 0x7fff : p === 0 ? 0x7ffe : a[p - 1]!
}

function clusterValues(st: ParseState, w: WordHashes, v: Uint32Array): void {
  const s0 = st.s(0), s1 = st.s(1)
  const b0 = st.b <= st.n ? st.b : -1
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1
  v[S0C] = clusterAt(w.clFine, s0); v[S1C] = clusterAt(w.clFine, s1); v[B0C] = clusterAt(w.clFine, b0); v[B1C] = clusterAt(w.clFine, b1)
  v[S0X] = clusterAt(w.clFinest, s0); v[B0X] = clusterAt(w.clFinest, b0)
  v[S0K] = clusterAt(w.clCoarse, s0); v[S1K] = clusterAt(w.clCoarse, s1); v[B0K] = clusterAt(w.clCoarse, b0)
  v[S0RK] = clusterAt(w.clCoarse, kid(s0, st.rc1)); v[B0LK] = clusterAt(w.clCoarse, kid(b0, st.lc1))
}

/** Fine tags (UPOS + XPOS: the verb form, particle vs preposition) of s0, s1, b0, b1 and their pairs and triples. */
function fineTemplates(v: Uint32Array, out: Uint32Array, k: number): number {
  const fs0 = v[F_S0]!, fb0 = v[F_B0]!, fs1 = v[F_S1]!
  out[k++] = mix(240, fs0); out[k++] = mix(241, fb0); out[k++] = mix(242, fs1); out[k++] = mix(243, v[F_B1]!)
  out[k++] = mix3(244, fs0, fb0); out[k++] = mix3(245, fs1, fs0)
  return k
}

function fineTemplates2(v: Uint32Array, out: Uint32Array, k: number): number {
  const fs0 = v[F_S0]!, fb0 = v[F_B0]!
  out[k++] = mix4(246, fs0, fb0, v[F_B1]!); out[k++] = mix4(247, v[F_S1]!, fs0, fb0)
  out[k++] = mix3(248, v[S0W]!, fb0); out[k++] = mix3(249, fs0, v[B0W]!); out[k++] = mix4(250, fs0, fb0, v[D0]!)
  out[k++] = mix4(251, fs0, v[F_S0R]!, fb0)
  return k
}

function fineTemplates3(v: Uint32Array, out: Uint32Array, k: number): number {
  out[k++] = mix4(252, v[F_S0]!, v[F_B0]!, v[F_B0L]!)
  return k
}

/**
 * Labels in the state (Zhang & Nivre 2011's label features, for a parser that labels as it attaches): the labels of the
 * leftmost / rightmost children of s0, b0 and s1 and of the second ones, and the sets of labels on each side, with the
 * word's tag or form.
 */
function labelTemplates(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, b0t = v[B0T]!
  out[k++] = mix3(260, s0t, v[S0LL]!); out[k++] = mix3(261, s0t, v[S0RL]!); out[k++] = mix3(262, b0t, v[B0LL]!)
  out[k++] = mix4(263, s0t, v[S0LL]!, v[S0L2L]!); out[k++] = mix4(264, s0t, v[S0RL]!, v[S0R2L]!); out[k++] = mix4(265, b0t, v[B0LL]!, v[B0L2L]!)
  return k
}

function labelTemplates2(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0w = v[S0W]!, s0t = v[S0T]!
  out[k++] = mix3(266, s0w, v[S0SL]!); out[k++] = mix3(267, s0t, v[S0SL]!); out[k++] = mix3(268, s0w, v[S0SR]!); out[k++] = mix3(269, s0t, v[S0SR]!)
  out[k++] = mix3(270, v[B0W]!, v[B0SL]!); out[k++] = mix3(271, v[B0T]!, v[B0SL]!)
  return k
}

function labelTemplates3(v: Uint32Array, out: Uint32Array, k: number): number {
  const s0t = v[S0T]!, s1t = v[S1T]!
  out[k++] = mix4(272, s1t, v[S1RL]!, s0t); out[k++] = mix4(273, s1t, v[S1SR]!, s0t); out[k++] = mix4(274, s0t, v[S0SR]!, v[B0T]!)
  return k
}

type Group = (v: Uint32Array, out: Uint32Array, k: number) => number
const GROUPS: readonly Group[] = [singles, singles2, singles3, pairs, pairs2, pairs3, tagTriples, tagTriples2, tagTriples3,
  children, children2, children3, distance, valency, valency2, boundaries, ambiguity]
const FINE_GROUPS: readonly Group[] = [fineTemplates, fineTemplates2, fineTemplates3]
const CLUSTER_GROUPS: readonly Group[] = [clusters, clusters2]
const LABEL_GROUPS: readonly Group[] = [labelTemplates, labelTemplates2, labelTemplates3]

/** Runs template groups in order from feature k; returns the new count. */
function runGroups(groups: readonly Group[], v: Uint32Array, out: Uint32Array, k: number): number {
  for (let g = 0; g < groups.length; g++) k = groups[g]!(v, out, k)
  return k
}

function fineValues(st: ParseState, fine: Int32Array, v: Uint32Array): void {
  const s0 = st.s(0)
  const b0 = st.b <= st.n ? st.b : -1
  v[F_S0] = tagAt(fine, s0); v[F_S1] = tagAt(fine, st.s(1)); v[F_B0] = tagAt(fine, b0); v[F_B1] = tagAt(fine, st.b + 1 <= st.n ? st.b + 1 : -1)
  v[F_S0R] = tagAt(fine, kid(s0, st.rc1)); v[F_B0L] = tagAt(fine, kid(b0, st.lc1))
}

/** Label of child p (index + 1), or a value of its own for no child. */
function labelOf(st: ParseState, p: number): number {
  return p > 0 ? st.label[p]! : 0x7f
}

/** The set of labels on one side of word p (two 32-bit masks hashed into one value); the root and missing words have values of their own. */
function labelSet(lo: Int32Array, hi: Int32Array, p: number): number {
  return p < 0 ? NONE : p === 0 ? ROOT : mix(lo[p]!, hi[p]!)
}

function labelValues(st: ParseState, v: Uint32Array): void {
  const s0 = st.s(0), s1 = st.s(1)
  const b0 = st.b <= st.n ? st.b : -1
  v[S0LL] = labelOf(st, kid(s0, st.lc1)); v[S0RL] = labelOf(st, kid(s0, st.rc1)); v[B0LL] = labelOf(st, kid(b0, st.lc1))
  v[S0L2L] = labelOf(st, kid(s0, st.lc2)); v[S0R2L] = labelOf(st, kid(s0, st.rc2)); v[B0L2L] = labelOf(st, kid(b0, st.lc2))
  v[S1RL] = labelOf(st, kid(s1, st.rc1))
  v[S0SL] = labelSet(st.lsetLo, st.lsetHi, s0); v[S0SR] = labelSet(st.rsetLo, st.rsetHi, s0)
  v[B0SL] = labelSet(st.lsetLo, st.lsetHi, b0); v[S1SR] = labelSet(st.rsetLo, st.rsetHi, s1)
}

// The state's values in three parts (each short enough for V8 to inline its accessors, which would otherwise return
// word hashes boxed), called through one call site with several targets so that none is inlined into its caller.
type StatePart = (st: ParseState, w: WordHashes, tags: Int32Array, marks: SentenceMarks, v: Uint32Array) => void

/** Words and tags of the stack and buffer positions. */
function positionValues(st: ParseState, w: WordHashes, tags: Int32Array, _marks: SentenceMarks, v: Uint32Array): void {
  const lower = w.lower
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2)
  const b0 = st.b <= st.n ? st.b : -1
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1
  const b2 = st.b + 2 <= st.n ? st.b + 2 : -1
  v[S0W] = hashAt(lower, s0); v[S0T] = tagAt(tags, s0); v[S1W] = hashAt(lower, s1); v[S1T] = tagAt(tags, s1)
  v[B0W] = hashAt(lower, b0); v[B0T] = tagAt(tags, b0); v[B1W] = hashAt(lower, b1); v[B1T] = tagAt(tags, b1)
  v[B2W] = hashAt(lower, b2); v[B2T] = tagAt(tags, b2); v[S2W] = hashAt(lower, s2); v[S2T] = tagAt(tags, s2)
}

/** Words and tags of the children of s0, s1 and b0. */
function childValues(st: ParseState, w: WordHashes, tags: Int32Array, _marks: SentenceMarks, v: Uint32Array): void {
  const lower = w.lower
  const s0 = st.s(0), s1 = st.s(1)
  const b0 = st.b <= st.n ? st.b : -1
  const s0l = kid(s0, st.lc1), s0r = kid(s0, st.rc1), b0l = kid(b0, st.lc1), s1r = kid(s1, st.rc1)
  v[S0LT] = tagAt(tags, s0l); v[S0RT] = tagAt(tags, s0r); v[S1LT] = tagAt(tags, kid(s1, st.lc1)); v[S1RT] = tagAt(tags, s1r)
  v[B0LT] = tagAt(tags, b0l); v[S0L2T] = tagAt(tags, kid(s0, st.lc2)); v[S0R2T] = tagAt(tags, kid(s0, st.rc2)); v[B0L2T] = tagAt(tags, kid(b0, st.lc2))
  v[S0LW] = hashAt(lower, s0l); v[S0RW] = hashAt(lower, s0r); v[B0LW] = hashAt(lower, b0l); v[S1RW] = hashAt(lower, s1r)
}

/** Distances, valencies, what lies between the words, ambiguity classes. */
function shapeValues(st: ParseState, w: WordHashes, _tags: Int32Array, marks: SentenceMarks, v: Uint32Array): void {
  const amb = w.amb
  const s0 = st.s(0), s1 = st.s(1)
  const b0 = st.b <= st.n ? st.b : -1
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1
  v[D0] = s0 >= 0 && b0 > 0 ? distBucket(b0 - s0) : 7
  v[D1] = s1 >= 0 && s0 > 0 ? distBucket(s0 - s1) : 7
  v[S0NL] = s0 > 0 ? Math.min(st.nLeft[s0]!, 4) : 5; v[S0NR] = s0 > 0 ? Math.min(st.nRight[s0]!, 4) : 5
  v[B0NL] = b0 > 0 ? Math.min(st.nLeft[b0]!, 4) : 5; v[S1NR] = s1 > 0 ? Math.min(st.nRight[s1]!, 4) : 5
  v[EMPTY] = st.bufferEmpty() ? 1 : 0
  v[PB] = between(marks.punct, s0, b0); v[VB] = between(marks.verb, s0, b0)
  v[P1] = between(marks.punct, s1, s0); v[V1] = between(marks.verb, s1, s0)
  v[S0A] = hashAt(amb, s0); v[B0A] = hashAt(amb, b0); v[B1A] = hashAt(amb, b1); v[S1A] = hashAt(amb, s1)
}

const STATE_PARTS: readonly StatePart[] = [positionValues, childValues, shapeValues]

/** Fills `V` with the values of this state the templates combine. */
function stateValues(st: ParseState, w: WordHashes, tags: Int32Array, marks: SentenceMarks, v: Uint32Array): void {
  for (let p = 0; p < STATE_PARTS.length; p++) STATE_PARTS[p]!(st, w, tags, marks, v)
}

/**
 * Fills `out` with the state's feature hashes; returns the count. `fine` (fine tags, when the model has them) adds their
 * templates; `labelled` (a parser that labels as it attaches) the label templates, as a bit mask of their three groups
 * (1 = the children's labels, 2 = the label sets, 4 = s1's; 0 = none).
 */
export function parserFeatures(st: ParseState, w: WordHashes, tags: Int32Array, marks: SentenceMarks, out: Uint32Array, fine?: Int32Array, labelled = 0): number {
  stateValues(st, w, tags, marks, V)
  let k = runGroups(GROUPS, V, out, 0)
  if (fine !== undefined) { fineValues(st, fine, V); k = runGroups(FINE_GROUPS, V, out, k) }
  if (labelled !== 0) {
    labelValues(st, V)
    for (let g = 0; g < LABEL_GROUPS.length; g++) if (labelled & (1 << g)) k = LABEL_GROUPS[g]!(V, out, k)
  }
  if (!w.clustered) return k
  clusterValues(st, w, V)
  return runGroups(CLUSTER_GROUPS, V, out, k)
}
