/**
 * Construction: an act claimed by its author in a clause that hangs on the act's noun, read from doc.syntax —
 * "one in Baghdad claimed by Daesh", "multiple attacks, also claimed by Da'esh, have killed …" (a passive participle:
 * its agent claims the act) and "the attack …, for which Daesh has claimed responsibility" (a relative clause: its
 * subject claims). The claim's content is the act's noun phrase, its source the agent or the subject. The word
 * patterns read the noun as the speaker ("one in Baghdad claimed …") or lose the relative clause inside a longer
 * statement; claims of responsibility are a staple of conflict statements.
 * @module
 */
import type { Clause, Mention, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { isSpeakerHead } from './speakers.js'
import { deprelOf, lemmaOf, phraseSpan, uposOf, wordOf, type SyntaxView } from './syntax-view.js'
import { RELATIVE_PRONOUNS } from '../text/english.js'

/** Lemmas of verbs by which an author claims an act. */
const CLAIMING: ReadonlySet<string> = new Set(['claim'])
const NOMINAL = /^(NOUN|PROPN|NUM|PRON)$/

/** Attributions of acts claimed in a participle or relative clause on the act's noun. */
export function claimedActs(v: SyntaxView, mentions: readonly Mention[]): Attribution[] {
  const out: Attribution[] = []
  v.syntax.sentences.forEach((s, sentence) => {
    for (const c of s.clauses) {
      if (!CLAIMING.has(lemmaOf(v, c.predicate)) || c.negated) continue
      const speaker = c.kind === 'acl' && c.passive ? c.agent : relative(v, c) ? c.subject : undefined
      if (speaker === undefined || !isSpeakerHead(v, speaker, mentions, 'claim')) continue
      const act = actNoun(v, c)
      if (act === undefined) continue
      const t = v.tokens[c.predicate]!
      // without the preposition ("by Daesh", "including one …") or a time word the parser hung on the noun ("Today, multiple attacks")
      const content = phraseSpan(v, act, (d) => d < act && /^(case|obl|obl:.*|nmod:tmod|nmod:unmarked|advmod|punct)$/.test(deprelOf(v, d)))
      const source = phraseSpan(v, speaker, (d) => deprelOf(v, d) === 'case')
      if (overlaps(source, content)) continue
      out.push({ cue: { start: t.start, end: t.end }, source, content: [content], quote: false, pattern: 'complement', sentence })
    }
  })
  return out
}

/** A relative clause with a subject of its own ("for which Daesh has claimed", "the attack ISIL claimed"). */
function relative(v: SyntaxView, c: Clause): boolean {
  if (c.subject === undefined || RELATIVE_PRONOUNS.has(wordOf(v, c.subject).toLowerCase())) return false
  if (c.kind !== 'relcl' && deprelOf(v, c.predicate) !== 'advcl:relcl') return false
  // what it claims is the act itself (or responsibility for it), not a statement: "in which organizers claimed 400 delegates participated"
  return c.complements.length === 0 && c.objects.every((o) => OWNING.has(lemmaOf(v, o)))
}

/** Objects of "claim" that own the act rather than state something: "claimed responsibility / credit". */
const OWNING: ReadonlySet<string> = new Set(['responsibility', 'credit', 'authorship'])

/** The act's noun: the noun the clause modifies, or (a relative clause the parser hung on the verb) that verb's last object before it. */
function actNoun(v: SyntaxView, c: Clause): number | undefined {
  const g = c.governor
  if (g === undefined) return undefined
  if (NOMINAL.test(uposOf(v, g))) return g
  const objects = (v.children[g] ?? []).filter((d) => d < c.predicate && deprelOf(v, d) === 'obj' && NOMINAL.test(uposOf(v, d)))
  return objects[objects.length - 1]
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}
