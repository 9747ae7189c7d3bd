/**
 * Construction: an accusation in a relative clause — "a case filed by citizens who accused Prime Minister X of violating
 * the constitution", "criticized Senate Democrats who have accused the administration of misleading the public". The
 * accuser is the noun the clause modifies (its "who"), what follows the verb is the charge; the news golds code it as a
 * claim of the accuser (docs/voa-news-gold.md, "Accusations are claims"). Other relative clauses report nothing of their
 * own ("officials who met on Monday"), and a passive one names the accused, not the accuser.
 * @module
 */
import type { Mention } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { clauseSpeaker } from './cue-clause.js'
import { isSpeakerHead } from './speakers.js'
import { clauseSpan, deprelOf, lemmaOf, phraseSpan, type SyntaxView } from './syntax-view.js'

/** Lemmas of verbs of accusation: their subject charges their object with what follows. */
const ACCUSATIONS: ReadonlySet<string> = new Set(['accuse', 'blame'])

/** Accusations in relative clauses whose cue no attribution in `found` already covers. */
export function relativeAccusations(v: SyntaxView, found: readonly Attribution[], mentions: readonly Mention[]): Attribution[] {
  const covered = (i: number) => found.some((a) => a.cue.start <= v.tokens[i]!.start && v.tokens[i]!.end <= a.cue.end)
  const out: Attribution[] = []
  v.syntax.sentences.forEach((s, sentence) => {
    for (const c of s.clauses) {
      const p = c.predicate
      if (c.kind !== 'relcl' || c.passive || !ACCUSATIONS.has(lemmaOf(v, p)) || covered(p) || !c.objects.some((o) => o > p)) continue
      const speaker = clauseSpeaker(v, c)
      if (speaker === undefined || speaker > p || !isSpeakerHead(v, speaker, mentions, lemmaOf(v, p))) continue
      const next = v.tokens[p + 1]
      const end = clauseSpan(v, p).end
      if (!next || next.start >= end) continue
      // the accuser's phrase starts at its noun ("a case filed by citizens who …" is the citizens')
      const source = phraseSpan(v, speaker, (d) => deprelOf(v, d) === 'case' && v.syntax.tokens[d]!.head === speaker)
      out.push({ cue: { start: v.tokens[p]!.start, end: v.tokens[p]!.end }, source, content: [{ start: next.start, end }], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}
