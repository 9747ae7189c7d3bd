/**
 * The one table of reporting predicates, by lemma: what a speaker does to the
 * content when they "say", "confirm", "deny" or "claim" it. Lemmas come from
 * the lemmatiser (doc.syntax), so every inflected form is covered.
 *
 * - `assert`: the speaker states the content as fact (say, tell, state, report).
 * - `confirm`: the speaker confirms what was reported (confirm, acknowledge, admit).
 * - `deny`: the speaker denies or rejects it (deny, reject, dismiss, refute, the phrasal "rule out", "plead not guilty").
 * - `allege`: the speaker asserts it while the reporter keeps distance (claim, allege).
 * - `hedge`: the speaker is unsure (suggest, believe, expect, estimate).
 * - `directive`: not an assertion of fact at all (urge, call for, demand, intend, plan, vow):
 *   an appeal or an intention, coded as an event, never as a claim.
 * @module
 */
import type { Stance } from '../model/index.js'

export type ReportingStance = 'assert' | 'confirm' | 'deny' | 'allege' | 'hedge' | 'directive'

const ROWS: ReadonlyArray<readonly [ReportingStance, string]> = [
  ['assert', 'say tell state report announce add note explain write declare stress underline emphasise emphasize insist argue warn ' +
    'reiterate repeat observe remark comment testify recall point mention reveal disclose describe indicate show demonstrate find conclude ' +
    'assert maintain tweet post brief inform notify answer reply respond counter agree complain lament acknowledge caution ' +
    'highlight assure remind make_clear clarify update'],
  ['confirm', 'confirm acknowledge admit concede verify corroborate affirm reaffirm'],
  ['deny', 'deny reject dismiss refute dispute contradict rebuff debunk repudiate rule_out plead_not_guilty'],
  ['allege', 'claim allege accuse charge contend purport blame'],
  ['hedge', 'suggest believe think expect estimate assess predict suspect speculate guess fear hope doubt wonder imply'],
  ['directive', 'urge call demand ask appeal request intend plan vow pledge promise threaten want propose recommend order instruct encourage invite'],
]

/** Reporting lemma → its stance. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingStance> = new Map(
  ROWS.flatMap(([stance, lemmas]) => lemmas.split(/\s+/).map((l) => [l.replace(/_/g, ' '), stance] as const)),
)

/** Verbs of holding a view (a hedge when a reporter relays it, the speaker's position when a body states it of itself). */
const VIEW_LEMMAS: ReadonlySet<string> = new Set(['believe', 'think'])

/** Does this reporting lemma state the speaker's view ("believe", "think")? */
export function holdsView(lemma: string): boolean {
  return VIEW_LEMMAS.has(lemma.toLowerCase())
}

/** The stance of a reporting lemma, or undefined when the lemma reports nothing. */
export function reportingStance(lemma: string): ReportingStance | undefined {
  return REPORTING_VERBS.get(lemma.toLowerCase())
}

/** Does this lemma report a statement of fact (anything but a directive or intention)? */
export function reportsFact(lemma: string): boolean {
  const s = reportingStance(lemma)
  return s !== undefined && s !== 'directive'
}

/**
 * The claim stance a reporting stance gives (an allegation is asserted, its distance kept as a hedge word; "did not say"
 * is no denial; "would not confirm" leaves it open, a hedge).
 */
export function claimStanceOf(s: ReportingStance, negated: boolean): Stance {
  if (s === 'deny') return negated ? 'confirm' : 'deny'
  if (s === 'confirm') return negated ? 'hedge' : 'confirm'
  if (s === 'hedge') return 'hedge'
  return 'assert'
}
