/**
 * A numbered designation written with its acronym in brackets before the number: "Naval Forces Central Command's Task
 * Force (CTF) 50", "the Joint Task Force (JTF) 7". The number belongs to both names, so the text states that "Task
 * Force 50" and "CTF 50" are one body, and that the bracketed pair is that body. A name of the article written in either
 * full form, alone or after the country the body belongs to ("CTF 50", "Task Force 50", "US Task Force 50"), joins the
 * name before the bracket, as an alias the text states (trusted over resolution's name guards).
 *
 * Only the construction counts: two numbered names of one kind ("CTF 150", "CTF 151") are never joined by their words,
 * and a bracketed acronym without a number after it is the acronym rules' (`within-doc.ts`, `clipped-acronym.ts`).
 * @module
 */
import type { Mention } from '../model/index.js'
import { countryCode } from '../places/index.js'
import type { AliasLink } from './alias-constructions.js'
import { isAcronym } from './translit.js'

/** Between the name and its acronym: spaces and the opening bracket. */
const OPENS_BRACKET = /^\s*\(\s*$/
/** After the acronym: the closing bracket, then the designation's number (a dash may join it: "(CTF)-50"). */
const NUMBER_AFTER = /^\s*\)\s*[-\u2013]?\s*(\d{1,4})(?![\d,.]?\d)/

const named = (m: Mention) => (m.kind ?? 'name') === 'name' || m.kind === 'acronym'

/** A designation's comparable form: capitals, one space between words and before the number ("CTF-50" → "CTF 50"). */
export function designationKey(text: string): string {
  return text.trim().replace(/^the\s+/i, '').replace(/([A-Za-z.])[-\u2013](\d)/g, '$1 $2').replace(/\s+/g, ' ').toUpperCase()
}

/** The text without a leading country name of one or two words ("US Task Force 50" → "Task Force 50"), or undefined. */
function withoutCountry(text: string): string | undefined {
  const words = text.trim().split(/\s+/)
  for (const n of [1, 2]) {
    if (words.length <= n + 1) continue
    if (countryCode(words.slice(0, n).join(' ')) !== undefined) return words.slice(n).join(' ')
  }
  return undefined
}

interface Designation { readonly name: Mention; readonly forms: ReadonlySet<string> }

/** The "Name (ACR) N" constructions of an article (mentions sorted by offset). */
function designations(text: string, mentions: readonly Mention[]): Designation[] {
  const out: Designation[] = []
  for (let k = 1; k < mentions.length; k++) {
    const acr = mentions[k]!
    const name = mentions[k - 1]!
    if (acr.type !== 'ORG' || name.type !== 'ORG' || !named(acr) || !named(name) || !isAcronym(acr.text) || isAcronym(name.text)) continue
    if (name.end > acr.start || !OPENS_BRACKET.test(text.slice(name.end, acr.start))) continue
    const num = NUMBER_AFTER.exec(text.slice(acr.end, acr.end + 12))?.[1]
    if (num === undefined) continue
    out.push({ name, forms: new Set([designationKey(`${name.text} ${num}`), designationKey(`${acr.text} ${num}`)]) })
  }
  return out
}

/**
 * Links from each name of an article written as a designation's full form ("CTF 50", "US Task Force 50") to the name
 * the designation's construction brackets ("Task Force (CTF) 50"). (The bracketed acronym itself is linked to that name
 * by the acronym rules.)
 */
export function designationLinks(text: string, mentions: readonly Mention[]): AliasLink[] {
  const found = designations(text, mentions)
  if (found.length === 0) return []
  const out: AliasLink[] = []
  for (const m of mentions) {
    if (m.type !== 'ORG' || !named(m)) continue
    const key = designationKey(m.text)
    const bare = withoutCountry(m.text)
    const hits = found.filter((d) => d.name !== m && (d.forms.has(key) || (bare !== undefined && d.forms.has(designationKey(bare)))))
    // one designation only: two constructions with the same full form are left to the other rules
    if (new Set(hits.map((d) => d.name.id)).size !== 1) continue
    const d = hits[0]!
    out.push({ from: m, to: d.name, reason: `"${m.text}" is the designation "${d.name.text}" brackets with its acronym and number` })
  }
  return out
}
