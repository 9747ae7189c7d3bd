/**
 * Construction: a reporting predicate with what it reports, read from syntax —
 * "Officials said (that) the strike killed 12", "The report found that …",
 * "…, the ministry confirmed the convoy was hit", "made it clear that …",
 * "is clear that …", "have no doubt that …" (light-predicates.ts), and a
 * reporting verb conjoined to an earlier verb that shares its subject and
 * reports an object ("Carter thanked Abadi …, and noted the continued role …") —
 * where the word patterns found nothing. The speaker is the clause's subject
 * (or passive agent; for a participle clause, "…, making it clear that …", the
 * speaker of the clause it hangs on) and must be a speaker.
 * @module
 */
import type { Clause, Mention, Span } from '../model/index.js'
import { DEMONSTRATIVES, isTimeWord } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { clauseSpeaker, participleSpeaker } from './cue-clause.js'
import { lightContent, lightPredicate } from './light-predicates.js'
import { reportingStance, reportsFact } from './reporting-verbs.js'
import { isSpeakerHead } from './speakers.js'
import { clauseSpan, deprelOf, lemmaOf, phraseSpan, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Verbs of evidence: what they "show" is a claim only as a clause ("the data show that …"), never as a noun phrase. */
const EVIDENCE = new Set(['show', 'demonstrate', 'indicate', 'find', 'reveal', 'suggest', 'prove'])

/** Pronouns that stand for what was said before ("denies this", "confirmed it"). */
const ANAPHORS: ReadonlySet<string> = new Set([...DEMONSTRATIVES, 'it'])

/** Attributions from complement clauses whose cue no attribution in `found` already covers. */
export function complementAttributions(v: SyntaxView, found: readonly Attribution[], mentions: readonly Mention[]): Attribution[] {
  const covered = (i: number) => found.some((a) => a.cue.start <= v.tokens[i]!.start && v.tokens[i]!.end <= a.cue.end)
  const out: Attribution[] = []
  v.syntax.sentences.forEach((s, sentence) => {
    for (const c of s.clauses) {
      if (covered(c.predicate) || c.kind === 'relcl' || c.kind === 'acl') continue
      const content = reportedContent(v, c)
      if (!content) continue
      const speaker = clauseSpeaker(v, c) ?? participleSpeaker(v, c)
      if (speaker === undefined || !isSpeakerHead(v, speaker, mentions, lemmaOf(v, c.predicate))) continue
      const source = phraseSpan(v, speaker)
      if (source.start < content.end && content.start < source.end) continue
      out.push({ cue: cueSpan(v, c.predicate), source, content: [content], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}

/** The cue: the predicate, through the word that carries a light predicate's report ("made it clear", "have no doubt"). */
function cueSpan(v: SyntaxView, p: number): Span {
  const light = lightPredicate(v, p)
  const last = light && light.carrier > p && light.carrier - p <= 3 ? light.carrier : p
  return { start: v.tokens[p]!.start, end: v.tokens[last]!.end }
}

/** What a clause reports, when its predicate is a reporting one (see the module comment). */
function reportedContent(v: SyntaxView, c: Clause): Span | undefined {
  const light = lightPredicate(v, c.predicate)
  if (light) return lightContent(v, c.predicate, light)
  if (c.kind === 'advcl' && !quotedAsSaying(v, c)) return undefined
  const lemma = lemmaOf(v, c.predicate)
  if (!reportsFact(lemma)) return undefined
  // the complement after the verb when there is one ("A spokesman, who asked not to be named, said the strike …" is
  // parsed with the relative clause as a first complement), else the fronted one ("The strike hit a compound, he said")
  const later = c.complements.find((x) => x > c.predicate)
  // "Speaking today, Minister Ellwood said:" with the fronted participle read as a complement: the statement follows the colon
  if (later === undefined && /^\s*:/.test(v.text.slice(v.tokens[c.predicate]!.end, v.tokens[c.predicate]!.end + 4))) return undefined
  if (c.complements.length > 0) return clauseSpan(v, later ?? c.complements[0]!)
  const fronted = clauseAfterAdverbial(v, c)
  if (fronted !== undefined) return clauseSpan(v, fronted)
  const told = thatClauseOnAddressee(v, c)
  if (told !== undefined) return clauseSpan(v, told)
  const split = splitComplement(v, c)
  if (split) return split
  // "Iran denies this.", "The ministry confirmed it": a denial or confirmation of what was said before, as a pronoun
  const answered = reportingStance(lemma) === 'deny' || reportingStance(lemma) === 'confirm' ? c.objects.find((o) => o > c.predicate) : undefined
  if (answered !== undefined && uposOf(v, answered) === 'PRON' && ANAPHORS.has(wordOf(v, answered).toLowerCase())) return phraseSpan(v, answered)
  // "…, and noted the continued role …": a conjoined reporting verb with its conjunct's subject and an object
  if (c.kind !== 'conj' || !c.subjectShared || c.objects.length === 0 || EVIDENCE.has(lemma) || reportingStance(lemma) === 'hedge') return undefined
  const whole = clauseSpan(v, c.predicate)
  const after = v.tokens[c.predicate + 1]
  return after && after.start < whole.end ? { start: after.start, end: whole.end } : undefined
}

/**
 * "The ministry informed the embassy that the crossing would close" parsed with the "that"-clause as a relative clause
 * on the addressee: a relative clause is opened by a relative pronoun that fills a role in it, never by "that" as a
 * subordinating mark, so a marked "that"-clause on the object of a reporting verb is what the verb reports.
 */
function thatClauseOnAddressee(v: SyntaxView, c: Clause): number | undefined {
  if (EVIDENCE.has(lemmaOf(v, c.predicate))) return undefined
  for (const o of c.objects) {
    if (o < c.predicate) continue
    const clause = (v.children[o] ?? []).find((d) => d > o && /^acl/.test(deprelOf(v, d)) && (v.children[d] ?? []).some((m) => m < d && deprelOf(v, m) === 'mark' && lemmaOf(v, m) === 'that'))
    if (clause !== undefined) return clause
  }
  return undefined
}

/** Adverbials of the reporting verb that may stand between it and what it reports ("said in a statement, …"). */
const ADVERBIAL = /^(obl|obl:tmod|obl:unmarked|nmod:tmod|advmod)$/

/**
 * "Authorities say in one case, a roadside bomb exploded …", "He said during the first raid, troops found …": the
 * parser hangs the reported clause on the verb as `parataxis` after an adverbial and a comma. A clause with a subject
 * of its own, with nothing but the verb's adverbials and punctuation before it, is what the verb reports.
 */
function clauseAfterAdverbial(v: SyntaxView, c: Clause): number | undefined {
  const p = c.predicate
  // "if donors had responded earlier, the cost …": a verb under a subordinator reports nothing here
  if ((v.children[p] ?? []).some((x) => deprelOf(v, x) === 'mark')) return undefined
  const d = (v.children[p] ?? []).find((x) => x > p && deprelOf(v, x) === 'parataxis' && (v.children[x] ?? []).some((k) => /^nsubj/.test(deprelOf(v, k))))
  if (d === undefined) return undefined
  const start = clauseSpan(v, d).start
  let adverbials = 0
  for (let i = p + 1; i < v.tokens.length && v.tokens[i]!.start < start; i++) {
    if (uposOf(v, i) === 'PUNCT') continue
    const top = childOf(v, p, i)
    if (top === undefined || top === d || !ADVERBIAL.test(deprelOf(v, top))) return undefined
    adverbials++
  }
  return adverbials > 0 && /,\s*$/.test(v.text.slice(v.tokens[p]!.end, start)) ? d : undefined
}

/** The child of `p` whose subtree holds token `i`, if `i` lies below `p`. */
function childOf(v: SyntaxView, p: number, i: number): number | undefined {
  let k = i
  // at most one step per token: a malformed parse with a cycle ends the walk
  for (let step = 0; step < v.tokens.length && k >= 0; step++) {
    const h = v.syntax.tokens[k]!.head
    if (h === p) return k
    k = h
  }
  return undefined
}

/** "X was quoted as saying …", "the agency quoted X as saying …": the participle reports for the one quoted. */
function quotedAsSaying(v: SyntaxView, c: Clause): boolean {
  return c.parent !== undefined && lemmaOf(v, c.parent) === 'quote'
}

/**
 * "The China Daily reports water ministry officials are doing a survey" parsed with the officials as the object and
 * "are doing" as a clause of the verb with no subject: the object and that clause are the complement. So is "The
 * military says troops detained two fighters" parsed with "troops" as the object and "detained" as an `xcomp`: a verb
 * of saying takes no object with a predicate, so an inflected verb after its object, with no marker ("to") and no
 * subject of its own, is the reported clause's predicate and the object its subject.
 */
function splitComplement(v: SyntaxView, c: Clause): Span | undefined {
  const o = c.objects[0]
  if (o === undefined || o < c.predicate || reportingStance(lemmaOf(v, c.predicate)) !== 'assert' || EVIDENCE.has(lemmaOf(v, c.predicate))) return undefined
  const finite = (d: number) => (v.children[d] ?? []).some((x) => /^(aux|aux:pass|cop)$/.test(v.syntax.tokens[x]!.deprel))
  const clause = (d: number) => /^(advcl|ccomp|parataxis)$/.test(deprelOf(v, d)) ? finite(d) : deprelOf(v, d) === 'xcomp' && inflectedVerb(v, d)
  // …also when the parser took a time word after the object for the clause's subject ("says the raid Friday was in …")
  const ownSubject = (x: number) => /^(nsubj|mark)/.test(v.syntax.tokens[x]!.deprel) && !isTimeWord(wordOf(v, x))
  const rest = (v.children[c.predicate] ?? []).find((d) => d > o && clause(d) && !(v.children[d] ?? []).some(ownSubject))
  return rest === undefined ? undefined : { start: phraseSpan(v, o).start, end: clauseSpan(v, rest).end }
}

/** A verb in an inflected form that is no participle in "-ing" ("detained", "killed", "controls"; not "leave", "leaving"). */
function inflectedVerb(v: SyntaxView, i: number): boolean {
  const w = wordOf(v, i).toLowerCase()
  return uposOf(v, i) === 'VERB' && w !== lemmaOf(v, i) && !w.endsWith('ing')
}
