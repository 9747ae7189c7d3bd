/**
 * The keys of a learned cue (models/events/codes.json `uncoded`, built by scripts/train-events-codes.ts, read by
 * alternatives.ts `learnedCue`): one function for the table's builder and the coder, so both read a predicate alike.
 * A verb's keys run from the most specific to the plainest: its lemma and particle with its frame ("call +for", "meet
 * +with", "summon +obj"), the lemma and particle ("turn down"), the lemma alone; a noun's is its lemma marked as a
 * noun ("trial/n"). The coder takes the first key the table holds, so a frame the golds code apart ("called for" a
 * session, 10; "called on" a state, 10 too, but "called" a meeting, 04) backs off to the plain lemma where it is sparse.
 * @module
 */

/** The parse a key is read from: a SentenceView, or a document's parse (`docTree`). */
export interface CueTree {
  word(i: number): string
  lemma(i: number): string
  upos(i: number): string
  deprel(i: number): string
  children(i: number): readonly number[]
}

/** What the coder knows of a learned cue it used: the key's code, the articles behind it, and whether the key had a frame. */
export interface LearnedCue {
  readonly code: string
  readonly support: number
  readonly framed: boolean
  /** A split cue's alternative (split-codes.ts): the root of the candidate it is proposed beside. */
  readonly from?: string
  /** … and the root's share of the articles where the golds link the lemma (0 … 1). */
  readonly share?: number
}

/**
 * The frame of a predicate: the preposition of its first oblique ("+for", "+with"), else "+obj" when it has an object,
 * else "+none" (the particle is in the key already).
 */
export function cueFrame(t: CueTree, p: number): string {
  const kids = t.children(p)
  for (const c of kids) {
    if (!t.deprel(c).startsWith('obl')) continue
    const k = t.children(c).find((x) => t.deprel(x) === 'case')
    if (k !== undefined) return `+${t.word(k).toLowerCase()}`
  }
  return kids.some((c) => t.deprel(c) === 'obj') ? '+obj' : '+none'
}

/** The keys of predicate `p`, most specific first (`frames`: with the frame key first). */
export function cueKeys(t: CueTree, p: number, frames = true): string[] {
  const lemma = t.lemma(p).toLowerCase()
  if (t.upos(p) === 'NOUN') return [`${lemma}/n`]
  const prt = t.children(p).find((c) => t.deprel(c) === 'compound:prt')
  const base = prt !== undefined ? `${lemma} ${t.word(prt).toLowerCase()}` : lemma
  const keys = frames ? [`${base} ${cueFrame(t, p)}`, base] : [base]
  if (base !== lemma) keys.push(lemma)
  return keys
}

/** Entries per key, best supported first: the table's `uncoded` cues. */
export type CueEntries = Readonly<Record<string, ReadonlyArray<readonly [string, number]>>>

/** The learned cue of predicate `p`: the best entry of its first key the table holds. */
export function lookupCue(t: CueTree, p: number, table: CueEntries | undefined): LearnedCue | undefined {
  if (!table) return undefined
  for (const key of cueKeys(t, p)) {
    const best = table[key]?.[0]
    if (best) return { code: best[0], support: best[1], framed: key.includes(' +') }
  }
  return undefined
}

/** A document's parse as a `CueTree` over its global token indices (the table's builder reads articles whole). */
export function docTree(doc: { readonly article: { readonly text: string }; readonly tokens?: ReadonlyArray<{ start: number; end: number }>; readonly syntax?: { readonly tokens: ReadonlyArray<{ lemma: string; upos: string; deprel: string; head: number }> } }): CueTree {
  const syn = doc.syntax?.tokens ?? []
  const kids: number[][] = syn.map(() => [])
  syn.forEach((s, i) => { if (s.head >= 0 && s.head < syn.length) kids[s.head]!.push(i) })
  const text = doc.article.text
  return {
    word: (i) => { const t = doc.tokens?.[i]; return t ? text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'") : '' },
    lemma: (i) => syn[i]?.lemma ?? '',
    upos: (i) => syn[i]?.upos ?? '',
    deprel: (i) => syn[i]?.deprel ?? '',
    children: (i) => kids[i] ?? [],
  }
}
