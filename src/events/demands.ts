/**
 * Obligations stated of another party are demands (CAMEO 10): "the regime and its backers must comply with their
 * obligations" in a minister's statement is the minister's demand on the regime; "Britain says Iran must abandon
 * enrichment" is Britain's demand on Iran. The demander is the subject of the reporting verb the clause hangs on,
 * else the person speaking (or the side the statement speaks for). What must be done is asked for, not done: the
 * clause itself is no event (verb-events.ts leaves out predicates returned here).
 * @module
 */
import type { Clause } from '../model/index.js'
import { pronounInfo } from '../text/english.js'
import type { ArticleContext, Candidate } from './candidate.js'
import { SPEECH_VERBS } from './lexicon.js'
import { occsOf, subjectToken } from './roles.js'
import type { Occ, SentenceView } from './sentence-view.js'

/** Modal auxiliaries that lay an obligation on the subject. */
const OBLIGATION = new Set(['must'])
export const DEMAND_CODE = '100'

/** The auxiliary laying an obligation on the clause's subject, if any. */
function obligation(v: SentenceView, cl: Clause): number | undefined {
  return v.children(cl.predicate).find((c) => c < cl.predicate && v.deprel(c) === 'aux' && OBLIGATION.has(v.word(c)))
}

/** The party whose reporting verb the clause is the content of ("Britain says Iran must …"). */
function reporter(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>): Occ[] {
  if (cl.parent === undefined || (cl.kind !== 'ccomp' && cl.kind !== 'parataxis')) return []
  const parent = byPredicate.get(cl.parent)
  if (!parent || !(SPEECH_VERBS.has(v.lemma(parent.predicate)) || SPEECH_VERBS.has(v.word(parent.predicate)))) return []
  return occsOf(v, subjectToken(v, parent, byPredicate))
}

/** Demands of one sentence, and the predicates they ask for (no events of their own). */
export function obligationDemands(v: SentenceView, byPredicate: ReadonlyMap<number, Clause>, ctx: ArticleContext): { demands: Candidate[]; asked: Set<number> } {
  const demands: Candidate[] = []
  const asked = new Set<number>()
  for (const cl of v.clauses) {
    const must = obligation(v, cl)
    if (must === undefined) continue
    const subj = subjectToken(v, cl, byPredicate)
    // "we must defeat ISIL", "I must stress": the speaker's own resolve, not a demand on anyone
    if (subj === undefined || (pronounInfo(v.word(subj))?.person ?? 3) === 1) continue
    const targets = occsOf(v, subj)
    if (targets.length === 0) continue
    asked.add(cl.predicate)
    const by = reporter(v, cl, byPredicate)
    const actors = (by.length ? by : [ctx.speaker ?? ctx.side].filter((o): o is Occ => o !== undefined)).filter((a) => !targets.includes(a))
    if (actors.length === 0) continue
    demands.push({ from: must, last: cl.predicate, code: DEMAND_CODE, actors, targets, modality: 'asserted', specific: true, anchor: cl.predicate })
  }
  return { demands, asked }
}
