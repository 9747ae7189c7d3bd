/**
 * Construction: a statement introduced by a reporting verb and a colon, with
 * the statement in the paragraphs that follow and no quote marks — the way
 * government releases print a minister's words:
 *
 *     The Foreign Secretary said:
 *
 *     I welcome the Board of Inquiry's report, which found …
 *
 * The content is the next paragraph, and the paragraphs after it while they
 * still speak in the first person ("I", "we", "our") and introduce no new
 * speaker (a paragraph that itself ends in a colon).
 * @module
 */
import type { Mention, Sentence, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { clauseSpeaker } from './cue-clause.js'
import { lightPredicate } from './light-predicates.js'
import { reportsFact } from './reporting-verbs.js'
import { isSpeakerHead } from './speakers.js'
import { lemmaOf, phraseSpan, tokenIn, type SyntaxView } from './syntax-view.js'

const FIRST_PERSON = /\b(I|we|We|our|Our|my|My|us)\b/
const MAX_PARAGRAPHS = 6

/** The paragraphs after `from` that make up a statement, as one span per paragraph. */
export function statementParagraphs(text: string, from: number): Span[] {
  const out: Span[] = []
  let at = from
  while (out.length < MAX_PARAGRAPHS) {
    const start = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0)
    if (start >= text.length) break
    const brk = /\n\s*\n/.exec(text.slice(start))
    const end = brk ? start + brk.index : text.length
    const para = text.slice(start, end).trimEnd()
    if (para === '' || (out.length > 0 && (!FIRST_PERSON.test(para) || /:$/.test(para)))) break
    out.push({ start, end: start + para.length })
    if (/:$/.test(para)) break
    at = end
  }
  return out
}

/** Attributions of "X said:" + the following paragraphs, for cues no attribution in `found` covers. */
export function colonStatements(v: SyntaxView, sentences: readonly Sentence[], found: readonly Attribution[], mentions: readonly Mention[]): Attribution[] {
  const out: Attribution[] = []
  sentences.forEach((s, sentence) => {
    if (!/:\s*$/.test(v.text.slice(s.start, s.end))) return
    const first = tokenIn(v, s.start, s.end)
    if (first < 0) return
    const clauses = v.syntax.sentences[v.tokens[first]!.sentence]?.clauses ?? []
    // the main clause before a fronted participle that reports too ("Responding to the report X said:")
    // (a complement before the verb is a fronted phrase the parser misread: "Speaking today, Minister Ellwood said:")
    const reporting = clauses.filter((x) => x.complements.every((k) => k < x.predicate) && (reportsFact(lemmaOf(v, x.predicate)) || lightPredicate(v, x.predicate)?.stance === 'assert'))
    const c = reporting.find((x) => x.kind === 'main') ?? reporting[0]
    if (!c) return
    const t = v.tokens[c.predicate]!
    if (found.some((a) => a.cue.start <= t.start && t.end <= a.cue.end)) return
    const speaker = clauseSpeaker(v, c)
    if (speaker === undefined || !isSpeakerHead(v, speaker, mentions, lemmaOf(v, c.predicate))) return
    const content = statementParagraphs(v.text, s.end)
    if (content.length === 0) return
    out.push({ cue: { start: t.start, end: t.end }, source: phraseSpan(v, speaker), content, quote: false, pattern: 'colon', sentence })
  })
  return out
}
