/**
 * A body's distinctive last word used alone after its full name, as a person's surname is: "Royal Dutch Shell …
 * Shell said". Within one article only, and only where the reading is the one reading:
 * - the lone word is one title-case word typed ORG, not an acronym, not a plural (a kind of member: "Rangers",
 *   "Marines"), not a kind of body ("the House", "the Coalition", "Congress", "the Treasury": `BODY_KIND_NOUNS`), not
 *   itself a name the knowledge base knows ("Taliban") and not a place or a people ("York" of "New York", "Chicago"
 *   of "First Chicago": a town's name is more often the town or another of its bodies);
 * - exactly one longer ORG name of the article (by name key) ends with it, written in capitalised words, not itself a
 *   place, not opened by a place or a people ("Pakistani Taliban", "Hong Kong Interbank", "Syrian Arab Coalition", "US Task Force": a
 *   state's or a place's body is not the bare name's) nor by a place qualifier ("North Melbourne", "New York");
 * - that name comes first in the text (the nearest earlier mention of it is the antecedent).
 * A newspaper's name is the exception to the place rule: a paper is named after its town, and news name it by its last
 * word alone ("The Washington Post … the Post says", "The New York Times … The Times quoted": `NEWSPAPER_NAME_HEADS`).
 * @module
 */
import type { Mention } from '../model/index.js'
import { BODY_KIND_NOUNS, NEWSPAPER_NAME_HEADS } from '../text/english.js'
import { isAcronym, nameKey } from './translit.js'
import { LOC_QUALIFIERS } from './compare.js'

/** Tests the linker needs from the knowledge base and the gazetteer of peoples and places. */
export interface OrgShortFormTests {
  /** Is this ORG name a knowledge-base actor's? */
  readonly knownName: (text: string) => boolean
  /** Does this word name a place or a people ("Pakistani", "Syria", "Washington")? */
  readonly placeOrPeople: (word: string) => boolean
}

const LONE_WORD = /^\p{Lu}\p{Ll}{2,}$/u
const CAPITALISED = /^[\p{Lu}\d]/u

/** The last word (lower-cased) by which a full body name may be named alone, when its words allow one; else undefined. */
function distinctiveLastWord(m: Mention, tests: OrgShortFormTests): string | undefined {
  const words = m.text.trim().split(/\s+/)
  if (words.length < 2 || !words.every((w) => CAPITALISED.test(w))) return undefined
  const last = words[words.length - 1]!
  if (!LONE_WORD.test(last)) return undefined
  // a newspaper is named after its town: "The Washington Post … the Post says"
  if (NEWSPAPER_NAME_HEADS.has(last.toLowerCase())) return last.toLowerCase()
  if (LOC_QUALIFIERS.has(words[0]!.toLowerCase())) return undefined
  const rest = words.slice(0, -1).join(' ')
  if (tests.placeOrPeople(words[0]!) || tests.placeOrPeople(rest) || tests.placeOrPeople(m.text.trim())) return undefined
  return last.toLowerCase()
}

/**
 * For the text-ordered mentions of one article: a function giving the antecedent of a lone body word (the nearest
 * earlier mention of the one full name ending with it), or undefined.
 */
export function orgShortForms(mentions: readonly Mention[], tests: OrgShortFormTests): (m: Mention) => Mention | undefined {
  const byLast = new Map<string, Mention[]>()
  for (const o of mentions) {
    if (o.type !== 'ORG' || (o.kind ?? 'name') !== 'name') continue
    const w = distinctiveLastWord(o, tests)
    if (w === undefined) continue
    const list = byLast.get(w)
    if (list) list.push(o)
    else byLast.set(w, [o])
  }
  return (m) => {
    const text = m.text.trim()
    if (m.type !== 'ORG' || !LONE_WORD.test(text) || isAcronym(text) || (/[^s]s$/.test(text) && !NEWSPAPER_NAME_HEADS.has(text.toLowerCase()))) return undefined
    const word = text.toLowerCase()
    if (BODY_KIND_NOUNS.has(word) || tests.knownName(text) || tests.placeOrPeople(text)) return undefined
    const fulls = byLast.get(word) ?? []
    if (new Set(fulls.map((o) => nameKey(o.text, 'ORG'))).size !== 1) return undefined
    const before = fulls.filter((o) => o.end <= m.start)
    return before[before.length - 1]
  }
}
