/**
 * Roles from the parse: which named actor a nominal token stands for. A token
 * stands for its own mention, else for a name inside its phrase — a compound or
 * flat name ("ISIL targets"), a possessive ("Russia's defence ministry"), an
 * adjectival actor ("Israeli jets"), an "of" phrase ("forces of the regime").
 * A relative pronoun stands for the noun its clause modifies.
 * @module
 */
import type { Clause } from '../model/index.js'
import { RELATIVE_PRONOUNS, SUBORDINATORS } from '../text/english.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'

const INNER: readonly (readonly string[])[] = [['flat', 'compound', 'appos'], ['nmod:poss'], ['amod'], ['nmod']]

/** The role mention a nominal token stands for. */
export function occOf(v: SentenceView, i: number, depth = 0): Occ | undefined {
  if (!v.inside(i)) return undefined
  const own = v.occAt(i)
  if (own) return own
  if (depth > 1) return undefined
  for (const rels of INNER) {
    for (const c of childrenWith(v, i, ...rels)) {
      if (v.deprel(c) === 'nmod' && caseOf(v, c) !== 'of') continue
      const o = occOf(v, c, depth + 1)
      if (o) return o
    }
  }
  return undefined
}

/** The role mentions of a token and of the tokens conjoined with it ("Gondor and Rohan"). */
export function occsOf(v: SentenceView, i: number | undefined): Occ[] {
  if (i === undefined || !v.inside(i)) return []
  const out: Occ[] = []
  const first = occOf(v, i)
  if (first) out.push(first)
  for (const c of childrenWith(v, i, 'conj')) {
    const o = occOf(v, c)
    if (o && !out.includes(o)) out.push(o)
  }
  return out
}

/** The clause's subject token: its own, a relative pronoun's noun, or (for a participle clause) the noun it modifies. */
export function subjectToken(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>): number | undefined {
  let s = cl.subject
  if (s !== undefined && RELATIVE_PRONOUNS.has(v.word(s)) && cl.governor !== undefined) s = cl.governor
  if (s === undefined && (cl.kind === 'relcl' || cl.kind === 'acl') && cl.governor !== undefined && !cl.passive) s = cl.governor
  if (s === undefined && (cl.kind === 'parataxis' || cl.kind === 'conj') && cl.parent !== undefined) {
    const parent = byPredicate.get(cl.parent)
    if (parent && parent !== cl && parent.kind !== 'parataxis') return subjectToken(v, parent, byPredicate)
  }
  return s !== undefined && v.inside(s) ? s : undefined
}

const CLAUSE_BREAK = new Set([',', ';', ':', ...RELATIVE_PRONOUNS, ...SUBORDINATORS])

/**
 * A subject the parse missed ("Ash Carter today met with …" parsed with Carter as a modifier of "today"): the nearest
 * named role before the predicate, not inside a prepositional phrase, with no verb or clause break between.
 */
export function nearestSubject(v: SentenceView, p: number): Occ | undefined {
  for (let k = p - 1; k >= v.first; k--) {
    const w = v.word(k)
    if (CLAUSE_BREAK.has(w) || v.upos(k) === 'VERB') return undefined
    const o = v.occAt(k)
    if (!o) continue
    const before = v.word(o.from - 1)
    if (v.upos(o.from - 1) === 'ADP' || before === 'by') return undefined
    return o
  }
  return undefined
}

/** The first named role after a token that a preposition of `preps` introduces ("… using aircraft against ISIL targets"). */
export function roleAfterPrep(v: SentenceView, i: number, preps: ReadonlySet<string>): Occ | undefined {
  for (let k = i + 1; k < v.end - 1; k++) {
    if (!preps.has(v.word(k))) continue
    for (let j = k + 1; j < Math.min(v.end, k + 4); j++) { const o = v.occAt(j); if (o) return o }
  }
  return undefined
}

/** Obliques (and nominal modifiers) of a predicate marked by one of the prepositions, nearest first. */
export function obliquesWith(v: SentenceView, cl: Clause, preps: ReadonlySet<string>): number[] {
  return cl.obliques.filter((o) => v.inside(o) && preps.has(caseOf(v, o)))
}
