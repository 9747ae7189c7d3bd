/**
 * Claims whose content only points back at an earlier report — "denied the report", "confirmed the claim", "rejected
 * the accusation", "denied it" — are about what that report stated. The report is the nearest earlier one of another
 * source: a claim by another speaker (with everything that speaker said before it), or the events the article states
 * in its own voice in the nearest earlier sentence that states any (the outlet is then the other source). "Taliban
 * fighters attacked a police post on Monday. A Taliban spokesman denied the report." denies the attack; the events
 * stage keeps the spokesman's denial as an event of its own (CAMEO 016), as the news golds code it.
 * @module
 */
import type { Claim, Event, Span } from '../model/index.js'

/** Content that points back at an earlier report rather than stating anything: "the report", "those allegations". */
const ANAPHORIC_CONTENT = new RegExp(
  String.raw`^(?:(?:the|this|that|these|those|such|any|all|its|his|her|their|[\p{L}.-]+['’]s)\s+){0,2}` +
  String.raw`(?:(?:latest|new|earlier|initial|first|media|news|press|local|western|foreign)\s+){0,2}` +
  String.raw`(?:reports?|accounts?|claims?|stor(?:y|ies)|allegations?|accusations?|charges?|rumou?rs?|details|information|it|this|that)\.?$`,
  'iu',
)

/** A claim as extraction holds it while it resolves continuity: the claim and its content's parts. */
export interface ClaimInProgress {
  claim: Claim
  parts: readonly Span[]
}

/** Does the content only point back at an earlier report? */
export function pointsBack(c: Claim): boolean {
  return ANAPHORIC_CONTENT.test(c.content.text.trim())
}

/**
 * Events stated in the article's own voice: their cue lies in no attribution's cue, source or content (a claim's
 * reported event is that claim's; a reporting verb coded as an event is the speaker's act, not a report).
 */
export function ownVoiceEvents(events: readonly Event[], attributed: readonly Span[]): Event[] {
  return events.filter((e) => !attributed.some((s) => s.start <= e.cue.start && e.cue.end <= s.end))
}

/**
 * The events a claim that points back is about (empty when it does not point back, names events of its own, or
 * nothing earlier reports any). `earlier` are the claims before it in the article, `stated` the own-voice events.
 */
export function anaphoricAbout(w: ClaimInProgress, earlier: readonly ClaimInProgress[], stated: readonly Event[]): string[] {
  if (w.claim.about.length > 0 || !pointsBack(w.claim)) return []
  const begin = Math.min(w.claim.source.start, w.claim.cue.start, w.claim.content.start)
  const ante = earlier.findLast((e) => !sameSpeaker(e.claim, w.claim) && endOf(e.claim) <= begin)
  const before = stated.filter((e) => e.cue.end <= begin)
  const last = before.reduce<Event | undefined>((m, e) => (m === undefined || e.sentence.start > m.sentence.start ? e : m), undefined)
  // the outlet's own statement after the last other speaker's claim is the nearer report
  if (last && (!ante || last.sentence.start >= endOf(ante.claim))) {
    return before.filter((e) => e.sentence.start === last.sentence.start).map((e) => e.id)
  }
  if (!ante) return []
  const about = new Set<string>()
  for (const e of earlier) if (e === ante || sameSpeaker(e.claim, ante.claim)) for (const id of e.claim.about) about.add(id)
  return [...about]
}

const endOf = (c: Claim): number => Math.max(c.cue.end, c.content.end, c.source.end)

/** Two claims of one speaker: linked by continuity, the same entity, or the same words. */
export function sameSpeaker(a: Claim, b: Claim): boolean {
  const sa = a.source
  const sb = b.source
  if (sa.antecedentClaimId === b.id || sb.antecedentClaimId === a.id) return true
  if (sa.antecedentClaimId && sa.antecedentClaimId === sb.antecedentClaimId) return true
  if (sa.entityId && sa.entityId === sb.entityId) return true
  return sa.text.trim().toLowerCase() === sb.text.trim().toLowerCase()
}
