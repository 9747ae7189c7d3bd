/**
 * Split cues (models/events/codes.json `splits`, built by scripts/train-events-splits.ts): for a cue lemma whose
 * hand-coded golds split between CAMEO roots ("killed" is 19 when soldiers kill fighters and 18 when gunmen kill a
 * reporter; "attack" 19 by an army and 18 by militants), the roots the golds give it, each with the articles it was seen
 * in and its share of the articles where a gold coding repeats the lemma at all. The loose coder proposes every root of
 * the split other than a candidate's own as a loose alternative with the same cue and parties (alternatives.ts), its
 * own readings and its loose ones alike, and the scorer — which reads who acts, on what, and the split's share — keeps
 * the code the frame calls for. A root is counted once per article however many codes of it the golds use, so a
 * lemma whose golds say 180, 183 and 186 splits on 18 as a whole (the code proposed is the root's commonest there).
 * @module
 */
import { z } from 'zod'
import { cameoRoot } from './cameo.js'
import type { LearnedCue } from './learned-cues.js'

/** One lemma's split: the articles it was linked to a gold coding in, and per root its commonest code and articles. */
export const SplitEntry = z.object({
  linked: z.number().int().nonnegative(),
  roots: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
})
export type SplitEntry = z.infer<typeof SplitEntry>
export const SplitTable = z.record(z.string(), SplitEntry)
export type SplitTable = z.infer<typeof SplitTable>

/** The table key of a cue: its lemma, "/n" marking a noun ("attack/n" apart from "attack"), lower-cased. */
export function splitKey(lemma: string, upos: string): string {
  const l = lemma.toLowerCase()
  return upos === 'NOUN' ? `${l}/n` : l
}

/**
 * The alternatives a split proposes for a candidate of root `own`: every root of the entry but `own` and those in
 * `skip`, each as the learned cue the scorer reads (`from`: the candidate's root, `share`: the root's share of the
 * lemma's linked articles).
 */
export function splitAlternatives(entry: SplitEntry | undefined, own: string, skip: ReadonlySet<string>, may: (own: string, root: string) => boolean): LearnedCue[] {
  if (!entry) return []
  const out: LearnedCue[] = []
  for (const [code, n] of entry.roots) {
    const root = cameoRoot(code)
    if (root === own || skip.has(root) || !may(own, root)) continue
    out.push({ code, support: n, framed: false, from: own, share: entry.linked ? n / entry.linked : 0 })
  }
  return out
}
