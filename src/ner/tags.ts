/**
 * The tag set of Dossier's NER model: IOB2 over PER, ORG, LOC, NORP and MISC,
 * plus the transition rule that keeps decoded sequences well formed.
 * @module
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'NORP', 'MISC'] as const
export type NerType = (typeof ENTITY_TYPES)[number]

/** Tag strings; index 0 is always O. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]
export const NUM_TAGS = TAGS.length
export const O = 0

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]))

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag)
  if (i === undefined) throw new Error(`unknown NER tag ${tag}`)
  return i
}

/** B-X index for type position k. */
export function beginTag(type: NerType): number {
  return 1 + 2 * ENTITY_TYPES.indexOf(type)
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0
}

export function tagType(tag: number): NerType | undefined {
  return tag === 0 ? undefined : ENTITY_TYPES[(tag - 1) >> 1]
}

/** May `cur` follow `prev`? (prev = -1 at sentence start). I-X only continues B-X or I-X. */
export function transitionAllowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true
  if (prev < 0) return false
  return prev !== 0 && tagType(prev) === tagType(cur)
}

export interface TagSpan {
  /** Token index of the first token. */
  readonly start: number
  /** Token index one past the last token. */
  readonly end: number
  readonly type: NerType
}

/** Read spans from a tag sequence (indices into TAGS); a stray I-X opens a span, as conlleval does. */
export function spansFromTags(tags: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = []
  let open = -1
  let type: NerType | undefined
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] ?? 0) : 0
    const ty = tagType(t)
    const continues = open >= 0 && isInside(t) && ty === type
    if (!continues) {
      if (open >= 0 && type) spans.push({ start: open, end: i, type })
      open = ty ? i : -1
      type = ty
    }
  }
  return spans
}

/** Tags from spans over n tokens. */
export function tagsFromSpans(n: number, spans: readonly TagSpan[]): Uint8Array {
  const tags = new Uint8Array(n)
  for (const s of spans) {
    const b = beginTag(s.type)
    for (let i = s.start; i < s.end; i++) tags[i] = i === s.start ? b : b + 1
  }
  return tags
}
