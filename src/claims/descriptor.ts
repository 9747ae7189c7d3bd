/**
 * Source descriptors: is "a senior Hamas operative" a named person or an
 * anonymous source, and what rank, role and affiliation does it state?
 * @module
 */
import { DETERMINERS as ENGLISH_DETERMINERS, EUROPEAN_NAME_PARTICLES, NAME_PARTICLES as ARABIC_NAME_PARTICLES, NUMBER_WORDS, PRONOUNS as ENGLISH_PRONOUNS, TITLES as ENGLISH_TITLES } from '../text/english.js'

export interface SourceDescriptor {
  /** True when the source is not named ("a senior Hamas operative", "officials", "the source"). */
  readonly anonymous: boolean
  /** Seniority words: "senior", "top", "high-ranking", "former". */
  readonly rank?: string
  /** The organisation or side named in the descriptor: "Hamas", "IS", "the Pentagon". */
  readonly affiliationText?: string
  /** The head noun: "operative", "official", "jihadist", "spokesman". */
  readonly role?: string
  /** For pronouns ("he", "they"): the source must be resolved to an earlier speaker. */
  readonly pronoun?: boolean
}

const DETERMINERS: ReadonlySet<string> = new Set([...ENGLISH_DETERMINERS, ...NUMBER_WORDS.keys()])
const RANKS = ['senior', 'top', 'high-ranking', 'high-level', 'highranking', 'junior', 'mid-level', 'low-level', 'low-ranking', 'chief', 'deputy', 'veteran', 'leading', 'former', 'retired', 'prominent', 'local', 'regional']
/** A source that is just a pronoun (personal, not possessive or reflexive; or a relative "who") stands for an earlier speaker. */
const isPronoun = (w: string): boolean => w === 'who' || w === 'which' || /^(subject|object)$/.test(ENGLISH_PRONOUNS.get(w)?.case ?? '')
/** Lower-case words that are roles of people, not names (heads of anonymous descriptors). */
const ROLE_NOUNS = /^(source|sources|official|officials|operative|operatives|jihadist|jihadists|spokesman|spokeswoman|spokesperson|spokespeople|commander|commanders|member|members|militant|militants|fighter|fighters|officer|officers|diplomat|diplomats|aide|aides|adviser|advisers|advisor|advisors|analyst|analysts|expert|experts|insider|insiders|person|people|leader|leaders|activist|activists|witness|witnesses|resident|residents|minister|ministers|lawmaker|lawmakers|staffer|staffers|employee|employees|agent|agents|investigator|investigators|strategist|strategists|representative|representatives|figure|figures|associate|associates|supporter|supporters|critic|critics|observer|observers|man|woman|men|women|individual|individuals|group|organization|organisation|movement|campaign|report|reports|statement|document|documents|study|poll|polls|survey|analysis|security|authorities|police|military|army|government|intelligence|agency|ministry|office|chief|head|operative|cleric|clerics|journalist|journalists|reporter|reporters|correspondent|correspondents)$/
const POST_PREPS = new Set(['with', 'of', 'for', 'from', 'in', 'at', 'to', 'within', 'inside', 'close', 'near', 'by'])

/**
 * Parse a source descriptor. Named sources have a capitalised head ("Abu Baker
 * Almuhajer", "Mousa Abu Marzook, the deputy chief…"); anonymous ones have a
 * common-noun head ("a senior jihadist associated with IS" → senior, IS, jihadist).
 */
