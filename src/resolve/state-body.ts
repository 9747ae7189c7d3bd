/**
 * A state body qualified by its state within one article: "Peru's Congress", "the Syrian Parliament", "the U.S.
 * Congress" (the state named right before the body, as its own mention). Such an occurrence is that state's body,
 * not the article's other "Congress": its node key carries the state (`ORG:congress@pe`), in resolution and in the service's name
 * signatures alike. A bare "Congress" after it joins it (same key) when no other state is named near the bare one;
 * any other bare occurrence keeps the plain key and is read as before (the state named near it).
 * @module
 */
import type { Mention } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import { bodyOfArticleState, countryOfHead } from './state-actor.js'
import { matchKb, type KbIndex, type KbMatch } from './kb-match.js'
import { placeOf } from './places.js'
import { countryCode } from '../places/index.js'
import { countryOfDemonym } from './demonyms.js'

/** A state named right before a body: at most this many characters apart ("Peru's Congress", "Peruvian Congress"). */
const QUALIFIER_GAP = 3
/** A bare body joins the state's body qualified before it unless another state is named this near it. */
const NEAR = 250

/**
 * The country code a LOC or NORP name gives ("Peru", "Peruvian", "South Korea"), from the gazetteer's countries; a
 * nationality the knowledge base does not list is looked up in the actor dictionary's country entries ("Peruvian")
 * unless `dictionary` is false.
 */
export function stateCodeOf(text: string, type: string, countries: ReadonlyMap<string, KbActor>, dictionary = true): string | undefined {
  const code = type === 'LOC' ? countryCode(text) : undefined
  if (code !== undefined) return code // "U.S.", "U.K." too
  const name = type === 'NORP' ? countryOfHead(text, countries)?.name : type === 'LOC' ? text : undefined
  const p = name !== undefined ? placeOf(name) : undefined
  if (p?.kind === 'country') return p.country
  return dictionary && type === 'NORP' && name === undefined ? countryOfDemonym(text) : undefined
}

/**
 * A body named with its state in one name ("U.S Congress", "Peruvian Congress", "Iraqi National Assembly"): that
 * state's code and the body's own name ("Congress"), so that it keys as "Peru's Congress" does. "U.S" written without
 * its last period (as some wire copy does) is read as "U.S.".
 */
export function stateLedBody(text: string, countries: ReadonlyMap<string, KbActor>): { state: string; body: string } | undefined {
  const words = text.trim().replace(/\s+/g, ' ').replace(/^the /i, '').split(' ')
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    const body = words.slice(k).join(' ')
    if (bodyOfArticleState(body) === undefined) continue
    const prefix = words.slice(0, k).join(' ').replace(/['’]s?$/, '')
    const dotted = /^(?:[A-Z]\.)+[A-Z]$/.test(prefix) ? `${prefix}.` : prefix
    const state = stateCodeOf(dotted, 'LOC', countries) ?? stateCodeOf(prefix, 'NORP', countries)
    if (state !== undefined) return { state, body }
  }
  return undefined
}

/** The text a body's key is made of: the body's own name when the name leads with its state ("U.S Congress" → "Congress"). */
export function bodyKeyText(text: string, type: string, countries: ReadonlyMap<string, KbActor>): string {
  return type === 'ORG' ? stateLedBody(text, countries)?.body ?? text : text
}

/**
 * The state (country code) of each state-body mention of one article that is qualified by a state, or that follows
 * such a mention of the same key with no other state named near it. `keyOf` gives a named mention's key ('' to skip).
 */
export function qualifiedBodyStates(mentions: readonly Mention[], keyOf: (m: Mention) => string, countries: ReadonlyMap<string, KbActor>): Map<string, string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
  const states = sorted.flatMap((m) => {
    const c = m.type === 'LOC' || m.type === 'NORP' ? stateCodeOf(m.text, m.type, countries) : undefined
    return c !== undefined ? [{ m, country: c }] : []
  })
  if (states.length === 0 && !sorted.some((m) => m.type === 'ORG' && stateLedBody(m.text, countries) !== undefined)) return new Map()
  const out = new Map<string, string>()
  /** The last state qualifying each body key so far. */
  const last = new Map<string, string>()
  for (const m of sorted) {
    if (m.type !== 'ORG') continue
    const led = stateLedBody(m.text, countries)
    if (led !== undefined) {
      const key = keyOf({ ...m, text: led.body })
      if (key === '') continue
      out.set(m.id, led.state)
      last.set(key, led.state)
      continue
    }
    if (bodyOfArticleState(m.text) === undefined) continue
    const key = keyOf(m)
    if (key === '') continue
    const own = states.find((s) => s.m.end <= m.start && m.start - s.m.end <= QUALIFIER_GAP)
    if (own) {
      out.set(m.id, own.country)
      last.set(key, own.country)
      continue
    }
    const prev = last.get(key)
    if (prev === undefined) continue
    const other = states.some((s) => s.country !== prev && Math.abs(s.m.start - m.start) <= NEAR)
    if (!other) out.set(m.id, prev)
  }
  return out
}

