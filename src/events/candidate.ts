/**
 * An event found in a sentence, before it becomes an Event: its cue tokens,
 * code, role mentions and modality. The coders (verb-events.ts, noun-events.ts,
 * bulletins.ts) produce candidates; emit.ts adds place, time and count.
 * @module
 */
import type { Modality } from '../model/index.js'
import type { Occ } from './sentence-view.js'
import type { LearnedCue } from './learned-cues.js'

export interface Candidate {
  /** Cue tokens (global indices, inclusive). */
  readonly from: number
  readonly last: number
  readonly code: string
  readonly reverse?: string
  readonly actors: readonly Occ[]
  readonly targets: readonly Occ[]
  readonly modality: Modality
  /** Coded by a pattern, phrase or event noun (not only a verb's default code). */
  readonly specific: boolean
  /** The predicate or event noun the roles hang on (for the place). */
  readonly anchor: number
  /** Coded only by the loose coder (ExtractOptions.loose): a gate of the strict coder was passed over. */
  readonly loose?: boolean
  /** Coded from a learned cue (the golds' code of a word no dictionary codes; alternatives.ts `learnedCue`): the scorer reads it. */
  readonly learned?: LearnedCue
}

/** Roots whose events matter even with one side unnamed (arrests, protests, force, violence). */
export const ONE_SIDED_ROOTS: ReadonlySet<string> = new Set(['11', '14', '15', '17', '18', '19', '20'])
/** Roots where a preposition, not the object, names the other side ("met with", "talks with"). */
export const RECIPROCAL_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06', '08'])

/** What the coder carries from sentence to sentence of one article. */
export interface ArticleContext {
  /** The force last named conducting force events ("Coalition military forces conducted 34 strikes against ISIL"). */
  actor?: Occ
  target?: Occ
  code?: string
  /** The person last named speaking ("I" in a statement stands for them). */
  speaker?: Occ | undefined
  /**
   * The side the article speaks for: the last organisation or country named taking a diplomatic stance in it ("The
   * United States strongly condemns …"). "We" in the article's or a quoted speaker's voice stands for it, else for the speaker.
   */
  side?: Occ | undefined
  /** The last force named striking a named party, by the force's name ("Coalition … conducted 34 strikes against ISIL"). */
  struck?: { readonly by: string; readonly target: Occ }
  /** The organisation the last speaker's title names ("…, commander of U.S. Central Command, said"). */
  speakerBody?: Occ | undefined
  /** The body last named adopting a text ("the UN Security Council adopted Resolution 2328"): "the Resolution demanded …" is its act. */
  adopter?: Occ | undefined
  /** The last weapon of mass destruction named ("such weapons"). */
  readonly wmd: { code?: string }
}
