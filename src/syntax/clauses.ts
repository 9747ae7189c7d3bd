/**
 * Clauses of a parsed sentence: one per predicate (the root, and every word
 * heading a ccomp, xcomp, advcl, acl, csubj, parataxis or a conjoined
 * predicate), with its arguments read off the predicate's dependents.
 * Stated over UD labels and lemmas only, so later stages need no word lists
 * of inflected forms.
 * @module
 */
import type { Clause, ClauseKind } from '../model/index.js'
import { NEGATORS } from '../text/english.js'

/** A parsed sentence; heads are sentence-local 0-based indices, -1 for the root. */
export interface ParsedSentence {
  readonly head: readonly number[]
  readonly deprel: readonly string[]
  readonly lemma: readonly string[]
  readonly upos: readonly string[]
}

const KIND_OF: Record<string, ClauseKind> = {
  ccomp: 'ccomp', xcomp: 'xcomp', advcl: 'advcl', 'acl:relcl': 'relcl', acl: 'acl', csubj: 'csubj', 'csubj:pass': 'csubj', parataxis: 'parataxis',
}
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer'])

function clauseKind(s: ParsedSentence, kids: readonly number[][], i: number, isPredicate: (j: number) => boolean): ClauseKind | undefined {
  const rel = s.deprel[i]!
  if (s.head[i] === -1 || rel === 'root') return 'main'
  const colon = rel.indexOf(':')
  const kind = KIND_OF[rel] ?? (colon >= 0 ? KIND_OF[rel.slice(0, colon)] : undefined)
  if (kind) return kind
  // a conjunct is a clause of its own when it conjoins predicates and is verbal or has its own subject ("attacked and killed")
  if (rel === 'conj' && isPredicate(s.head[i]!)) {
    return s.upos[i] === 'VERB' || kids[i]!.some((j) => SUBJECTS.has(s.deprel[j]!) || s.deprel[j] === 'cop') ? 'conj' : undefined
  }
  return undefined
}

/** Kinds of every word that heads a clause, in word order (heads precede their conjuncts, so one pass in order suffices for conj). */
function predicateKinds(s: ParsedSentence, kids: readonly number[][]): Map<number, ClauseKind> {
  const kinds = new Map<number, ClauseKind>()
  const n = s.head.length
  const depths = new Int32Array(n)
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) { depths[i] = depth(s, i); order[i] = i }
  order.sort((a, b) => depths[a]! - depths[b]! || a - b)
  const isPredicate = (j: number) => kinds.has(j)
  for (const i of order) {
    const k = clauseKind(s, kids, i, isPredicate)
    if (k) kinds.set(i, k)
  }
  return kinds
}

function depth(s: ParsedSentence, i: number): number {
  let d = 0
  for (let j = i; s.head[j]! >= 0 && d <= s.head.length; j = s.head[j]!) d++
  return d
}

/** The nearest predicate above word i (exclusive). */
function enclosing(s: ParsedSentence, kinds: Map<number, ClauseKind>, i: number): number | undefined {
  let guard = 0
  for (let j = s.head[i]!; j >= 0 && guard++ <= s.head.length; j = s.head[j]!) if (kinds.has(j)) return j
  return undefined
}

/** Clauses of one sentence; `at` maps a sentence-local word index to the index the result should carry (a document token index). */
export function extractClauses(s: ParsedSentence, at: (i: number) => number = (i) => i): Clause[] {
  const n = s.head.length
  const kids: number[][] = new Array<number[]>(n)
  for (let i = 0; i < n; i++) kids[i] = []
  for (let i = 0; i < n; i++) { const h = s.head[i]!; if (h >= 0) kids[h]!.push(i) }
  const kinds = predicateKinds(s, kids)
  const within = clausesWithin(s, kinds)
  // clauses in predicate order, their indices already mapped by `at` (the mapping keeps order, so sharing subjects
  // afterwards takes the same words)
  const local = new Map<number, Clause>()
  for (let p = 0; p < n; p++) { const kind = kinds.get(p); if (kind !== undefined) local.set(p, clauseAt(s, kids, kinds, within, p, kind, at)) }
  shareSubjects(s, local)
  return [...local.values()]
}

