/**
 * Construction: reports with no named author that state something — "Commenting on reports that ISIL forces have
 * reached Palmyra, …", "amid reports that the convoy was hit". The reports are their own source (a descriptor, as an
 * annotator writes "the reports"), the noun the cue and the "that"-clause on it the content. A report with an author
 * ("his report that …", "a report by Amnesty that …") is the noun-cue construction's.
 * @module
 */
import type { Attribution } from './attributions.js'
import { clauseSpan, deprelOf, lemmaOf, phraseSpan, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

const REPORT_NOUNS: ReadonlySet<string> = new Set(['report'])

/** Attributions of authorless reports with a "that"-clause, for nouns no attribution in `found` already uses. */
export function reportNouns(v: SyntaxView, found: readonly Attribution[]): Attribution[] {
  const used = (i: number) => found.some((a) => [a.cue, ...(a.source ? [a.source] : [])].some((s) => s.start <= v.tokens[i]!.start && v.tokens[i]!.end <= s.end))
  const out: Attribution[] = []
  v.syntax.tokens.forEach((_t, i) => {
    if (uposOf(v, i) !== 'NOUN' || !REPORT_NOUNS.has(lemmaOf(v, i)) || used(i)) return
    const kids = v.children[i] ?? []
    // an author of its own ("his report", "a report by Amnesty") belongs to the noun-cue construction
    const by = (d: number) => (v.children[d] ?? []).some((c) => deprelOf(v, c) === 'case' && /^(by|from)$/i.test(wordOf(v, c)))
    if (kids.some((d) => deprelOf(v, d) === 'nmod:poss' || (deprelOf(v, d) === 'nmod' && by(d)))) return
    const clause = kids.find((d) => d > i && /^(acl|ccomp)$/.test(deprelOf(v, d)) && (v.children[d] ?? []).some((c) => deprelOf(v, c) === 'mark' && wordOf(v, c).toLowerCase() === 'that' && c === i + 1))
    if (clause === undefined) return
    const source = phraseSpan(v, i, (d) => deprelOf(v, d) === 'case')
    const tok = v.tokens[i]!
    out.push({ cue: { start: tok.start, end: tok.end }, source, content: [clauseSpan(v, clause)], quote: false, pattern: 'complement', sentence: tok.sentence })
  })
  return out
}
