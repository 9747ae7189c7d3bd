/**
 * A party named by a phrase that stands for a country, as PETRARCH composes an agent with the actor in reach.
 * The party ranker gets each as one more candidate beside the phrase itself (candidates.ts): the role keeps the phrase's
 * own span and text and takes the country's mention, so the party is the country's entity; the ranker learns when the
 * news golds code the country rather than the phrase. Two compositions (`Composition`):
 * - `comp`: a state's body with no name of its own — "the government", "authorities", "police", "troops" — stands for
 *   the country or people named last before it in its paragraph ("Turkish officials say soldiers have killed …": the
 *   soldiers are Turkey's; TUR + MIL) or, when none is named before it there, the first named after it in its
 *   paragraph ("Security forces clashed with rebels …, Burmese officials say": Burma's; VOA paragraphs are mostly one
 *   sentence, so this is the sentence's country).
 * - `incl`: a party under a country or people adjective — a state's body ("Chinese officials", "two U.S. soldiers",
 *   "Iraq's army") or any head the descriptors put under a place ("Iraqi civilians", "Palestinian militants",
 *   `OVER_PLACE_HEADS`) — stands for that country (the golds code "Chinese officials denied …" as China).
 * - `art`: a phrase of a state's body or a country's people with no name in it and no country named in its paragraph
 *   to stand for ("four officers", "two policemen", "a police patrol", "27 people": the golds code the victims of "In
 *   Kirkuk, insurgents ambushed a police patrol, killing four officers" as Iraq, named sentences before) stands for the
 *   country the article names most (its names grouped by their actor code, "Iraq" with "Iraqi").
 * A fourth, `pron` (pronouns.ts, events.cameo.v22), composes an unlinked pronoun with the name it most likely stands for.
 * A bare "the rebels" or "militants" is no country's; composing it with the organisation named before it was tried
 * and left out (docs/events.md, twenty-third session).
 * @module
 */
import type { AnnotatedDoc, EventRole, Mention } from '../../model/index.js'
import { OVER_PLACE_HEADS } from '../descriptors.js'

/** How a phrase stands for a name (see the module comment; `pron`: an unlinked pronoun, pronouns.ts). */
export type Composition = 'comp' | 'incl' | 'art' | 'pron'

/** A composed role: the phrase's span standing for `name`'s mention. */
export interface Composed { readonly role: EventRole; readonly name: Mention; readonly how: Composition }

/** Heads of a state's own bodies (the last word of a bare phrase: "the government", "security forces"). */
const STATE_HEADS: ReadonlySet<string> = new Set(['government', 'authorities', 'police', 'policemen', 'military', 'army', 'troops', 'forces',
  'soldiers', 'officials', 'court', 'prosecutors', 'investigators', 'ministry', 'regime'])
/**
 * Heads of a phrase that may stand for the country an article is about: a state's bodies and men ("four officers", "a
 * policeman", "a police patrol") and its people ("27 people", "two civilians"); not armed groups, protesters or
 * leaders, whom the golds code as parties of their own.
 */
const ARTICLE_HEADS: ReadonlySet<string> = new Set([...STATE_HEADS, 'officer', 'officers', 'policeman', 'soldier', 'official', 'patrol', 'patrols',
  'guards', 'marines', 'sailors', 'people', 'civilians', 'civilian', 'nationals', 'hostages', 'hostage'])
/** Words a bare phrase may have before its head. */
const BARE_MODIFIERS: ReadonlySet<string> = new Set(['the', 'security', 'government', 'federal', 'state', 'military'])

/** The names a state's body may be composed with: countries and peoples, in text order. */
export function countryNames(doc: AnnotatedDoc): Mention[] {
  return (doc.mentions ?? []).filter((m) => m.kind === 'name' && (m.type === 'NORP' || (m.type === 'LOC' && m.subtype === 'country')))
    .sort((a, b) => a.start - b.start)
}

const wordsOf = (r: EventRole): string[] => r.text.toLowerCase().split(/\s+/)
const headOf = (words: readonly string[]): string => words[words.length - 1]!

/**
 * Is a role a state's body with no name of its own ("the police", "Security forces")? `words` (here and below): the
 * role's words in lower case, when the caller has split them already.
 */
export function bareStateBody(r: EventRole, words?: readonly string[]): boolean {
  if (r.mentionId) return false
  words ??= wordsOf(r)
  return words.length <= 3 && STATE_HEADS.has(headOf(words)) && words.slice(0, -1).every((w) => BARE_MODIFIERS.has(w))
}

