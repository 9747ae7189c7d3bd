/**
 * The person a definite title names: "Brazil's foreign minister says" after "Foreign Minister Celso Amorim", "The
 * U.N. human rights chief" after "U.N. human rights chief Navi Pillay", "The president" after "President Pervez
 * Musharraf". A definite source whose head is an office (PERSON_ROLE_NOUNS) and that continues no earlier speaker is
 * the person the article names, before it, with that office as a title or an appositive; any office-holder is the
 * person named with that office in the next sentence ("A senior minister said …", then "Minister X"). The news golds take
 * that person as the speaker (docs/voa-news-gold.md, vtrain16). With no holder named before it, a definite office is the
 * person who opens the next sentence as the subject of a reporting verb ("Ukraine's foreign minister says …", then
 * "Boris Tarasyuk told reporters …").
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { PERSON_ROLE_NOUNS } from '../text/english.js'
import { sourceHead } from './source-mention.js'
import { dependentsOf } from './syntax-view.js'
import { reportingStance } from './reporting-verbs.js'
import { describedPerson, personNoun } from './described-person.js'

/** An abbreviated title before a name: "Mr.", "Mrs.", "Dr.", "Gen.", "Lt.". */
const ABBREVIATED_TITLE = /^\p{Lu}\p{Ll}{0,3}\.$/u

/** The office a role noun names, without "-elect" ("the president-elect" holds the title "President-elect"). */
const office = (lemma: string): string => lemma.replace(/-elect$/, '')

/** How many tokens before a name its title may start ("Foreign Minister Celso Amorim": 2), or after it an appositive may end. */
const TITLE_REACH = 4

/** Is the source phrase definite: "The president", "Iran's president", "the country's top diplomat"? */
function definite(doc: AnnotatedDoc, src: Span, head: number): boolean {
  const text = doc.article.text.slice(src.start, src.end)
  if (/^the\s/i.test(text)) return true
  const syntax = doc.syntax!.tokens
  return dependentsOf(doc, head).some((i) => /^nmod:poss/.test(syntax[i]!.deprel) && doc.tokens![i]!.start >= src.start)
}

/**
 * Does a token of the same lemma as the office stand as the name's title or appositive (same sentence, a few tokens
 * off)? Never the source's own head (`own`): "An Israeli spokesman says Shaer was detained" names no spokesman Shaer.
 */
function titled(doc: AnnotatedDoc, m: Mention, lemma: string, own = -1): boolean {
  const tokens = doc.tokens!
  const syntax = doc.syntax!.tokens
  const first = firstSpanEndingAfter(tokens, m.start)
  let last = first
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.end) last++
  const near = (i: number) => i >= 0 && i < tokens.length && i !== own && syntax[i]!.lemma.toLowerCase() === lemma
  // a title stands in the name's own phrase: no verb, preposition, conjunction or comma between ("President Bush
  // introduced Mr. Gonzales" gives Gonzales no title)
  const apart = (i: number) => i < 0 || i >= tokens.length || /^(VERB|AUX|ADP|SCONJ|CCONJ)$/.test(syntax[i]!.upos) || /^[,;:]$/.test(doc.article.text.slice(tokens[i]!.start, tokens[i]!.end))
  // (a comma right before the name sets it after its title: "a Foreign Ministry spokesman, Qin Gang")
  const from = doc.article.text.slice(tokens[first - 1]?.start ?? 0, tokens[first - 1]?.end ?? 0) === ',' ? 2 : 1
  for (let k = from; k <= TITLE_REACH + from - 1 && !apart(first - k); k++) if (near(first - k)) return true
  const appositive = /^,/.test(doc.article.text.slice(m.end).trimStart())
  for (let k = 1; appositive && k <= TITLE_REACH; k++) if (near(last + 1 + k)) return true
  return false
}

/** The end of the sentence after the one holding `at` (a name given right after its title's claim: "A top cleric said … Ayatollah X"). */
function nextSentenceEnd(doc: AnnotatedDoc, at: number): number {
  const ss = doc.sentences ?? []
  const i = ss.findIndex((s) => s.start <= at && at < s.end)
  return i < 0 ? at : (ss[i + 1] ?? ss[i]!).end
}

