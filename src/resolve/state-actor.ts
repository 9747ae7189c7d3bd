/**
 * Role references to a state: "the Asad regime", "the Syrian government",
 * "Assad's forces", "the Obama administration", "the Government of Iraq".
 * Such a phrase names no new organisation: it is the state (or its
 * government) of X, seen in a role. Resolution links the mention to the
 * state's actor and keeps the role (regime, government, forces,
 * administration) for the relation and the judgement's reason.
 * @module
 */
import type { KbActor } from '../kb/actors.js'
import { foldAscii, nameKey } from './translit.js'

export interface StateReference {
  /**
   * The name the role hangs on: a country, a demonym or a person ("Asad", "Syrian", "Iraq"); '' for a body of the
   * state the article speaks of, named without it ("the Foreign Ministry", "National Assembly", "Congress").
   */
  readonly head: string
  /** regime | government | administration | forces | authorities */
  readonly role: string
  /** The armed force named after the role ("the Syrian regime forces": forces), if any. */
  readonly arms?: string
}

const ROLES = 'regime|government|administration|authorities'
const ARMS = 'forces|troops|army|military'
// "the Asad regime", "the Syrian government", "UK Government", "the Obama administration"; with its arms: "Syrian regime forces"
const BEFORE = new RegExp(`^(?:the\\s+)?(.+?)\\s+(${ROLES})(?:\\s+(${ARMS}))?$`, 'i')
// "the regime of Assad", "the Government of Iraq", "the Federal Government of Iraq"
const AFTER = new RegExp(`^(?:the\\s+)?(?:(?:federal|national|central|interim|transitional)\\s+)?(${ROLES})\\s+of\\s+(.+)$`, 'i')
// "Assad's forces", "Assad's regime": a possessive names whose forces they are
const POSSESSIVE = new RegExp(`^(?:the\\s+)?(.+?)['’]s?\\s+(${ROLES}|${ARMS})$`, 'i')

/** The head and role of a role reference, or undefined for any other name. */
export function stateReference(text: string): StateReference | undefined {
  const t = text.trim().replace(/\s+/g, ' ')
  const body = bodyOfArticleState(t)
  if (body !== undefined) return { head: '', role: body }
  const p = POSSESSIVE.exec(t)
  if (p) return clean(p[1]!, p[2]!)
  const a = AFTER.exec(t)
  if (a) return clean(a[2]!, a[1]!)
  const b = BEFORE.exec(t)
  if (b) {
    const ref = clean(b[1]!, b[2]!)
    return ref && b[3] !== undefined ? { ...ref, arms: b[3].toLowerCase() } : ref
  }
  return undefined
}

/** The bodies every state has, which a name made of them alone leaves to the article to say whose. */
const STATE_BODIES = 'ministry|court|congress|parliament|senate|assembly|cabinet'
/** Words that say which body of a state, not which state: "Foreign", "Supreme", "National", "Upper". */
const BODY_WORDS = new Set(['national', 'supreme', 'high', 'federal', 'constitutional', 'foreign', 'interior', 'defense', 'defence',
  'health', 'housing', 'finance', 'justice', 'education', 'agriculture', 'energy', 'oil', 'petroleum', 'information', 'trade',
  'commerce', 'economy', 'labor', 'labour', 'transport', 'culture', 'environment', 'home', 'state', 'upper', 'lower', 'public',
  'security', 'intelligence', 'electoral', 'election', 'military', 'appeals', 'legislative', 'industry', 'planning', 'tourism',
  'communications', 'immigration', 'religious', 'affairs', 'and', 'of', 'the'])
const BODY_LAST = new RegExp(`^(?:${STATE_BODIES})$`, 'i')
const BODY_OF = new RegExp(`^(?:the )?(${STATE_BODIES}) of (.+)$`, 'i')

/**
 * A state body named without its state ("the Foreign Ministry", "Supreme Court", "Ministry of Defense", "Congress"):
 * its head word (lower case), or undefined when the name says more (a state, a demonym, any other name:
 * "Iraqi National Assembly", "UN Security Council", "Ministry of Mines of Karnataka").
 */
export function bodyOfArticleState(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ').replace(/^the /i, '')
  const of = BODY_OF.exec(t)
  const [head, rest] = of ? [of[1]!, of[2]!.split(' ')] : [t.split(' ').at(-1)!, t.split(' ').slice(0, -1)]
  if (!BODY_LAST.test(head) || !/^\p{Lu}/u.test(t)) return undefined
  return rest.every((w) => BODY_WORDS.has(w.toLowerCase())) ? head.toLowerCase() : undefined
}

function clean(head: string, role: string): StateReference | undefined {
  const h = head.trim()
  // the head is one capitalised name of at most three words ("Kurdistan Regional" qualifies a body, not a state)
  if (!/^[A-Z]/.test(h) || h.split(' ').length > 3) return undefined
  return { head: h, role: role.toLowerCase() }
}

/** Country actors of the KB by folded name, alias and demonym. */
export function countryIndex(kb: readonly KbActor[]): Map<string, KbActor> {
  const out = new Map<string, KbActor>()
  for (const a of kb) {
    if (a.kind !== 'country') continue
    for (const n of [a.name, ...a.aliases, ...(a.demonym !== undefined ? [a.demonym] : [])]) {
      const k = nameKey(n, 'LOC')
      if (k !== '' && !out.has(k)) out.set(k, a)
    }
  }
  return out
}

/** The country a head names directly ("Syrian", "Iraq", "UK"), if any. */
export function countryOfHead(head: string, countries: ReadonlyMap<string, KbActor>): KbActor | undefined {
  const key = nameKey(head, 'LOC')
  // a people in the plural names its country too ("Syrians")
  return countries.get(key) ?? countries.get(foldAscii(head).replace(/[^a-z]/g, '')) ?? (/s$/.test(key) ? countries.get(key.slice(0, -1)) : undefined)
}