/** The last name ending at or before `end` and starting at or after `from` (names in text order). */
function lastIn(names: readonly Mention[], from: number, end: number): Mention | undefined {
  let last: Mention | undefined
  for (const m of names) { if (m.end > end) break; if (m.start >= from) last = m }
  return last
}

/** The role `r` standing for `name`'s mention (its span and text kept). */
export const composed = (r: EventRole, name: Mention, how: Composition): Composed =>
  ({ role: { start: r.start, end: r.end, text: r.text, mentionId: name.id, ...(name.entityId ? { entityId: name.entityId } : {}) }, name, how })

/**
 * The role composed with the country or people named last before it in its paragraph, else with the first named after
 * it there; undefined when none is.
 */
export function composedRole(text: string, r: EventRole, names: readonly Mention[], words?: readonly string[]): Composed | undefined {
  if (!bareStateBody(r, words)) return undefined
  const last = lastIn(names, 0, r.start)
  if (last && !text.slice(last.end, r.start).includes('\n\n')) return composed(r, last, 'comp')
  // none before it in its paragraph: the first named after it there ("security forces clashed with rebels, Burmese
  // officials say")
  const next = names.find((m) => m.start >= r.end)
  return next && !text.slice(r.end, next.start).includes('\n\n') ? composed(r, next, 'comp') : undefined
}

/** A party under a country or people name inside its phrase ("Chinese officials", "Iraqi civilians") as that country. */
export function includedStateBody(r: EventRole, countries: readonly Mention[], words?: readonly string[]): Composed | undefined {
  // a named party is no country's body: decided before the words are split
  if (r.mentionId) return undefined
  words ??= wordsOf(r)
  const head = headOf(words)
  if (words.length > 5 || !(STATE_HEADS.has(head) || OVER_PLACE_HEADS.has(head))) return undefined
  const headStart = r.start + r.text.toLowerCase().lastIndexOf(head)
  const name = lastIn(countries, r.start, headStart)
  return name ? composed(r, name, 'incl') : undefined
}

/**
 * The country an article names most: its country and people names grouped by `country` (the actor code's country,
 * so "Iraq" and "Iraqi" are one; a name it does not code is its own group), ties to the one named first; the group's
 * first country name stands for it (a country's name matches more golds than its people's), else its first name.
 */
export function articleCountry(names: readonly Mention[], country: (m: Mention) => string | undefined): Mention | undefined {
  const groups = new Map<string, Mention[]>()
  for (const m of names) {
    const k = country(m) ?? m.text.toLowerCase()
    const g = groups.get(k)
    if (g) g.push(m); else groups.set(k, [m])
  }
  let best: Mention[] | undefined
  for (const g of groups.values()) if (!best || g.length > best.length) best = g
  return best && (best.find((m) => m.type === 'LOC') ?? best[0])
}

/** Is a role a phrase of a state's body or a country's people with no name of its own ("four officers", "a police patrol")? */
export function peoplePhrase(r: EventRole, words?: readonly string[]): boolean {
  if (r.mentionId) return false
  words ??= wordsOf(r)
  return words.length <= 5 && ARTICLE_HEADS.has(headOf(words).replace(/[^a-z]/g, ''))
}

/**
 * Every composition of a role with a country (none for a name, a pronoun or a phrase no country stands behind).
 * `main`: the article's country (`articleCountry`, or a function finding it when first needed), for a people phrase no
 * other composition reaches; `named`: does the role have a name inside it (then it is that name's party, not the
 * article's country)?
 */
export function compositions(text: string, r: EventRole, countries: readonly Mention[], main?: Mention | (() => Mention | undefined), named?: (r: EventRole) => boolean): Composed[] {
  // a role with a mention of its own (a name, a linked pronoun) is none of the three
  if (r.mentionId) return []
  // the role's words, split once for the three tests
  const words = wordsOf(r)
  const out = [composedRole(text, r, countries, words), includedStateBody(r, countries, words)].filter((c): c is Composed => c !== undefined)
  if (main && out.length === 0 && peoplePhrase(r, words) && !named?.(r) && !lastIn(countries, r.start, r.end)) {
    // the article's country is found only when a phrase may stand for it (it codes every country name of the article)
    const m = typeof main === 'function' ? main() : main
    if (m) out.push(composed(r, m, 'art'))
  }
  return out
}
