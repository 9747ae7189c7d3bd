/**
 * One sentence of an article as the syntax coder reads it: its token range in
 * doc.tokens, lower-case words, and the parse (lemma, UPOS, head, deprel,
 * dependents) of doc.syntax — every index checked against the sentence, so a
 * head or a mention from another sentence can never be read (issue-14).
 * @module
 */
import type { AnnotatedDoc, Clause, Mention, SyntaxToken } from '../model/index.js'
import { descriptorMention, descriptorPhrases, type DescriptorInput } from './descriptors.js'

/** A mention that can fill a role, with its token range (global token indices, half-open). */
export interface Occ {
  readonly m: Mention
  readonly from: number
  readonly to: number
}

export interface SentenceView {
  readonly index: number
  /** Global token indices [first, end). */
  readonly first: number
  readonly end: number
  readonly start: number
  readonly stop: number
  readonly clauses: readonly Clause[]
  /** Lower-case word of a token (global index); '' outside the sentence. */
  word(i: number): string
  lemma(i: number): string
  upos(i: number): string
  deprel(i: number): string
  /** Head inside the sentence, or -1. */
  head(i: number): number
  /** Dependents of a token, in word order. */
  children(i: number): readonly number[]
  /** The role mention covering a token. */
  occAt(i: number): Occ | undefined
  readonly occs: readonly Occ[]
  inside(i: number): boolean
}

const NONE: readonly number[] = []
const BLANK: SyntaxToken = { lemma: '', upos: 'X', head: -1, deprel: 'dep' }

/** What roles may take besides named mentions: descriptor phrases ("the regime", descriptors.ts). */
export interface ViewOptions {
  readonly descriptors?: boolean
  /** Only these sentences (indices) get role mentions; the others' views have none (default: all). */
  readonly only?: ReadonlySet<number>
}

/**
 * What every view of a document shares whatever its options (the coder's and the party ranker's views differ only in
 * their role mentions): each sentence's token range and dependents, the lower-case lemmas, the mentions in text order.
 * Built once per document; a document is never changed after a stage made it, so the document is the key.
 */
interface DocFrame {
  /** Per sentence: first token, end token (global indices; 0, 0 when the sentence has no token). */
  readonly ranges: Int32Array
  /** Per sentence: the dependents of its tokens, by index within the sentence (undefined: none). */
  readonly kids: ReadonlyArray<ReadonlyArray<number[] | undefined>>
  /** Lower-case lemma of every token of doc.syntax. */
  readonly lemmas: readonly string[]
  readonly mentions: readonly Mention[]
}

const FRAMES = new WeakMap<AnnotatedDoc, DocFrame>()

function docFrame(doc: AnnotatedDoc): DocFrame {
  let f = FRAMES.get(doc)
  if (f) return f
  const sentences = doc.sentences ?? []
  const tokens = doc.tokens ?? []
  const syn = doc.syntax?.tokens ?? []
  const ranges = new Int32Array(2 * sentences.length).fill(-1)
  tokens.forEach((t, i) => {
    if (t.sentence < 0 || t.sentence >= sentences.length) return
    if (ranges[2 * t.sentence]! < 0) ranges[2 * t.sentence] = i
    ranges[2 * t.sentence + 1] = i + 1
  })
  const kids = sentences.map((_, si) => {
    if (ranges[2 * si]! < 0) { ranges[2 * si] = 0; ranges[2 * si + 1] = 0 }
    const first = ranges[2 * si]!
    const end = ranges[2 * si + 1]!
    const out: Array<number[] | undefined> = new Array(end - first)
    for (let i = first; i < end; i++) {
      const h = syn[i]?.head ?? -1
      if (h >= first && h < end) (out[h - first] ??= []).push(i)
    }
    return out
  })
  const lemmas = syn.map((t) => t.lemma.toLowerCase())
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end)
  FRAMES.set(doc, (f = { ranges, kids, lemmas, mentions }))
  return f
}

/** One sentence's view (its methods read arrays of the document's frame: no closures per sentence). */
class View implements SentenceView {
  clauses: readonly Clause[] = []
  constructor(
    readonly index: number, readonly first: number, readonly end: number, readonly start: number, readonly stop: number,
    readonly occs: Occ[], private readonly at: Array<Occ | undefined>, private readonly kids: ReadonlyArray<number[] | undefined>,
    private readonly words: readonly string[], private readonly syn: readonly SyntaxToken[] | undefined, private readonly lemmas: readonly string[],
  ) {}

  inside(i: number): boolean { return i >= this.first && i < this.end }
  tok(i: number): SyntaxToken { return this.inside(i) ? this.syn?.[i] ?? BLANK : BLANK }
  word(i: number): string { return this.inside(i) ? this.words[i]! : '' }
  lemma(i: number): string { return this.inside(i) ? (this.syn?.[i] ? this.lemmas[i]! : '') || this.words[i]! : '' }
  upos(i: number): string { return this.tok(i).upos }
  deprel(i: number): string { return this.tok(i).deprel }
  head(i: number): number { const h = this.tok(i).head; return this.inside(h) ? h : -1 }
  children(i: number): readonly number[] { return (this.inside(i) ? this.kids[i - this.first] : undefined) ?? NONE }
  occAt(i: number): Occ | undefined { return this.inside(i) ? this.at[i - this.first] : undefined }
}

/** The clauses of a view's sentence (those whose predicate lies in it). */
function viewClauses(v: View, clauses: readonly Clause[]): readonly Clause[] {
  const out: Clause[] = []
  for (const c of clauses) if (v.inside(c.predicate)) out.push(misreadPassive(v, c) ? { ...c, passive: false } : c)
  return out
}

