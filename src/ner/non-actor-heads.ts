/**
 * A name whose head is a room, a designation or a post names no actor or place: "the [Press Briefing Room]ORG", "a
 * [UNESCO World Heritage Site]ORG", "the [U.S. Embassy Chargé]ORG d'Affaires", "[State Department Spokesman]ORG Ned
 * Price". The words before the head say whose room or post it is; the phrase itself is a description and becomes MISC,
 * which no stage resolves into an entity. A room is a head only with its use ("briefing room"): "Rumba Room" (a bar) and
 * "Hong Kong News Room" (a company) are names. The heads are NON_ACTOR_HEADS of the shared word list; a span with "of"
 * ("Room of Tears") or of one word is left alone. (Shared scheme.)
 *
 * The press corps of a government is named the same way, by the building the government works in and "Press":
 * "Questions from the [Pentagon Press]ORG", "[White House Press] corps". Only a seat of government (GOVERNMENT_SEATS)
 * makes it one: "Associated Press", "Canadian Press" and "Oxford University Press" are bodies. (`pressCorps`.)
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { GOVERNMENT_SEATS, NON_ACTOR_HEADS, PRESS_CORPS_HEADS } from '../text/english.js'

/** Does the span end in a head that names a room, a designation or a post? */
export function endsInNonActorHead(words: readonly string[], s: { start: number; end: number; type: string }): boolean {
  if (s.type !== 'ORG' && s.type !== 'LOC') return false
  if (s.end - s.start < 2) return false
  const phrase = words.slice(s.start, s.end).map((w) => w.toLowerCase())
  if (phrase.includes('of')) return false
  const last = phrase[phrase.length - 1]!
  return NON_ACTOR_HEADS.has(last) || NON_ACTOR_HEADS.has(`${phrase[phrase.length - 2]} ${last}`)
}

/** One sentence's spans with rooms, designations and posts made MISC. */
export function markNonActorHeads(words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  for (const s of spans) if (endsInNonActorHead(words, s)) s.type = 'MISC'
  return spans
}

/** Is the span a seat of government and "Press" ("Pentagon Press", "the White House Press Corps"): a government's press corps? */
export function namesPressCorps(words: readonly string[], s: { start: number; end: number; type: string }): boolean {
  if (s.type !== 'ORG' && s.type !== 'LOC') return false
  const phrase = words.slice(s.start, s.end).map((w) => w.toLowerCase())
  if (phrase[0] === 'the') phrase.shift()
  for (const n of [1, 2]) {
    if (phrase.length <= n || !PRESS_CORPS_HEADS.has(phrase.slice(-n).join(' '))) continue
    if (GOVERNMENT_SEATS.has(phrase.slice(0, -n).join(' '))) return true
  }
  return false
}

/** One sentence's spans with a government's press corps made MISC. */
export function markPressCorps(words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  for (const s of spans) if (namesPressCorps(words, s)) s.type = 'MISC'
  return spans
}
