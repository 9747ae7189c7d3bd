/**
 * An inverted attribution the word patterns read backwards: "Mr. Trump's former campaign manager, Corey
 * Lewandowski, said the staff member who succeeded him … should be terminated" looks like "…, said X" to
 * the patterns (a comma before the cue, a noun phrase after it), so the subject came out as the content and
 * the reported clause as the source. The parse settles it: when the cue verb's subject stands inside the
 * "content" before the cue and that part holds no verb of its own (a relative clause of the subject aside),
 * the subject is the source and what follows the cue the content.
 * @module
 */
import type { Attribution } from './attributions.js'
import { cuePredicate } from './cue-clause.js'
import { deprelOf, phraseSpan, tokensIn, uposOf, type SyntaxView } from './syntax-view.js'

const inside = (v: SyntaxView, i: number, s: { start: number; end: number }) => v.tokens[i]!.start >= s.start && v.tokens[i]!.end <= s.end

/** The attribution in subject–verb–complement order when the parse reads it so (see the module comment). */
export function uninvert(v: SyntaxView, a: Attribution): Attribution {
  if (a.pattern !== 'inverted' || a.quote || a.content.length !== 1 || !a.source) return a
  const p = cuePredicate(v, a.cue)
  if (p === undefined) return a
  const kids = v.children[p] ?? []
  const subject = kids.find((c) => /^nsubj$/.test(deprelOf(v, c)) && c < p && inside(v, c, a.content[0]!))
  if (subject === undefined) return a
  // no verb before the cue but in a relative clause of the subject or a participle used as its adjective ("A purported
  // spokesman, NAME, claimed …"): it names the speaker, and what follows is what was said
  const clauseOf = (i: number) => (uposOf(v, i) === 'AUX' ? v.syntax.tokens[i]!.head : i)
  const verbBefore = tokensIn(v, a.content[0]!).some((i) => (uposOf(v, i) === 'VERB' || uposOf(v, i) === 'AUX') && !/^(acl|amod)/.test(deprelOf(v, clauseOf(i))))
  return verbBefore ? a : { ...a, source: phraseSpan(v, subject), content: [a.source], pattern: 'pre' }
}
