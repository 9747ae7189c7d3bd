/**
 * Is a source plural? Read from the head of its phrase in doc.syntax: a plural noun (its word is not its lemma and
 * ends in -s: "Prosecutors", "Aid workers"), a noun that is plural without -s ("Israeli police", "people"), or a
 * head with a conjunct ("Kenya and Ethiopia"); never an organisation's name ("Doctors Without Borders"). "They say" then continues the nearest plural speaker before it
 * ("Prosecutors say … They say the bodies were later discovered").
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { PLURAL_WITHOUT_S } from '../text/english.js'
import { sourceHead } from './source-mention.js'
import { dependentsOf } from './syntax-view.js'

export function pluralSource(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): boolean {
  const h = sourceHead(doc, src)
  if (h === undefined) return false
  // the name of an organisation is one speaker ("Doctors Without Borders", "the United Nations")
  const at = doc.tokens![h]!
  if (inside.some((m) => m.type !== 'PER' && m.start <= at.start && at.end <= m.end)) return false
  // …also where the mention finder took only part of the name ("Doctors [Without Borders]")
  const next = doc.tokens![h + 1]
  if (next && next.end <= src.end && /^\p{Lu}/u.test(doc.article.text.slice(next.start, next.end))) return false
  // "Kenya and Ethiopia said", "The prime minister and his deputy said"
  if (dependentsOf(doc, h).some((i) => doc.syntax!.tokens[i]!.deprel === 'conj' && doc.tokens![i]!.end <= src.end)) return true
  const t = doc.syntax!.tokens[h]!
  if (t.upos !== 'NOUN') return false
  const word = doc.article.text.slice(doc.tokens![h]!.start, doc.tokens![h]!.end).toLowerCase()
  const lemma = t.lemma.toLowerCase()
  if (PLURAL_WITHOUT_S.has(lemma)) return true
  return word !== lemma && /s$/.test(word)
}
