/**
 * The target of a statement about an act of force (twenty-seventh session, issue #16): "the United States condemns the
 * ISIL attack on Camp Hurriya", "denounced the bombing of the hospital by Turkish jets". The golds' target of such a
 * condemnation is the act's doer (ISIL, the jets' side), or nobody when the sentence names none — never the place or
 * people struck, which the object phrase names first. Read from the parse: the statement's object is an event noun of
 * force (lexicon.ts NOUN_CUES, roots 18–20), and its doer is the noun's actor ("by X", a possessive, a compound name).
 * @module
 */
import { cameoRoot } from './cameo.js'
import { nounActor } from './noun-events.js'
import type { Occ, SentenceView } from './sentence-view.js'
import { nounCode } from './verb-code.js'

/** Roots of a statement whose object may be an act it is about: disapproval and accusation (11). */
const STATEMENT_ROOTS: ReadonlySet<string> = new Set(['11'])
/** Roots of an act of force: assault, fight, mass violence. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20'])

/**
 * The parties a statement of root `root` is about when one of its objects is an act of force: that act's doer (none
 * when the sentence names none). Undefined when the statement is no such statement, so the usual rules choose.
 */
export function statementTarget(v: SentenceView, root: string, objects: readonly number[]): Occ[] | undefined {
  if (!STATEMENT_ROOTS.has(root)) return undefined
  for (const o of objects) {
    const code = v.inside(o) ? nounCode(v, o) : undefined
    if (code !== undefined && FORCE_ROOTS.has(cameoRoot(code))) return nounActor(v, o)
  }
  return undefined
}
