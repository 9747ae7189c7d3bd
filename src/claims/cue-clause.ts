/**
 * The clause a cue heads, read from doc.syntax: its predicate token, the
 * reporting lemma and stance, negation, and the speaker's phrase — the
 * subject, or the agent of a passive ("was reported by MSNBC"), or for a
 * relative clause on a thing ("the report, which found …") the noun it
 * modifies.
 * @module
 */
import type { Clause, Span } from '../model/index.js'
import { reportingStance, type ReportingStance } from './reporting-verbs.js'
import { lemmaOf, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

export interface CueClause {
  readonly predicate: number
  readonly lemma: string
  readonly stance?: ReportingStance
  readonly clause?: Clause
  /** Head token of the speaker's phrase, when the clause names one. */
  readonly speaker?: number
}

/** The predicate of a cue span: its first verb, else its first token that heads a clause, else its first word. */
export function cuePredicate(v: SyntaxView, cue: Span): number | undefined {
  const idx = tokensIn(v, cue)
  return idx.find((i) => uposOf(v, i) === 'VERB') ?? idx.find((i) => v.clauses.has(i)) ?? idx[0]
}

/** The speaker token of a clause: passive agent, subject, or the noun a "which"/"that" relative clause modifies. */
export function clauseSpeaker(v: SyntaxView, c: Clause): number | undefined {
  if (c.passive) return c.agent
  if (c.subject === undefined) return undefined
  const w = wordOf(v, c.subject).toLowerCase()
  if ((w === 'which' || w === 'that') && c.kind === 'relcl' && c.governor !== undefined) return c.governor
  return c.subject
}

export function cueClause(v: SyntaxView, cue: Span): CueClause | undefined {
  const predicate = cuePredicate(v, cue)
  if (predicate === undefined) return undefined
  const lemma = lemmaOf(v, predicate)
  const clause = v.clauses.get(predicate)
  const stance = reportingStance(lemma)
  const speaker = clause ? clauseSpeaker(v, clause) : undefined
  return { predicate, lemma, ...(stance ? { stance } : {}), ...(clause ? { clause } : {}), ...(speaker !== undefined ? { speaker } : {}) }
}