export function parseSourceDescriptor(text: string): SourceDescriptor {
  const main = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '')
  // The head phrase is before any appositive or relative clause.
  const headPhrase = main.split(/,|\s+(?:who|which|that)\s+/)[0] ?? main
  const words = headPhrase.split(/\s+/).filter((w) => w !== '')
  if (words.length === 0) return { anonymous: true }
  const lw = words.map((w) => w.toLowerCase())
  if (words.length === 1 && isPronoun(lw[0]!)) return { anonymous: false, pronoun: true }
  // Split the head phrase into pre-head, head, and post-modifier (from the first preposition or participle).
  let post = words.length
  for (let i = 1; i < words.length; i++) {
    if (POST_PREPS.has(lw[i]!) || /^(associated|affiliated|linked|connected|familiar|close|based|loyal|speaking|involved|working|aligned|active|operating|fighting|serving)$/.test(lw[i]!)) { post = i; break }
  }
  const pre = words.slice(0, post)
  const preLw = lw.slice(0, post)
  const head = pre[pre.length - 1] ?? ''
  const headLw = head.toLowerCase()
  const startsWithDet = DETERMINERS.has(preLw[0] ?? '')
  const capitalHead = /^\p{Lu}/u.test(head) && !ROLE_NOUNS.test(headLw)
  if (capitalHead) return namedDescriptor(main, headPhrase, pre)
  const anonymous = !capitalHead && (startsWithDet || ROLE_NOUNS.test(headLw) || /s$/.test(headLw))
  const rank = preLw.find((w) => RANKS.includes(w))
  // Affiliation: a capitalised run before the head ("Hamas", "Islamic State"), else the object of a post-modifier ("associated with IS").
  let affiliationText: string | undefined
  const caps: string[] = []
  for (let i = 0; i < pre.length - 1; i++) {
    const w = pre[i]!
    if (/^\p{Lu}/u.test(w) && !DETERMINERS.has(preLw[i]!)) caps.push(w)
    else if (caps.length > 0 && !/^(of|al|el)$/.test(preLw[i]!)) break
    else if (caps.length > 0) caps.push(w)
  }
  if (caps.length > 0) affiliationText = caps.join(' ').replace(/['’]s$/, '')
  if (!affiliationText && post < words.length) {
    const rest = words.slice(post)
    let k = 0
    while (k < rest.length && (POST_PREPS.has(rest[k]!.toLowerCase()) || /^(associated|affiliated|linked|connected|familiar|close|based|loyal|aligned)$/i.test(rest[k]!))) k++
    const obj = rest.slice(k).filter((w) => !/^(the|a|an)$/i.test(w))
    if (obj.length > 0 && (/^\p{Lu}/u.test(obj[0]!) || obj.length <= 4)) affiliationText = obj.slice(0, 4).join(' ')
  }
  const role = anonymous || !capitalHead ? headLw : undefined
  return {
    anonymous,
    ...(rank ? { rank } : {}),
    ...(affiliationText ? { affiliationText } : {}),
    ...(role ? { role } : {}),
  }
}

const isTitle = (w: string): boolean => ENGLISH_TITLES.has(w.toLowerCase().replace(/\.$/, ''))
const isNameParticle = (w: string): boolean => ARABIC_NAME_PARTICLES.has(w.toLowerCase()) || EUROPEAN_NAME_PARTICLES.has(w.toLowerCase())

/** A named source: the name is the trailing capitalised run; words before it and an appositive describe it. */
function namedDescriptor(main: string, headPhrase: string, pre: readonly string[]): SourceDescriptor {
  let k = pre.length
  while (k > 0 && (/^\p{Lu}/u.test(pre[k - 1]!) || isNameParticle(pre[k - 1]!)) && !isTitle(pre[k - 1]!)) k--
  let t = k
  while (t > 0 && isTitle(pre[t - 1]!)) t--
  const before = pre.slice(0, t)
  let out: { anonymous: false; rank?: string; affiliationText?: string; role?: string } = { anonymous: false }
  if (before.length > 0) {
    const sub = parseSourceDescriptor(before.join(' ') + ' person')
    const role = before[before.length - 1]!.toLowerCase()
    out = { anonymous: false, ...(sub.rank ? { rank: sub.rank } : {}), ...(sub.affiliationText ? { affiliationText: sub.affiliationText } : {}), ...(/^\p{Ll}/u.test(before[before.length - 1]!) ? { role } : {}) }
  }
  const app = main.slice(headPhrase.length).replace(/^,\s*/, '')
  if (app !== '' && !out.affiliationText) {
    const sub = parseSourceDescriptor(app)
    out = { ...out, ...(sub.rank && !out.rank ? { rank: sub.rank } : {}), ...(sub.affiliationText ? { affiliationText: sub.affiliationText } : {}), ...(sub.role && !out.role ? { role: sub.role } : {}) }
  }
  return out
}
