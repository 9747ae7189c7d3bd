/**
 * Roles from the parse: which named actor a nominal token stands for. A token
 * stands for its own mention, else for a name inside its phrase — a compound or
 * flat name ("ISIL targets"), a possessive ("Russia's defence ministry"), an
 * adjectival actor ("Israeli jets"), an "of" phrase ("forces of the regime").
 * A relative pronoun stands for the noun its clause modifies.
 * @module
 */
import type { Clause } from '../model/index.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose'])
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

/** Obliques (and nominal modifiers) of a predicate marked by one of the prepositions, nearest first. */
export function obliquesWith(v: SentenceView, cl: Clause, preps: ReadonlySet<string>): number[] {
  return cl.obliques.filter((o) => v.inside(o) && preps.has(caseOf(v, o)))
}
