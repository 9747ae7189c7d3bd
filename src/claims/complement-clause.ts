/**
 * Construction: a reporting verb with a complement clause, read from syntax —
 * "Officials said (that) the strike killed 12", "The report found that …",
 * "…, the ministry confirmed the convoy was hit" — where the word patterns
 * found nothing. The speaker is the clause's subject (or passive agent) and
 * must be a speaker; the content is the complement clause (ccomp) or, for a
 * verb that ends its sentence after the content ("…, he said"), the clause it
 * attaches to as parataxis.
 * @module
 */
import type { Mention, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { clauseSpeaker } from './cue-clause.js'
import { reportsFact } from './reporting-verbs.js'
import { isSpeakerHead } from './speakers.js'
import { clauseSpan, lemmaOf, phraseSpan, type SyntaxView } from './syntax-view.js'

/** Attributions from complement clauses whose cue no attribution in `found` already covers. */
export function complementAttributions(v: SyntaxView, found: readonly Attribution[], mentions: readonly Mention[]): Attribution[] {
  const covered = (i: number) => found.some((a) => a.cue.start <= v.tokens[i]!.start && v.tokens[i]!.end <= a.cue.end)
  const out: Attribution[] = []
  v.syntax.sentences.forEach((s, sentence) => {
    for (const c of s.clauses) {
      if (c.complements.length === 0 || !reportsFact(lemmaOf(v, c.predicate)) || covered(c.predicate)) continue
      if (c.kind === 'relcl' || c.kind === 'advcl' || c.kind === 'acl') continue
      const speaker = clauseSpeaker(v, c)
      if (speaker === undefined || !isSpeakerHead(v, speaker, mentions)) continue
      const t = v.tokens[c.predicate]!
      const cue: Span = { start: t.start, end: t.end }
      const content = clauseSpan(v, c.complements[0]!)
      const source = phraseSpan(v, speaker)
      if (source.start < content.end && content.start < source.end) continue
      out.push({ cue, source, content: [content], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}