/** A node key that carries the state qualifying its body ("ORG:congress", "PE" → "ORG:congress@pe"). */
export function keyWithState(key: string, state: string | undefined): string {
  return state === undefined ? key : `${key}@${state.toLowerCase()}`
}

/**
 * The state named nearest a bare body, when it is clearly the nearest to each of its mentions: within `near`
 * characters, every other state at least twice as far ("accusing the opposition-controlled Senate … Bolivians recently
 * approved", with "German military authorities", the next story of a digest, three times as far). A mention with no
 * state that near, or two mentions nearest to two states, leave it undecided. Used when counting the states named near
 * the body decides nothing (one mention each).
 */
export function nearestState(mentions: ReadonlyArray<{ start: number }>, states: ReadonlyArray<{ start: number; country: string }>, near: number): string | undefined {
  let out: string | undefined
  for (const m of mentions) {
    const best = new Map<string, number>()
    for (const s of states) {
      const d = Math.abs(s.start - m.start)
      if (d <= near && d < (best.get(s.country) ?? Infinity)) best.set(s.country, d)
    }
    const [first, second] = [...best.entries()].sort((p, q) => p[1] - q[1] || p[0].localeCompare(q[0]))
    if (!first || (second && second[1] < 2 * first[1]) || (out !== undefined && out !== first[0])) return undefined
    out = first[0]
  }
  return out
}

/** Characters between a state and the body after it: its possessive ("Iraq’s Security Forces") or one space. */
const POSSESSIVE_GAPS = new Set([1, 3])

/**
 * The knowledge-base actor of a body written right after its state ("Iraq’s Security Forces", read as LOC "Iraq" and
 * ORG "Security Forces"), when the body's name with the state's adjective or name in front ("Iraqi Security Forces")
 * is exactly an alias of one actor of that state (not the state itself). `before` is the named mention right before
 * the body in its article.
 */
export function possessiveStateActor(body: Mention, before: Mention | undefined, countries: ReadonlyMap<string, KbActor>, kb: KbIndex): KbMatch | undefined {
  if (before === undefined || body.type !== 'ORG' || before.type !== 'LOC' || before.articleId !== body.articleId) return undefined
  if (!POSSESSIVE_GAPS.has(body.start - before.end)) return undefined
  const country = countryOfHead(before.text, countries)
  if (country?.kind !== 'country') return undefined
  const names = [country.demonym, country.name].flatMap((q) => (q !== undefined ? [`${q} ${body.text.replace(/^the /i, '')}`] : []))
  const found = new Map<string, KbMatch>()
  for (const m of names.flatMap((n) => matchKb(n, 'ORG', kb))) {
    if (m.score === 1 && m.actor.id !== country.id && m.actor.country === country.id) found.set(m.actor.id, m)
  }
  return found.size === 1 ? [...found.values()][0] : undefined
}

/**
 * The ids of an article's bodies that `possessiveStateActor` links to an actor: the service reads their article whole
 * (it pins their signature group), so that resolution sees the state before them.
 */
export function possessiveStateBodies(mentions: readonly Mention[], countries: ReadonlyMap<string, KbActor>, kb: KbIndex): Set<string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
  return new Set(sorted.flatMap((m, k) => (possessiveStateActor(m, sorted[k - 1], countries, kb) !== undefined ? [m.id] : [])))
}

/**
 * The knowledge-base actor of a body named with its state in front ("U.S. Central Intelligence Agency", "the Iraqi
 * Counter Terrorism Service"), when the name without the state is exactly an alias of one actor of that state (not the
 * state itself): the mirror of `possessiveStateActor`, read from the name alone.
 */
export function stateLedActor(name: string, countries: ReadonlyMap<string, KbActor>, kb: KbIndex): KbMatch | undefined {
  const words = name.trim().replace(/\s+/g, ' ').replace(/^the /i, '').split(' ')
  for (let k = 1; k <= Math.min(2, words.length - 1); k++) {
    const country = countryOfHead(words.slice(0, k).join(' ').replace(/['’]s?$/, ''), countries)
    if (country?.kind !== 'country') continue
    const found = matchKb(words.slice(k).join(' '), 'ORG', kb).filter((m) => m.score === 1 && m.actor.type === 'ORG' && m.actor.id !== country.id && m.actor.country === country.id)
    if (new Set(found.map((m) => m.actor.id)).size === 1) return found[0]
  }
  return undefined
}
