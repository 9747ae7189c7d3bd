/**
 * The constructions around a claim that bear on its stance, read from doc.syntax: the cue's reporting lemma, a negation
 * of the cue ("did not confirm", "could not confirm"), a cue that is a noun ("a denial"), a cue in a relative or
 * appositive clause after the fact ("a charge Tehran denies"), and the modals, adverbs and negation on the content's
 * predicate ("the attack may have …", "likely", "will not"). Used to count stance errors by construction
 * (scripts/train-stance.ts `--confusion`) and as features of the learned stance model.
 * @module
 */
import type { AnnotatedDoc, Span } from '../model/index.js'
import { MODALS } from '../text/english.js'
import { reportingStance } from './reporting-verbs.js'
import { deprelOf, isNegator, lemmaOf, spanHead, docSyntaxView, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

export interface StanceConstructions {
  /** The cue's reporting lemma (its first token with a reporting stance, else its head's lemma); '' without a parse. */
  readonly lemma: string
  /** Construction tags: neg-cue, noun-cue, rel-cue, deny-lemma, modal:<lemma>, adv:<lemma>, neg-content, wh-content. */
  readonly tags: readonly string[]
}

/** The cue's token carrying its stance: the first with a reporting lemma, else the span's head. */
function cueToken(v: SyntaxView, cue: Span): number | undefined {
  return tokensIn(v, cue).find((i) => /^(VERB|NOUN|ADJ)$/.test(uposOf(v, i)) && reportingStance(lemmaOf(v, i)) !== undefined) ?? spanHead(v, cue)
}

const isNegation = (v: SyntaxView, i: number): boolean => isNegator(v, i) || lemmaOf(v, i) === 'not'

/** Tags of the cue: negated by a dependent, a noun, in a relative / appositive clause, a denial lemma. */
function cueTags(v: SyntaxView, t: number): string[] {
  const out: string[] = []
  if ((v.children[t] ?? []).some((d) => isNegation(v, d))) out.push('neg-cue')
  if (uposOf(v, t) === 'NOUN') out.push('noun-cue')
  if (/^(acl|acl:relcl|appos)$/.test(deprelOf(v, t))) out.push('rel-cue')
  if (reportingStance(lemmaOf(v, t)) === 'deny') out.push('deny-lemma')
  return out
}

/** Tags of the content's predicate: its modals, its adverbs, a negation, an opening "whether" / "if". */
function contentTags(v: SyntaxView, content: Span): string[] {
  const out: string[] = []
  const idx = tokensIn(v, content)
  const first = idx[0]
  if (first !== undefined && /^(whether|if)$/i.test(wordOf(v, first))) out.push('wh-content')
  const head = spanHead(v, content)
  if (head === undefined) return out
  for (const d of v.children[head] ?? []) {
    const w = wordOf(v, d).toLowerCase()
    if (isNegation(v, d)) out.push('neg-content')
    else if (deprelOf(v, d) === 'aux' && MODALS.has(w)) out.push(`modal:${lemmaOf(v, d) || w}`)
    else if (deprelOf(v, d) === 'advmod' && uposOf(v, d) === 'ADV') out.push(`adv:${lemmaOf(v, d) || w}`)
  }
  return out
}

/** The stance constructions of a claim with this cue and content; empty without a parse. */
export function stanceConstructions(doc: AnnotatedDoc, cue: Span, content: Span): StanceConstructions {
  const v = docSyntaxView(doc)
  if (!v) return { lemma: '', tags: [] }
  const t = cueToken(v, cue)
  const tags = [...(t === undefined ? [] : cueTags(v, t)), ...contentTags(v, content)]
  return { lemma: t === undefined ? '' : lemmaOf(v, t), tags }
}
