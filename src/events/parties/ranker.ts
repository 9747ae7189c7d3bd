/**
 * The learned choice of an event's actor and target: every candidate of each slot (candidates.ts) gets a linear score
 * from the party model; the coder's own choice gets the model's `ownBonus` (`noneBonus` when it chose nobody); the best
 * pair with the target a party other than the actor wins. An event whose cue carries events with other parties (coordinated actors, mirrored codes) keeps
 * the coder's parties: the readings are the coder's to tell apart.
 * @module
 */
import type { AnnotatedDoc, Event, EventRole } from '../../model/index.js'
import type { DocCoder } from '../actor-codes.js'
import { eventCandidates, ownParty, partyContext, sameParty, sameRole, sameSpan, type PartyCandidate, type PartyContext, type Slot } from './candidates.js'
import type { PartyModel } from './model.js'
import { hashedSum, hashedWeights } from '../json-model.js'

const lowerTexts = (cs: readonly PartyCandidate[]): Array<string | undefined> => cs.map((c) => c.role?.text.toLowerCase())

/**
 * Scores of a slot's candidates, the coder's own choice raised by the bonus (`hashedScore` of each, the model's table
 * looked up once; in a typed array, so no score is boxed).
 */
function scored(cs: readonly PartyCandidate[], own: EventRole | undefined, m: PartyModel): Float64Array {
  const none = m.noneBonus ?? m.ownBonus
  const h = hashedWeights(m.weights)
  const out = new Float64Array(cs.length)
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!
    out[i] = hashedSum(h, c.keys, c.keys.length, 0) + (!c.role && !own ? none : ownParty(c.role, own) ? m.ownBonus : 0)
  }
  return out
}

/** The best actor and target of an event (ties: the earlier candidate, so the choice is deterministic). */
export function chooseParties(ctx: PartyContext, e: Event, m: PartyModel): Parties {
  // a party the coder named is final when the model never overrides: only the other slot is ranked (both named here
  // means one party named twice, and either may give way)
  const named = (['actor', 'target'] as const).filter((slot) => e[slot])
  const fixed = new Set<Slot>(m.ownBonus >= NEVER_OVERRIDE && named.length === 1 ? named : [])
  return bestPair(eventCandidates(ctx, e, fixed, false), e, m)
}

export interface Parties { readonly actor: EventRole | undefined; readonly target: EventRole | undefined }

/** The best pair among an event's candidates. */
export function bestPair(cs: Readonly<Record<Slot, readonly PartyCandidate[]>>, e: Event, m: PartyModel): Parties {
  const sa = scored(cs.actor, e.actor, m)
  const st = scored(cs.target, e.target, m)
  const al = lowerTexts(cs.actor)
  const tl = lowerTexts(cs.target)
  let actor = e.actor
  let target = e.target
  let best = -Infinity
  // a pair wins only by a higher sum: the score is compared before the (costlier) party test, and a row whose actor
  // cannot beat the best with the best target is passed over (the same pair chosen, ties to the earlier one)
  const top = st.reduce((m, x) => (x > m ? x : m), -Infinity)
  for (let i = 0; i < cs.actor.length; i++) {
    if (!(sa[i]! + top > best)) continue
    for (let j = 0; j < cs.target.length; j++) {
      const s = sa[i]! + st[j]!
      if (s > best && !sameParty(cs.actor[i]!.role, cs.target[j]!.role, al[i], tl[j])) { actor = cs.actor[i]!.role; target = cs.target[j]!.role; best = s }
    }
  }
  return { actor, target }
}

/** Cue starts whose events name different parties (coordinated actors, mirrored codes). */
function sharedCues(events: readonly Event[]): Set<number> {
  const first = new Map<number, Event>()
  const shared = new Set<number>()
  for (const e of events) {
    const f = first.get(e.cue.start)
    if (!f) first.set(e.cue.start, e)
    else if (!sameSpan(f.actor, e.actor) || !sameSpan(f.target, e.target)) shared.add(e.cue.start)
  }
  return shared
}

/** Events the ranker may re-choose the parties of: those whose cue carries no other parties (readings of one cue as other codes may). */
export function rankable(events: readonly Event[]): (e: Event) => boolean {
  const shared = sharedCues(events)
  return (e) => !shared.has(e.cue.start)
}

/** An own bonus this large never lets the ranker override a party the coder named: it only fills the empty slots. */
export const NEVER_OVERRIDE = 1e6

/** The coder named both parties (two different ones) and the model never overrides them: nothing to rank. */
const settled = (e: Event, m: PartyModel): boolean =>
  m.ownBonus >= NEVER_OVERRIDE && !!e.actor && !!e.target && !sameParty(e.actor, e.target)

/** The role unchanged when it is the same span (its actor code kept), else the new one. */
const keepSame = (old: EventRole | undefined, now: EventRole | undefined) => (sameRole(old, now) ? old : now)

/**
 * Re-choose the parties of a document's events. `coder` is the stage's actor coder of this document (default: the
 * shipped dictionaries); `pick` overrides the choice (cross-validation).
 */
export function rankParties(doc: AnnotatedDoc, events: readonly Event[], m: PartyModel, coder?: DocCoder, pick?: (ctx: PartyContext, e: Event) => Parties): Event[] {
  if (events.length === 0 || !doc.syntax) return [...events]
  const ok = rankable(events)
  const ranked = events.filter((e) => ok(e) && (pick || !settled(e, m)))
  if (ranked.length === 0) return [...events]
  const ranks = new Set(ranked)
  // only the ranked events' sentences need their role mentions
  const ctx = partyContext(doc, events, coder, ranked)
  return events.map((e) => {
    if (!ranks.has(e)) return e
    const c = pick ? pick(ctx, e) : chooseParties(ctx, e, m)
    const actor = keepSame(e.actor, c.actor)
    const target = keepSame(e.target, c.target)
    if (actor === e.actor && target === e.target) return e
    const { actor: _a, target: _t, ...rest } = e
    return { ...rest, ...(actor ? { actor } : {}), ...(target ? { target } : {}) }
  })
}
