/**
 * Explicit alias constructions: a text that says two names are one thing. "Bombay, also known as Mumbai", "Mumbai,
 * formerly Bombay", "Myanmar (Burma)", "the Party of God (Hezbollah)", "Mumbai (formerly Bombay)". The later name
 * gets the earlier one as its antecedent, so resolution reads both as one entity, in this article and in every other
 * article that names either.
 *
 * Only two named mentions of one type, next to each other, with nothing between them but the construction, count. A
 * bare parenthesis ("X (Y)") is also how news write where a place is ("Paris (France)") or whom a name belongs to, so
 * it counts only when the gazetteer does not put the two names at different places. Acronyms in parentheses are the
 * acronym rule's (`within-doc.ts`), which checks their initials.
 * @module
 */
import type { Mention } from '../model/index.js'
import { placesApart } from './compare.js'
import { isAcronym } from './translit.js'

const ALIAS_ADVERB = '(?:(?:also|formerly|previously|once|now|better|widely|commonly|officially|locally|popularly)\\s+)?'
const ALIAS_VERB = '(?:(?:known|called|named|referred\\s+to)\\s+(?:locally\\s+)?as|called|formerly|previously|a\\.?k\\.?a\\.?)'
/** The other name may stand in quotes: 'Qayyarah Airfield West, also called “Q-West”', 'known as "the Hammer"' (before or after the article). */
const OPENING_QUOTE = '(?:["\u201c\u2018\']\\s*)?'
/**
 * What may stand between two names of one thing: ", also known as", ", formerly", "(now called", or "known as" alone.
 * A bare verb needs the comma or parenthesis before it: "Bush called Putin" is no alias.
 */
const SAYS_ALIAS = new RegExp(`^\\s*(?:[,(\u2014\u2013-]\\s*${ALIAS_ADVERB}${ALIAS_VERB}|${ALIAS_ADVERB}known\\s+as)\\s+${OPENING_QUOTE}(?:the\\s+)?${OPENING_QUOTE}$`, 'i')
/** A name right inside a parenthesis after another ("Myanmar (Burma)"), closed right after it. */
const OPENS_PARENTHESIS = /^\s*\(\s*(?:the\s+)?$/i
const CLOSES = /^\s*\)/

export interface AliasLink {
  readonly from: Mention
  readonly to: Mention
  readonly reason: string
}

const named = (m: Mention) => (m.kind ?? 'name') === 'name'

/** Does the text between two names, and right after the second, say they are one? */
function construction(text: string, a: Mention, b: Mention): 'alias' | 'parenthesis' | undefined {
  if (b.start < a.end || b.start - a.end > 40) return undefined
  const between = text.slice(a.end, b.start)
  if (SAYS_ALIAS.test(between)) return 'alias'
  if (OPENS_PARENTHESIS.test(between) && CLOSES.test(text.slice(b.end, b.end + 3))) return 'parenthesis'
  return undefined
}

/**
 * Links from a name to the name right before it that the text calls the same thing (mentions in text order).
 */
export function aliasLinks(text: string, mentions: readonly Mention[]): AliasLink[] {
  const out: AliasLink[] = []
  const names = mentions.filter(named)
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!
    const b = names[i + 1]!
    if (a.type !== b.type || !['PER', 'ORG', 'LOC'].includes(a.type)) continue
    if (a.text === b.text || isAcronym(b.text.trim()) || isAcronym(a.text.trim())) continue
    const kind = construction(text, a, b)
    if (kind === undefined) continue
    if (kind === 'parenthesis' && a.type === 'LOC' && placesApart(a.text, b.text)) continue
    out.push({ from: b, to: a, reason: kind === 'alias' ? `"${b.text}" is called another name of "${a.text}"` : `"${b.text}" in parentheses after "${a.text}"` })
  }
  return out
}
