/**
 * The person a definite description names when no title does: the wire's lead that gives a description first and the
 * name in the next sentence ("The former U.S. administrator for Iraq has praised … . Mr. Bremer said …", "NATO's
 * secretary general says … . Jaap de Hoop Scheffer's warning appeared …"), and the second reference to a person named
 * as a subject just before ("U.S. Senator Trent Lott has introduced a bill … . The Republican from Mississippi says …").
 * Read from the parse: the main clause's subject of the next sentence (or the name owning it), else the nearest person
 * named as a clause's subject in the description's sentence or the two before.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { PERSON_DESCRIPTION_NOUNS, PERSON_ROLE_NOUNS } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { docSyntaxView, tokenIn, tokensIn, type SyntaxView } from './syntax-view.js'

/** How many sentences back a description looks for the person it names. */
const DESCRIPTION_REACH = 2

/** Agent nouns by their suffix: "musician", "physicist". */
const AGENT_SUFFIX = /^[a-z]{3,}(?:ist|ian)$/

/** Does a noun lemma name a person by office or description ("president", "musician", "actress-singer")? */
export function personNoun(lemma: string): boolean {
  const parts = lemma.toLowerCase().replace(/-elect$/, '').split('-')
  return parts.some((p) => PERSON_ROLE_NOUNS.has(p) || PERSON_DESCRIPTION_NOUNS.has(p) || AGENT_SUFFIX.test(p))
}

/** Token indices of sentence s (none past the last sentence). */
function sentenceTokens(doc: AnnotatedDoc, v: SyntaxView, s: number): number[] {
  const sentence = doc.sentences?.[s]
  return sentence ? tokensIn(v, sentence) : []
}

/** The PER name holding token k, or one token hanging on it inside a name ("Scheffer's warning": the owner's name). */
function personAt(v: SyntaxView, k: number, people: readonly Mention[]): Mention | undefined {
  const holding = (i: number) => people.find((m) => m.start <= v.tokens[i]!.start && v.tokens[i]!.end <= m.end)
  const own = holding(k)
  if (own) return own
  const owner = (v.children[k] ?? []).find((i) => /^nmod:poss/.test(v.syntax.tokens[i]!.deprel) && holding(i) !== undefined)
  return owner === undefined ? undefined : holding(owner)
}

/** The person who is (or owns) the main clause's subject of sentence s, if any. */
function mainSubjectPerson(doc: AnnotatedDoc, v: SyntaxView, s: number, people: readonly Mention[]): Mention | undefined {
  const syntax = v.syntax.tokens
  const idx = sentenceTokens(doc, v, s)
  const root = idx.find((i) => syntax[i]!.head === -1)
  const subject = idx.find((i) => syntax[i]!.head === root && /^nsubj/.test(syntax[i]!.deprel))
  return subject === undefined ? undefined : personAt(v, subject, people)
}

/** Is the token a clause's subject, directly or through the name or apposition it belongs to? */
function subjectToken(doc: AnnotatedDoc, k: number): boolean {
  const syntax = doc.syntax!.tokens
  let at = k
  for (let n = 0; n < 3 && /^(appos|flat|compound)/.test(syntax[at]!.deprel) && syntax[at]!.head >= 0; n++) at = syntax[at]!.head
  return /^nsubj/.test(syntax[at]!.deprel)
}

/** How many tokens before a name its title may start ("Assistant Secretary of State Christopher Hill"). */
const TITLE_REACH = 5

/** Office nouns standing right before a person's name, in its phrase ("President Bush": president). */
function officesBefore(v: SyntaxView, m: Mention): string[] {
  const tokens = v.tokens
  const syntax = v.syntax.tokens
  const first = tokenIn(v, m.start, m.end)
  const out: string[] = []
  for (let i = first - 1; i >= 0 && i >= first - TITLE_REACH && tokens[i]!.sentence === tokens[first]!.sentence; i--) {
    if (/^(VERB|AUX|ADP|SCONJ|CCONJ|PUNCT)$/.test(syntax[i]!.upos) && syntax[i]!.lemma !== 'of') break
    if (PERSON_ROLE_NOUNS.has(syntax[i]!.lemma.toLowerCase())) out.push(syntax[i]!.lemma.toLowerCase())
  }
  return out
}

const surname = (m: Mention): string => (m.text.split(/\s+/).pop() ?? '').toLowerCase()

/** The nearest person named as a clause's subject in the sentences [s - DESCRIPTION_REACH, s] before `at`. */
function subjectBefore(doc: AnnotatedDoc, v: SyntaxView, at: number, s: number, people: readonly Mention[]): Mention | undefined {
  for (const m of people.filter((p) => p.end <= at).sort((a, b) => b.start - a.start)) {
    const inName = tokensIn(v, m)
    if (inName.length === 0) continue
    if (v.tokens[inName[0]!]!.sentence < s - DESCRIPTION_REACH) return undefined
    if (inName.some((i) => subjectToken(doc, i))) return m
  }
  return undefined
}

/**
 * The person a definite description headed by `lemma` names (see the module comment). When the description opens its
 * sentence, the person who is the next sentence's main subject, if that person is new to the article (or is the
 * subject named just before too: "Ms. Rice made the comment … The top U.S. diplomat said … Ms. Rice held talks") and
 * holds no other office ("The Iraqi foreign minister said … President Bush said" is not Bush). Else, when the
 * description names no body or place of its own, the nearest person named as a subject in its sentence or the two
 * before ("South Korea's foreign minister" after "North Korean leader Kim Jong Il said" is no second reference to him).
 */
export function describedPerson(doc: AnnotatedDoc, src: Span, lemma: string, people: readonly Mention[], inside: readonly Mention[]): Mention | undefined {
  const v = docSyntaxView(doc)
  if (!v) return undefined
  const tokens = v.tokens
  const first = firstSpanEndingAfter(tokens, src.start)
  if (first >= tokens.length) return undefined
  const s = tokens[first]!.sentence
  const before = subjectBefore(doc, v, src.start, s, people)
  const opens = first === 0 || tokens[first - 1]!.sentence !== s
  const next = opens ? mainSubjectPerson(doc, v, s + 1, people) : undefined
  const known = (m: Mention) => people.some((p) => p.end <= src.start && surname(p) === surname(m))
  const otherOffice = (m: Mention) => PERSON_ROLE_NOUNS.has(lemma) && officesBefore(v, m).some((o) => o !== lemma)
  if (next && !otherOffice(next) && (!known(next) || (before !== undefined && surname(before) === surname(next)))) return next
  return inside.some((m) => m.type !== 'PER') ? undefined : before
}
