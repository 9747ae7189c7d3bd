/**
 * A state's body named without its state — "the government", "authorities", "police", "troops", "security forces" —
 * stands for the country or people named last before it in its paragraph ("Turkish officials say soldiers have
 * killed …": the soldiers are Turkey's), as PETRARCH composes an agent with the actor in reach (TUR + MIL). The party
 * ranker gets it as one more candidate beside the bare phrase (candidates.ts): the role keeps the phrase's own span
 * and text and takes that name's mention, so the party is the country's entity; the ranker learns when the news golds
 * code the country rather than the phrase. Only bodies of a state: rebels and militants are no country's.
 * @module
 */
import type { AnnotatedDoc, EventRole, Mention } from '../../model/index.js'

/** Heads of a state's own bodies (the last word of a bare phrase: "the government", "security forces"). */
const STATE_HEADS: ReadonlySet<string> = new Set(['government', 'authorities', 'police', 'policemen', 'military', 'army', 'troops', 'forces',
  'soldiers', 'officials', 'court', 'prosecutors', 'investigators', 'ministry', 'regime'])
/** Words a bare phrase may have before its head. */
const BARE_MODIFIERS: ReadonlySet<string> = new Set(['the', 'security', 'government', 'federal', 'state', 'military'])

/** The names a state's body may be composed with: countries and peoples, in text order. */
export function countryNames(doc: AnnotatedDoc): Mention[] {
  return (doc.mentions ?? []).filter((m) => m.kind === 'name' && (m.type === 'NORP' || (m.type === 'LOC' && m.subtype === 'country')))
    .sort((a, b) => a.start - b.start)
}

/** Is a role a state's body with no name of its own ("the police", "Security forces")? */
export function bareStateBody(r: EventRole): boolean {
  if (r.mentionId) return false
  const words = r.text.toLowerCase().split(/\s+/)
  const head = words[words.length - 1]!
  return words.length <= 3 && STATE_HEADS.has(head) && words.slice(0, -1).every((w) => BARE_MODIFIERS.has(w))
}

/** The role composed with the country or people named last before it in its paragraph; undefined when none is. */
export function composedRole(text: string, r: EventRole, names: readonly Mention[]): { role: EventRole; name: Mention } | undefined {
  if (!bareStateBody(r)) return undefined
  let last: Mention | undefined
  for (const m of names) { if (m.end > r.start) break; last = m }
  if (!last || text.slice(last.end, r.start).includes('\n\n')) return undefined
  return { role: { start: r.start, end: r.end, text: r.text, mentionId: last.id, ...(last.entityId ? { entityId: last.entityId } : {}) }, name: last }
}
