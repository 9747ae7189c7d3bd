/**
 * Capitalised common nouns read as names: a fable's characters and trades ("trod upon a Viper asleep", "A FOX entered
 * into partnership with a Lion", "A CARTER was driving a waggon"), objects ("an Apache fired"). A proper name heads no
 * indefinite noun phrase: where one stands before a name it belongs to the noun the name modifies ("a NATO aircraft",
 * "a Hamas spokesman"), and the parse attaches it there. So a one-word name whose own token takes "a" / "an" as its
 * determiner is a common noun, and so is every one-word mention of that word in the article ("the Lion" after "a
 * Lion"). Nationalities and peoples ("an Iraqi", "a Muslim") are nouns of their own kind and stay, and so do names the
 * knowledge base knows, abbreviations and a name before a hyphen or a noun (the parse may hang "a" on them).
 * @module
 */
import type { Article, DocSyntax, Mention, Token } from '../model/index.js'

const INDEFINITE = new Set(['a', 'an'])
const NAME_TYPES = new Set(['PER', 'ORG', 'LOC'])

const isOneWordName = (m: Mention) => (m.kind ?? 'name') === 'name' && NAME_TYPES.has(m.type) && !/\s/.test(m.text.trim())

/** Ids of the mentions that are common nouns by the rule above (empty when the parse does not fit the tokens). */
export function commonNounMentions(article: Article, tokens: readonly Token[], syntax: DocSyntax, mentions: readonly Mention[],
  isKnown: (m: Mention) => boolean = () => false): Set<string> {
  if (syntax.tokens.length !== tokens.length) return new Set()
  const tokenAt = new Map<number, number>()
  tokens.forEach((t, i) => tokenAt.set(t.start, i))
  // "a" / "an" right before the name and its determiner in the parse: with words between, the parse may have
  // attached it across a noun it belongs to ("in a diplomatic tit-for-tat Iraq and Jordan recalled …")
  const indefiniteBefore = (i: number): boolean => {
    const d = syntax.tokens[i - 1]
    return i > 0 && d !== undefined && d.head === i && d.deprel === 'det' && tokens[i - 1]!.sentence === tokens[i]!.sentence &&
      INDEFINITE.has(article.text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end).toLowerCase())
  }
  const words = new Set<string>()
  for (const m of mentions) {
    if (!isOneWordName(m)) continue
    const i = tokenAt.get(m.start)
    if (i === undefined || tokens[i]!.end !== m.end || !indefiniteBefore(i)) continue
    // the name still modifies what follows: "a Velcor-led government", "a U.N. sponsored conference", "a Velcor
    // official" the parse read the other way; and a name the knowledge base knows is a name
    const next = syntax.tokens[i + 1]
    if (/^[-\u2010-\u2014]/.test(article.text.slice(m.end, m.end + 1)) || m.text.includes('.') || isKnown(m)) continue
    if (next !== undefined && tokens[i + 1]!.sentence === tokens[i]!.sentence && (next.upos === 'NOUN' || next.upos === 'PROPN')) continue
    words.add(m.text.trim().toLowerCase())
  }
  if (words.size === 0) return new Set()
  return new Set(mentions.filter((m) => isOneWordName(m) && words.has(m.text.trim().toLowerCase())).map((m) => m.id))
}
