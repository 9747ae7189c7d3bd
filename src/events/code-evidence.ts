/**
 * How often the hand-coded golds give a root to a cue lemma (models/events/codes.json `linked`, built by
 * scripts/train-events-codes.ts, out of fold when training): of the articles where a gold coding's paraphrase repeats a
 * coded cue of the lemma, the share whose gold coding has that root. The scorer reads it for the coder's own code (its
 * agreement with the golds: "attack" coded 19 where the golds often say 18) and for every alternative, so it learns when
 * to prefer an alternative code over the dictionary's, for lemmas it never saw in training too.
 * @module
 */
import type { CodeTable } from './alternatives.js'

/** The golds' evidence for a lemma's root: the share of its linked articles with that root, and whether no root has more. */
export interface RootEvidence {
  readonly share: number
  readonly best: boolean
  /** The lemma's linked articles. */
  readonly articles: number
}

/** A lemma needs this many linked articles before its shares say anything. */
export const MIN_LINKED = 2

/** The golds' evidence for `root` on cue lemma `lemma` (undefined: the table has too few linked articles of it). */
export function rootEvidence(t: CodeTable | null, lemma: string, root: string): RootEvidence | undefined {
  const e = t?.linked?.[lemma]
  if (!e || e[0] < MIN_LINKED) return undefined
  const [articles, roots] = e
  const n = roots[root] ?? 0
  const best = Object.values(roots).every((m) => m <= n)
  return { share: n / articles, best, articles }
}
