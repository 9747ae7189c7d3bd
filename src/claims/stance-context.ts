/**
 * The document context of a claim's stance, as features of the learned stance model (stance-model.ts): what the golds
 * read beyond the claim when they code a negated statement as a denial ("X accused Y of …; Y said it had not …") or a
 * prediction as a hedge (an observer's "will" against the party's own). Read from doc.syntax and the claims already
 * extracted before this one: whether the content's predicate is negated or carries "will" / "would", the content's
 * subject (the speaker's own "we", a pronoun, another party), whether an accusation was made earlier in the article,
 * and whether the content takes up a word of an earlier claim by another source. Emitted only for a negated or
 * predicting content, crossed with which of the two it is, so every other claim keeps the features it had.
 * @module
 */
import type { AnnotatedDoc, Claim, Span } from '../model/index.js'
import { ACCUSATION_NOUNS, PRONOUNS } from '../text/english.js'
import { reportingStance } from './reporting-verbs.js'
import { deprelOf, docSyntaxView, isNegator, lemmaOf, spanHead, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Words too light to tie one claim to another. */
const LIGHT: ReadonlySet<string> = new Set(['be', 'have', 'do', 'say', 'will', 'would', 'not', 'also', 'tell', 'can', 'could', 'make', 'take', 'get', 'go'])
const CONTENT_UPOS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'PROPN', 'ADJ'])
const PREDICTION_MODALS: ReadonlySet<string> = new Set(['will', 'would', "'ll"])

/** What the claims of one document ask again and again, found once per syntax view. */
interface ViewFacts {
  /** The content lemmas of each span asked for, by "start:end". */
  readonly lemmas: Map<string, ReadonlySet<string>>
  /** Where the document's first accusation starts (Infinity when there is none), found on first ask. */
  accusation: number | undefined
}
const facts = new WeakMap<SyntaxView, ViewFacts>()
function factsOf(v: SyntaxView): ViewFacts {
  let f = facts.get(v)
  if (!f) facts.set(v, (f = { lemmas: new Map(), accusation: undefined }))
  return f
}

/** The content words of a span by lemma (no light verbs); found once per span of a document (each later claim asks). */
function contentLemmas(v: SyntaxView, span: Span): ReadonlySet<string> {
  const known = factsOf(v).lemmas
  const key = `${span.start}:${span.end}`
  let out = known.get(key)
  if (!out) known.set(key, (out = new Set(tokensIn(v, span).filter((i) => CONTENT_UPOS.has(uposOf(v, i))).map((i) => lemmaOf(v, i)).filter((l) => !LIGHT.has(l)))))
  return out
}

/** Which of the two stance groups the content falls in: a negated predicate, a predicted one ("will", "would"). */
function conditions(v: SyntaxView, head: number): string[] {
  const deps = v.children[head] ?? []
  const out: string[] = []
  if (deps.some((d) => isNegator(v, d) || lemmaOf(v, d) === 'not')) out.push('neg')
  if (deps.some((d) => deprelOf(v, d) === 'aux' && PREDICTION_MODALS.has(wordOf(v, d).toLowerCase()))) out.push('will')
  return out
}

/** The content's subject: the speaker's own "we" / "I", a third-person pronoun, another phrase, or none. */
function subjectKind(v: SyntaxView, head: number): string {
  const subj = (v.children[head] ?? []).find((d) => /^nsubj/.test(deprelOf(v, d)))
  if (subj === undefined) return 'none'
  const p = PRONOUNS.get(wordOf(v, subj).toLowerCase())
  return p === undefined ? 'other' : p.person === 1 ? 'first' : 'pron'
}

/** Is token i an accusation: a verb of the table's allege row or an accusation noun ("the charge")? */
const accuses = (v: SyntaxView, i: number): boolean =>
  reportingStance(lemmaOf(v, i)) === 'allege' || (uposOf(v, i) === 'NOUN' && ACCUSATION_NOUNS.has(lemmaOf(v, i)))

/**
 * An accusation before the claim's content (a token starting before `end`). The tokens before `end` are a prefix of the
 * document's, so this is whether its first accusation starts before `end`: found once per document, not rescanned from
 * the start for every claim.
 */
function accusedBefore(v: SyntaxView, end: number): boolean {
  const f = factsOf(v)
  if (f.accusation === undefined) {
    const first = tokensIn(v, { start: 0, end: Infinity }).find((i) => accuses(v, i))
    f.accusation = first === undefined ? Infinity : v.tokens[first]!.start
  }
  return f.accusation < end
}

/** Does the content take up a content word of an earlier claim by another source? */
function echoes(v: SyntaxView, claim: Pick<Claim, 'cue' | 'content' | 'source'>, earlier: readonly Claim[]): boolean {
  const mine = contentLemmas(v, claim.content)
  const source = claim.source.text.toLowerCase()
  return earlier.some((e) => e.cue.start < claim.cue.start && e.source.text.toLowerCase() !== source && [...contentLemmas(v, e.content)].some((l) => mine.has(l)))
}

/**
 * The context features of a claim for the stance model: for a negated or predicting content, `x:<group>`,
 * `x:<group>:subj:<kind>`, `x:<group>:accused` and `x:<group>:echo`; none for any other content or without a parse.
 */
export function stanceContext(doc: AnnotatedDoc, claim: Pick<Claim, 'cue' | 'content' | 'source'>, earlier: readonly Claim[]): string[] {
  const v = docSyntaxView(doc)
  const head = v && spanHead(v, claim.content)
  if (!v || head === undefined) return []
  const groups = conditions(v, head)
  if (groups.length === 0) return []
  const facts = [`subj:${subjectKind(v, head)}`]
  if (accusedBefore(v, Math.min(claim.cue.start, claim.content.start))) facts.push('accused')
  if (echoes(v, claim, earlier)) facts.push('echo')
  return groups.flatMap((g) => [`x:${g}`, ...facts.map((f) => `x:${g}:${f}`)])
}
