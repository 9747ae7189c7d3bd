/**
 * Subject continuity for pronouns coreference left unresolved: "Mr. Simon … He called on the prime minister to …",
 * "Rebel fighters … have joined forces … They called on ethnic Shan people …". The subject pronoun of a sentence's main
 * clause (he/she, it, they) that no antecedent link reached stands for the subject of the previous sentence's main
 * clause, when that subject is a party of a fitting kind: a person for he/she, a body or a country for it, a body, a
 * people or a descriptor for they. The pronoun token then fills roles as that party (its mention, its entity), as
 * PETRARCH-style coders carry the last actor forward. A pronoun inside a subordinate clause is left to the clause it
 * depends on (roles.ts), and an expletive "it" ("it is believed") heads no verb and is left alone.
 * @module
 */
import type { Clause, Mention } from '../../model/index.js'
import { isDescriptor } from '../descriptors.js'

/** A role occurrence as sentence-view.ts builds it (kept structural to avoid a cycle). */
export interface SubjectOcc { readonly m: Mention; readonly from: number; readonly to: number }

/** What the rule reads of one sentence (global token indices). */
export interface SubjectInput {
  readonly clauses: readonly Clause[]
  word(i: number): string
  upos(i: number): string
  at: Map<number, SubjectOcc>
}

const PERSONAL = new Set(['he', 'she'])

/** Does the antecedent fit the pronoun? */
function fits(pronoun: string, o: SubjectOcc): boolean {
  if (PERSONAL.has(pronoun)) return o.m.type === 'PER' && !isDescriptor(o.m)
  if (pronoun === 'it') return (o.m.type === 'ORG' || o.m.type === 'LOC') && o.m.kind !== 'pronoun'
  if (pronoun === 'they') return o.m.type === 'ORG' || o.m.type === 'NORP' || isDescriptor(o.m)
  return false
}

/** The main clause of a sentence (the first clause of kind main). */
const mainClause = (x: SubjectInput): Clause | undefined => x.clauses.find((c) => c.kind === 'main')

/**
 * Fill the main clause's unresolved subject pronoun from `previous` (the last sentence's main subject), and return the
 * subject this sentence hands on to the next one.
 */
export function carrySubject(x: SubjectInput, previous: SubjectOcc | undefined): SubjectOcc | undefined {
  const main = mainClause(x)
  const s = main?.subject
  if (main === undefined || s === undefined) return undefined
  const own = x.at.get(s)
  if (own) return own
  const w = x.word(s)
  if (!previous || !fits(w, previous) || x.upos(main.predicate) !== 'VERB') return undefined
  const o: SubjectOcc = { m: previous.m, from: s, to: s + 1 }
  x.at.set(s, o)
  return previous
}
