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

function clauseKind(s: ParsedSentence, i: number, isPredicate: (j: number) => boolean): ClauseKind | undefined {
  const rel = s.deprel[i]!
  if (s.head[i] === -1 || rel === 'root') return 'main'
  const colon = rel.indexOf(':')
  const kind = KIND_OF[rel] ?? (colon >= 0 ? KIND_OF[rel.slice(0, colon)] : undefined)
  if (kind) return kind
  // a conjunct is a clause of its own when it conjoins predicates and is verbal or has its own subject ("attacked and killed")
  if (rel === 'conj' && isPredicate(s.head[i]!)) {
    return s.upos[i] === 'VERB' || s.head.some((h, j) => h === i && (SUBJECTS.has(s.deprel[j]!) || s.deprel[j] === 'cop')) ? 'conj' : undefined
  }
  return undefined
}

/** Kinds of every word that heads a clause, in word order (heads precede their conjuncts, so one pass in order suffices for conj). */
function predicateKinds(s: ParsedSentence): Map<number, ClauseKind> {
  const kinds = new Map<number, ClauseKind>()
  const depths = s.head.map((_, i) => depth(s, i))
  const order = [...s.head.keys()].sort((a, b) => depths[a]! - depths[b]! || a - b)
  for (const i of order) {
    const k = clauseKind(s, i, (j) => kinds.has(j))
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
  const kinds = predicateKinds(s)
  const kids: number[][] = s.head.map(() => [])
  s.head.forEach((h, i) => { if (h >= 0) kids[h]!.push(i) })
  const within = clausesWithin(s, kinds)
  const local = new Map<number, Clause>()
  for (const [p, kind] of [...kinds].sort((a, b) => a[0] - b[0])) local.set(p, clauseAt(s, kids, kinds, within, p, kind))
  shareSubjects(s, local)
  return [...local.values()].map((c) => ({
    ...c,
    predicate: at(c.predicate),
    ...(c.parent !== undefined ? { parent: at(c.parent) } : {}),
    ...(c.governor !== undefined ? { governor: at(c.governor) } : {}),
    ...(c.subject !== undefined ? { subject: at(c.subject) } : {}),
    ...(c.agent !== undefined ? { agent: at(c.agent) } : {}),
    objects: c.objects.map(at), obliques: c.obliques.map(at), complements: c.complements.map(at),
    relatives: c.relatives.map(at), subordinates: c.subordinates.map(at), conjuncts: c.conjuncts.map(at),
  }))
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

function clauseAt(s: ParsedSentence, kids: number[][], kinds: Map<number, ClauseKind>, within: Within, p: number, kind: ClauseKind): Clause {
  const deps = kids[p]!
  const rel = (j: number) => s.deprel[j]!
  const subject = deps.find((j) => SUBJECTS.has(rel(j)))
  const hasBy = (j: number) => kids[j]!.some((c) => rel(c) === 'case' && s.lemma[c]!.toLowerCase() === 'by')
  const labelledPassive = deps.some((j) => rel(j) === 'nsubj:pass' || rel(j) === 'csubj:pass' || rel(j) === 'aux:pass')
  let agent = deps.find((j) => rel(j) === 'obl:agent')
  if (agent === undefined && (labelledPassive || kind === 'acl' || kind === 'advcl') && s.upos[p] === 'VERB') agent = deps.find((j) => rel(j).startsWith('obl') && hasBy(j))
  const parent = kind === 'main' ? undefined : enclosing(s, kinds, p)
  const inClause = (k: ClauseKind) => [...(within.get(p)?.get(k) ?? [])]
  return {
    predicate: p,
    kind,
    ...(parent !== undefined ? { parent } : {}),
    ...(s.head[p]! >= 0 ? { governor: s.head[p]! } : {}),
    ...(subject !== undefined ? { subject } : {}),
    subjectShared: false,
    objects: deps.filter((j) => rel(j) === 'obj' || rel(j) === 'iobj'),
    obliques: deps.filter((j) => rel(j).split(':')[0] === 'obl' && j !== agent),
    ...(agent !== undefined ? { agent } : {}),
    passive: labelledPassive || agent !== undefined,
    negated: deps.some((j) => rel(j) === 'advmod' && NEGATORS.has(s.lemma[j]!.toLowerCase())),
    complements: inClause('ccomp'),
    relatives: inClause('relcl'),
    subordinates: inClause('advcl'),
    conjuncts: deps.filter((j) => kinds.get(j) === 'conj'),
  }
}

/**
 * A conjoined predicate without a subject shares its first conjunct's ("troops
 * attacked and killed"); an xcomp without one takes its controller, the parent's
 * object if there is one ("urged them to leave"), else its subject ("wants to leave").
 */
function shareSubjects(s: ParsedSentence, clauses: Map<number, Clause>): void {
  for (const [p, c] of [...clauses].sort((a, b) => a[0] - b[0])) {
    if (c.subject !== undefined) continue
    const gov = clauses.get(s.head[p] ?? -1)
    if (!gov) continue
    const from = c.kind === 'conj' ? gov.subject : c.kind === 'xcomp' ? (gov.objects[0] ?? gov.subject) : undefined
    if (from !== undefined) clauses.set(p, { ...c, subject: from, subjectShared: true })
  }
}
