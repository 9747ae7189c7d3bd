/**
 * One name that the recogniser typed two ways in two articles ("Saddam Hussein" as a person and, once, as a place;
 * "Tehran" as a place and, where it acts, as an organisation). Names are otherwise compared within one type only.
 * - A name of two or more words, spelled the same but for case and marks, is one thing: the entity takes the type
 *   most of its mentions have.
 * - One word typed two ways goes to review: "Jordan" may be a person and a country, "Sinai" the peninsula and the
 *   armed group named after it, "Tehran" the city and, where it acts, the government. But one word of four or more
 *   capitals typed a person and a body is one person ("QABOOS": the recogniser reads capitals as an acronym).
 * @module
 */
import { placeOf } from './places.js'
import { foldAscii, isDescription, type NameType } from './translit.js'

const TYPED = new Set<NameType>(['PER', 'ORG', 'LOC'])

/** The blocking key that brings one spelling together across types, or undefined for types that never cross. */
export function crossTypeKey(name: string, type: NameType): string | undefined {
  if (!TYPED.has(type) || isDescription(name)) return undefined
  const folded = foldAscii(name).replace(/[^a-z0-9]+/g, ' ').trim()
  return folded.length >= 3 ? `xtype|${folded}` : undefined
}

/** What two names of different types are to each other: the same thing, a review item, or nothing to say. */
export function crossTypeVerdict(a: { name: string; type: NameType }, b: { name: string; type: NameType }): 'same' | 'review' | undefined {
  if (a.type === b.type) return undefined
  const ka = crossTypeKey(a.name, a.type)
  if (ka === undefined || ka !== crossTypeKey(b.name, b.type)) return undefined
  return ka.includes(' ') || capitalsPersonOrBody(a, b) ? 'same' : 'review'
}

/**
 * One word written in capitals typed a person in one article and a body in another: the recogniser reads a name in
 * capitals by its shape as an acronym, so where the text shows a person ("QABOOS bin Said", "arap MOI") the word
 * written the same elsewhere is that person too.
 */
function capitalsPersonOrBody(a: { name: string; type: NameType }, b: { name: string; type: NameType }): boolean {
  const caps = (n: string) => /^\p{Lu}{4,}$/u.test(n.trim())
  const types = new Set([a.type, b.type])
  return types.has('PER') && types.has('ORG') && caps(a.name) && caps(b.name)
}

/** On a tie, a place the gazetteer knows is a place; otherwise a person before a body before a place ("Saddam Hussein" once each as PER and LOC). */
const TIE_ORDER = ['PER', 'ORG', 'LOC', 'NORP', 'MISC']

/** The type most of an entity's mentions have (counts per type); ties as above, then by name. */
export function majorityType(counts: ReadonlyMap<string, number>, names: readonly string[]): string {
  const top = Math.max(...counts.values())
  const tied = [...counts.keys()].filter((t) => counts.get(t) === top).sort()
  if (tied.length === 1) return tied[0]!
  if (tied.includes('LOC') && names.some((n) => placeOf(n) !== undefined)) return 'LOC'
  return [...tied].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0]!
}

function rank(t: string): number {
  const i = TIE_ORDER.indexOf(t)
  return i < 0 ? TIE_ORDER.length : i
}