/**
 * The person who opens the next sentence as the subject of a reporting verb: "Ukraine's foreign minister says … Boris
 * Tarasyuk told reporters …", the wire style that gives the office first and the name after it.
 */
function speakerOpeningNext(doc: AnnotatedDoc, at: number, people: readonly Mention[]): Mention | undefined {
  const ss = doc.sentences ?? []
  const next = ss[ss.findIndex((s) => s.start <= at && at < s.end) + 1]
  if (!next) return undefined
  const tokens = doc.tokens!
  const syntax = doc.syntax!.tokens
  let first = firstSpanEndingAfter(tokens, next.start)
  // "Mr. Bremer said …": an abbreviated title before the name
  while (first < tokens.length - 1 && ABBREVIATED_TITLE.test(doc.article.text.slice(tokens[first]!.start, tokens[first]!.end))) first++
  const m = people.find((p) => p.start === tokens[first]?.start)
  if (!m) return undefined
  // the name's own head: its token attached outside the name
  let i = first
  const insideName = (k: number) => k >= first && tokens[k]!.end <= m.end
  while (insideName(i) && insideName(syntax[i]!.head)) i++
  const verb = syntax[i]!.head
  const subject = insideName(i) && syntax[i]!.deprel.startsWith('nsubj') && verb >= 0
  return subject && reportingStance(syntax[verb]!.lemma) !== undefined ? m : undefined
}

/**
 * The person an office-holder source names, or undefined: for a definite one ("Brazil's foreign minister"), the nearest
 * person named before it with that office, else the person who opens the next sentence as a reporting verb's subject;
 * for any one, else, the first named with it in the next sentence.
 */
export function titledPerson(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  if (!doc.syntax || !doc.tokens || doc.syntax.tokens.length !== doc.tokens.length || inside.some((m) => m.type === 'PER' && (m.kind ?? 'name') === 'name')) return undefined
  const h = sourceHead(doc, src)
  if (h === undefined) return undefined
  const lemma = doc.syntax.tokens[h]!.lemma.toLowerCase()
  const word = doc.article.text.slice(doc.tokens[h]!.start, doc.tokens[h]!.end).toLowerCase()
  const people = (doc.mentions ?? []).filter((m) => m.type === 'PER' && (m.kind ?? 'name') === 'name')
  const isDefinite = definite(doc, src, h)
  if (!PERSON_ROLE_NOUNS.has(office(lemma)) || /s$/.test(word)) {
    // a description that is no office ("The 71-year-old musician", "The Republican from Mississippi"): described-person.ts
    return isDefinite && word === lemma && personNoun(lemma) ? describedPerson(doc, src, lemma, people, inside) : undefined
  }
  const before = people.filter((m) => m.end <= src.start).sort((a, b) => b.start - a.start)
  const earlier = isDefinite ? (before.find((m) => titled(doc, m, lemma)) ?? speakerOpeningNext(doc, src.start, people)) : undefined
  const end = nextSentenceEnd(doc, src.start)
  return earlier ?? people.find((m) => m.start >= src.end && m.end <= end && titled(doc, m, lemma, h)) ?? (bareOffice(doc, src) ? nearestPerson(doc, src.start, before) : undefined) ??
    (isDefinite ? describedPerson(doc, src, lemma, people, inside) : undefined)
}

/** How many sentences back a bare office ("the president") looks for the person it names. */
const OFFICE_REACH = 2

/**
 * Is the source "the" and one or two words ("the president", "the prime minister"): an office with no one else's name
 * or modifier? (Case-insensitive: "The President" is one too; the caller has already required an office noun as head.)
 */
function bareOffice(doc: AnnotatedDoc, src: Span): boolean {
  return /^the(\s+\p{Ll}[\p{Ll}-]*){1,2}$/iu.test(doc.article.text.slice(src.start, src.end))
}

/**
 * The person named nearest before a bare office, in its sentence or the two before: "Mr. Bush also pledged … In addition,
 * the president said …" (the wire's second reference to a head of state or government named just before).
 */
function nearestPerson(doc: AnnotatedDoc, at: number, before: readonly Mention[]): Mention | undefined {
  const ss = doc.sentences ?? []
  const i = ss.findIndex((s) => s.start <= at && at < s.end)
  const from = i < 0 ? at : ss[Math.max(0, i - OFFICE_REACH)]!.start
  return before.find((m) => m.start >= from)
}
