/**
 * Sources read from syntax: an attribution's source becomes the speaker of
 * its cue's clause (subject, passive agent), and a source whose head is no
 * speaker (speakers.ts) is dropped, so "These actions demonstrate …",
 * "In February we identified …" and "as determined by …" give no fragment
 * as a source. The word-pattern source is kept when it already holds the
 * clause's speaker (it carries appositives the subject phrase may cut).
 * @module
 */
import type { Clause, Mention, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { isTimeWord } from '../text/english.js'
import { cueClause } from './cue-clause.js'
import { isSpeakerHead, SPEAKER_NOUNS } from './speakers.js'
import { deprelOf, phraseSpan, spanHead, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Relations a speaker's head never has: "In February we" is headed by an oblique ("obj" stays allowed: the parser misreads "…, a senior jihadist associated with IS claimed" as an object). */
const NOT_SUBJECT = /^(obl|nmod|advmod|case|mark|cc|aux|cop|punct|det|xcomp|advcl)(:|$)/

const contains = (v: SyntaxView, span: Span, i: number): boolean => v.tokens[i]!.start >= span.start && v.tokens[i]!.end <= span.end

/** The attribution with its source read from syntax (or without a source when it names no speaker). */
export function sourceFromSyntax(v: SyntaxView, a: Attribution, mentions: readonly Mention[]): Attribution {
  const out = clauseSource(v, a, mentions)
  if (out.source) return out
  const tagged = adjectivalSpeaker(v, a)
  return tagged ? { ...out, source: tagged } : out
}

/**
 * "The official said SBS will decide …" tagged as an adjective and a participle modifying the next noun: a sentence that
 * opens with a determiner, modifiers and a speaker noun right before the cue names that speaker.
 */
function adjectivalSpeaker(v: SyntaxView, a: Attribution): Span | undefined {
  if (a.pattern === 'according' || a.pattern === 'colon') return undefined
  const k = tokensIn(v, a.cue)[0]
  // a passive or an expectation ("The group is believed to …", "The council is expected to …") names no speaker
  if (k === undefined || uposOf(v, k) === 'AUX' || /^(be|have)$/.test(v.syntax.tokens[k]!.lemma.toLowerCase())) return undefined
  const sentence = v.tokens[k]!.sentence
  const same = (i: number) => i >= 0 && v.tokens[i]!.sentence === sentence
  const last = k - 1
  if (!same(last) || !SPEAKER_NOUNS.has(wordOf(v, last).toLowerCase())) return undefined
  let i = last - 1
  while (same(i) && /^(ADJ|NOUN|PROPN)$/.test(uposOf(v, i))) i--
  if (!same(i) || uposOf(v, i) !== 'DET' || same(i - 1)) return undefined
  return { start: v.tokens[i]!.start, end: v.tokens[last]!.end }
}

function clauseSource(v: SyntaxView, a: Attribution, mentions: readonly Mention[]): Attribution {
  if (a.pattern === 'according' || a.pattern === 'colon') return a
  const cc = cueClause(v, a.cue)
  const old = a.source
  const oldHead = old ? spanHead(v, old) : undefined
  const lemma = cc && !reducedParticiple(v, cc.predicate, cc.clause) ? cc.lemma : undefined
  const oldOk = oldHead !== undefined && isSpeakerHead(v, oldHead, mentions, lemma) && subjectLike(v, oldHead, mentions)
  const speaker = cc?.speaker
  // A verb of a dependent clause with no subject of its own that reports nothing ("organisations focused on supporting refugees",
  // "to identify solutions"): the subject the patterns borrowed is not its speaker.
  if (speaker === undefined && cc?.stance === undefined && cc?.clause && DEPENDENT.test(cc.clause.kind)) return withoutSource(a)
  // "Gen. Joseph Votel, commander of U.S. Central Command said": a pattern source that is the speaker's apposition names the speaker
  const apposition = old !== undefined && oldHead !== undefined && speaker !== undefined && !contains(v, old, speaker) &&
    (appositionOf(v, oldHead) === speaker || (RELATIVE.test(v.text.slice(old.start, old.end)) && speaker < oldHead))
  if (speaker === undefined && old && !oldOk && leadingSpeaker(v, old, mentions, lemma)) return a
  if (speaker === undefined || (old && !contains(v, old, speaker) && oldOk && !apposition)) return oldOk || !old ? a : withoutSource(a)
  if (!isSpeakerHead(v, speaker, mentions, lemma)) return withoutSource(a)
  // a speaker read off a noun's modifier ("a group of 116 participants, who …") starts at the noun, not at its preposition
  const span = phraseSpan(v, speaker, (d) => deprelOf(v, d) === 'case' && v.syntax.tokens[d]!.head === speaker)
  // The word-pattern source holds the speaker: keep it, unless the speaker's phrase covers it and more ("Col. John “J.D.” Dorrian, the spokesperson").
  if (old && oldOk && contains(v, old, speaker) && !(span.start <= old.start && old.end < span.end)) return { ...a, source: withoutParticiple(v, old, speaker) }
  // A speaker phrase that reaches into the cue or the content is a misparse: keep what the patterns found.
  if (overlaps(span, a.cue) || a.content.some((p) => overlaps(span, p))) return oldOk ? a : withoutSource(a)
  return { ...a, source: withoutParticiple(v, span, speaker) }
}

/**
 * Can the head of a pattern source be a subject? Not an oblique or a modifier; a name the mention finder typed as a
 * person or organisation may be any relation but an oblique (the tagger reads "Cook said" as a verb compound).
 */
function subjectLike(v: SyntaxView, head: number, mentions: readonly Mention[]): boolean {
  const rel = deprelOf(v, firstConjunct(v, head))
  // a title heading a name ("Senate Minority Leader Harry Reid", the name "flat" or in apposition under "Leader") is named by that name
  const words = [head, ...(v.children[head] ?? []).filter((d) => deprelOf(v, d) === 'flat' || (deprelOf(v, d) === 'appos' && uposOf(v, d) === 'PROPN' && d === head + 1))]
  const named = words.some((i) => { const t = v.tokens[i]!; return mentions.some((m) => m.start <= t.start && t.end <= m.end && (m.type === 'PER' || m.type === 'ORG' || m.type === 'NORP')) })
  // a name the parser hung in apposition to a fronted phrase ("On Tuesday, Sanders announced …") is still its clause's subject;
  // inside a noun's modifier only a person's name ("In an interview with the BBC, Lindqvist said"), not a body's ("Director of the
  // Office at the Ministry of Culture, State Board of Antiquities (SBAH) announced")
  if (named && looseName(v, head) && (!/^nmod(:|$)/.test(rel) || words.some((i) => person(v, i, mentions)))) return true
  // "On Sunday, Lebanon's Grand Ayatollah … said": a phrase the parser hung on the fronted time word is the subject
  if (looseName(v, head) && isTimeWord(wordOf(v, firstConjunct(v, head)))) return true
  // "Scottish officials Wednesday said": the parser took the time word for the subject and the speaker for its modifier
  const up = v.syntax.tokens[head]!.head
  if (up > head && /^nsubj/.test(deprelOf(v, up)) && isTimeWord(wordOf(v, up))) return true
  return named ? !/^(obl|nmod|case)(:|$)/.test(rel) : !NOT_SUBJECT.test(rel)
}

const DEPENDENT = /^(advcl|acl|xcomp)$/

/**
 * A past participle with no subject and no auxiliary of its own in a dependent clause: a reduced relative or a passive
 * ("an Afghan detainee accused of …", "charges against a man accused of …") says what was said of its noun, not by it.
 */
function reducedParticiple(v: SyntaxView, p: number, c: Clause | undefined): boolean {
  if (!c || !DEPENDENT.test(c.kind) || (c.subject !== undefined && !c.subjectShared) || !/(ed|en|wn)$/i.test(wordOf(v, p))) return false
  return !(v.children[p] ?? []).some((d) => /^aux/.test(deprelOf(v, d)))
}

/**
 * "The official, who spoke on condition of anonymity, said …" parsed with the relative clause as the head of the source
 * and no subject for the cue: the phrase before the first comma names the speaker when its head is a speaker noun (a
 * determiner before it makes a noun of a word the tagger read as an adjective) with no preposition of its own.
 */
function leadingSpeaker(v: SyntaxView, old: Span, mentions: readonly Mention[], cueLemma?: string): boolean {
  const comma = v.text.slice(old.start, old.end).indexOf(',')
  if (comma <= 0) return false
  const head = spanHead(v, { start: old.start, end: old.start + comma })
  if (head === undefined || (v.children[head] ?? []).some((d) => deprelOf(v, d) === 'case')) return false
  if (isSpeakerHead(v, head, mentions, cueLemma)) return true
  const nominal = (v.children[head] ?? []).some((d) => deprelOf(v, d) === 'det')
  return nominal && SPEAKER_NOUNS.has(wordOf(v, head).toLowerCase())
}

/** A name the parser attached loosely: in apposition, or a conjunct after a comma with no "and" ("In an interview with the BBC, Lindqvist said"). */
function looseName(v: SyntaxView, i: number): boolean {
  const rel = deprelOf(v, i)
  return rel === 'appos' || (rel === 'conj' && !(v.children[i] ?? []).some((d) => deprelOf(v, d) === 'cc'))
}

function person(v: SyntaxView, i: number, mentions: readonly Mention[]): boolean {
  const t = v.tokens[i]!
  return mentions.some((m) => m.type === 'PER' && m.start <= t.start && t.end <= m.end)
}
const RELATIVE = /^(who|which|that)$/i

/** The name a token stands in apposition to ("commander" in "Joseph Votel, commander of …" → "Joseph"), if any. */
function appositionOf(v: SyntaxView, i: number): number | undefined {
  return deprelOf(v, i) === 'appos' && v.syntax.tokens[i]!.head >= 0 && v.syntax.tokens[i]!.head < i ? v.syntax.tokens[i]!.head : undefined
}

/** The first conjunct of a coordination ("Sarmin" in "Qamenas, Sarmin and Talamenes" → "Qamenas"), through flat names and appositions. */
function firstConjunct(v: SyntaxView, i: number): number {
  let at = i
  for (let n = 0; n < 8 && /^(conj|flat|appos)/.test(deprelOf(v, at)) && v.syntax.tokens[at]!.head >= 0; n++) at = v.syntax.tokens[at]!.head
  return at
}

/**
 * The source without a participle that follows its head ("An EU statement released Friday says", "The report, published
 * on Tuesday, says"): the participle tells when or how the document came out, not who speaks. Relative clauses and
 * appositions stay ("X, who …", "X, a spokesman for Y").
 */
function withoutParticiple(v: SyntaxView, span: Span, head: number): Span {
  const part = (v.children[head] ?? []).find((d) => d > head && deprelOf(v, d) === 'acl' && uposOf(v, d) === 'VERB' && /(ed|en|wn)$/i.test(wordOf(v, d)) && contains(v, span, d))
  if (part === undefined) return span
  let last = part - 1
  while (last > head && /^[,(—–-]$/.test(wordOf(v, last))) last--
  return { start: span.start, end: v.tokens[last]!.end }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function withoutSource(a: Attribution): Attribution {
  const { source: _drop, ...rest } = a
  return rest
}