/** Predicate → the predicates whose nearest predicate above is it, by kind (in the order of `kinds`). */
type Within = Map<number, Map<ClauseKind, number[]>>

function clausesWithin(s: ParsedSentence, kinds: Map<number, ClauseKind>): Within {
  const within: Within = new Map()
  for (const [q, k] of kinds) {
    const p = enclosing(s, kinds, q)
    if (p === undefined) continue
    let byKind = within.get(p)
    if (!byKind) { byKind = new Map(); within.set(p, byKind) }
    const list = byKind.get(k)
    if (list) list.push(q); else byKind.set(k, [q])
  }
  return within
}

/** Indices of `list` mapped by `at` (a new array). */
function mapped(list: readonly number[] | undefined, at: (i: number) => number): number[] {
  if (list === undefined) return []
  const out = new Array<number>(list.length)
  for (let i = 0; i < list.length; i++) out[i] = at(list[i]!)
  return out
}

/** The clause of predicate p, its word indices mapped by `at`; read off p's dependents in one pass or two. */
function clauseAt(s: ParsedSentence, kids: readonly number[][], kinds: Map<number, ClauseKind>, within: Within, p: number, kind: ClauseKind,
  at: (i: number) => number): Clause {
  const deps = kids[p]!
  let subject = -1, agent = -1, labelledPassive = false
  for (const j of deps) {
    const r = s.deprel[j]!
    if (subject < 0 && SUBJECTS.has(r)) subject = j
    if (r === 'nsubj:pass' || r === 'csubj:pass' || r === 'aux:pass') labelledPassive = true
    if (agent < 0 && r === 'obl:agent') agent = j
  }
  if (agent < 0 && (labelledPassive || kind === 'acl' || kind === 'advcl') && s.upos[p] === 'VERB') {
    agent = deps.find((j) => s.deprel[j]!.startsWith('obl') && kids[j]!.some((c) => s.deprel[c] === 'case' && s.lemma[c]!.toLowerCase() === 'by')) ?? -1
  }
  const objects: number[] = [], obliques: number[] = [], conjuncts: number[] = []
  let negated = false
  for (const j of deps) {
    const r = s.deprel[j]!
    if (r === 'obj' || r === 'iobj') objects.push(at(j))
    else if ((r === 'obl' || r.startsWith('obl:')) && j !== agent) obliques.push(at(j))
    else if (r === 'advmod' && !negated && NEGATORS.has(s.lemma[j]!.toLowerCase())) negated = true
    if (kinds.get(j) === 'conj') conjuncts.push(at(j))
  }
  const parent = kind === 'main' ? undefined : enclosing(s, kinds, p)
  const inner = within.get(p)
  // the keys in the order the stored JSON has always had, optional ones set only when present (assignments, not
  // spreads of one-key objects: each spread copies through a temporary object, four per clause)
  const c: Partial<Mutable<Clause>> = { predicate: at(p), kind }
  if (parent !== undefined) c.parent = at(parent)
  if (s.head[p]! >= 0) c.governor = at(s.head[p]!)
  if (subject >= 0) c.subject = at(subject)
  c.subjectShared = false
  c.objects = objects
  c.obliques = obliques
  if (agent >= 0) c.agent = at(agent)
  c.passive = labelledPassive || agent >= 0
  c.negated = negated
  c.complements = mapped(inner?.get('ccomp'), at)
  c.relatives = mapped(inner?.get('relcl'), at)
  c.subordinates = mapped(inner?.get('advcl'), at)
  c.conjuncts = conjuncts
  return c as Clause
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * A conjoined predicate without a subject shares its first conjunct's ("troops
 * attacked and killed"); an xcomp without one takes its controller, the parent's
 * object if there is one ("urged them to leave"), else its subject ("wants to leave").
 */
function shareSubjects(s: ParsedSentence, clauses: Map<number, Clause>): void {
  for (const [p, c] of [...clauses]) { // in predicate order
    if (c.subject !== undefined) continue
    const gov = clauses.get(s.head[p] ?? -1)
    if (!gov) continue
    const from = c.kind === 'conj' ? gov.subject : c.kind === 'xcomp' ? (gov.objects[0] ?? gov.subject) : undefined
    if (from !== undefined) clauses.set(p, { ...c, subject: from, subjectShared: true })
  }
}