/** A name read as a passive auxiliary ("a local offshoot of IS, intercepted …": "IS" as "is") makes no passive. */
function misreadPassive(v: View, c: Clause): boolean {
  if (!c.passive || c.agent !== undefined) return false
  for (const k of v.children(c.predicate)) if (v.tok(k).deprel === 'aux:pass' && v.occAt(k) !== undefined) return true
  return false
}

/** Views of the article's sentences; `eligible` says which mentions may fill roles. */
export function sentenceViews(doc: AnnotatedDoc, words: readonly string[], eligible: (m: Mention) => boolean, opts: ViewOptions = {}): SentenceView[] {
  const sentences = doc.sentences ?? []
  const tokens = doc.tokens ?? []
  const syn = doc.syntax
  const { ranges, kids, lemmas, mentions } = docFrame(doc)
  let mi = 0
  return sentences.map((s, si) => {
    const first = ranges[2 * si]!
    const end = ranges[2 * si + 1]!
    while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++
    const occs: Occ[] = []
    const at: Array<Occ | undefined> = new Array(end - first)
    const v = new View(si, first, end, s.start, s.end, occs, at, kids[si]!, words, syn?.tokens, lemmas)
    const roles = !opts.only || opts.only.has(si)
    for (let k = mi; roles && k < mentions.length && mentions[k]!.start < s.end; k++) {
      const m = mentions[k]!
      if (!eligible(m)) continue
      let from = first
      while (from < end && tokens[from]!.end <= m.start) from++
      let to = from
      while (to < end && tokens[to]!.start < m.end) to++
      if (from >= end || to <= from || at[from - first]) continue
      const o = { m, from, to }
      occs.push(o)
      for (let i = from; i < to; i++) at[i - first] ??= o
    }
    if (opts.descriptors && roles) addDescriptors(doc, v, { words, at, occs, mentions, mi, s })
    v.clauses = viewClauses(v, syn?.sentences[si]?.clauses ?? [])
    return v
  })
}

/** The case marker (preposition) of a nominal dependent: "on" in "strikes on Aleppo". */
export function caseOf(v: SentenceView, i: number): string {
  for (const c of v.children(i)) if (v.deprel(c) === 'case' || (v.deprel(c) === 'mark' && v.upos(c) === 'ADP')) return v.word(c)
  return ''
}

/** Dependents of i with a deprel (prefix match on the main label: 'nmod' matches 'nmod:poss'). */
export function childrenWith(v: SentenceView, i: number, ...rels: readonly string[]): number[] {
  const out: number[] = []
  for (const c of v.children(i)) {
    const r = v.deprel(c)
    if (rels.includes(r)) { out.push(c); continue }
    const colon = r.indexOf(':')
    if (colon >= 0 && rels.includes(r.slice(0, colon))) out.push(c)
  }
  return out
}

/** What descriptor finding reads of a view (descriptors.ts): every mention, eligible or not, covers a name. */
class DescriptorReader implements DescriptorInput {
  readonly first: number
  readonly end: number
  constructor(private readonly v: View, private readonly words: readonly string[], private readonly anyMention: ReadonlySet<number>,
    private readonly placeTok: ReadonlySet<number>) {
    this.first = v.first
    this.end = v.end
  }

  word(i: number): string { return this.words[i]! }
  lemma(i: number): string { return this.v.tok(i).lemma.toLowerCase() }
  upos(i: number): string { return this.v.tok(i).upos }
  deprel(i: number): string { return this.v.tok(i).deprel }
  children(i: number): readonly number[] { return this.v.children(i) }
  named(i: number): boolean { return this.anyMention.has(i) || this.v.occAt(i) !== undefined }
  placeNamed(i: number): boolean { return this.placeTok.has(i) }
}

interface Building {
  readonly words: readonly string[]
  readonly at: Array<Occ | undefined>
  readonly occs: Occ[]
  readonly mentions: readonly Mention[]
  readonly mi: number
  readonly s: { start: number; end: number }
}

/** Descriptor phrases as role mentions of a sentence (descriptors.ts). */
function addDescriptors(doc: AnnotatedDoc, v: View, b: Building): void {
  const tokens = doc.tokens ?? []
  const { first, end } = v
  // any mention (eligible or not) covers a name: a descriptor never spans into one it does not take over
  const anyMention = new Set<number>()
  const placeTok = new Set<number>()
  for (let k = b.mi; k < b.mentions.length && b.mentions[k]!.start < b.s.end; k++) {
    const m = b.mentions[k]!
    if (m.kind === 'nominal') continue
    for (let i = first; i < end; i++) if (tokens[i]!.start < m.end && tokens[i]!.end > m.start) { anyMention.add(i); if (m.type === 'LOC' || m.type === 'NORP') placeTok.add(i) }
  }
  for (const p of descriptorPhrases(new DescriptorReader(v, b.words, anyMention, placeTok))) {
    let taken = false
    for (let i = p.from; i < p.to; i++) if (v.occAt(i)) taken = true
    if (taken && !p.over) continue
    const o: Occ = { m: descriptorMention(doc.article, tokens[p.from]!.start, tokens[p.to - 1]!.end), from: p.from, to: p.to }
    // a body noun takes over the names inside it ("the Asad regime"): they fill no role of their own
    for (let i = p.from; i < p.to; i++) {
      const old = b.at[i - first]
      if (old && b.occs.includes(old)) b.occs.splice(b.occs.indexOf(old), 1)
      b.at[i - first] = o
    }
    b.occs.push(o)
  }
}
