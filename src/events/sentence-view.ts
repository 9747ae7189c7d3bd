/**
 * One sentence of an article as the syntax coder reads it: its token range in
 * doc.tokens, lower-case words, and the parse (lemma, UPOS, head, deprel,
 * dependents) of doc.syntax — every index checked against the sentence, so a
 * head or a mention from another sentence can never be read (issue-14).
 * @module
 */
import type { AnnotatedDoc, Clause, Mention, SyntaxToken } from '../model/index.js'
import { descriptorMention, descriptorPhrases } from './descriptors.js'

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

/** Views of the article's sentences; `eligible` says which mentions may fill roles. */
export function sentenceViews(doc: AnnotatedDoc, words: readonly string[], eligible: (m: Mention) => boolean, opts: ViewOptions = {}): SentenceView[] {
  const sentences = doc.sentences ?? []
  const tokens = doc.tokens ?? []
  const syn = doc.syntax
  const ranges = sentences.map(() => ({ first: -1, end: -1 }))
  tokens.forEach((t, i) => {
    const r = ranges[t.sentence]
    if (!r) return
    if (r.first < 0) r.first = i
    r.end = i + 1
  })
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end)
  let mi = 0
  return sentences.map((s, si) => {
    const { first, end } = ranges[si]!.first < 0 ? { first: 0, end: 0 } : ranges[si]!
    const inside = (i: number) => i >= first && i < end
    const tok = (i: number): SyntaxToken => (inside(i) ? syn?.tokens[i] ?? BLANK : BLANK)
    const kids = new Map<number, number[]>()
    for (let i = first; i < end; i++) {
      const h = tok(i).head
      if (inside(h)) (kids.get(h) ?? kids.set(h, []).get(h)!).push(i)
    }
    while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++
    const occs: Occ[] = []
    const at = new Map<number, Occ>()
    for (let k = mi; (!opts.only || opts.only.has(si)) && k < mentions.length && mentions[k]!.start < s.end; k++) {
      const m = mentions[k]!
      if (!eligible(m)) continue
      let from = first
      while (from < end && tokens[from]!.end <= m.start) from++
      let to = from
      while (to < end && tokens[to]!.start < m.end) to++
      if (from >= end || to <= from || at.has(from)) continue
      const o = { m, from, to }
      occs.push(o)
      for (let i = from; i < to; i++) if (!at.has(i)) at.set(i, o)
    }
    if (opts.descriptors && (!opts.only || opts.only.has(si))) addDescriptors(doc, { first, end, words, tok, kids, at, occs, mentions, mi, s })
    // a name read as a passive auxiliary ("a local offshoot of IS, intercepted …": "IS" as "is") makes no passive
    const misreadPassive = (c: Clause) => c.passive && c.agent === undefined &&
      (kids.get(c.predicate) ?? NONE).some((k) => tok(k).deprel === 'aux:pass' && at.has(k))
    return {
      index: si, first, end, start: s.start, stop: s.end,
      clauses: (syn?.sentences[si]?.clauses ?? []).filter((c) => inside(c.predicate)).map((c) => (misreadPassive(c) ? { ...c, passive: false } : c)),
      word: (i) => (inside(i) ? words[i]! : ''),
      lemma: (i) => tok(i).lemma.toLowerCase() || (inside(i) ? words[i]! : ''),
      upos: (i) => tok(i).upos,
      deprel: (i) => tok(i).deprel,
      head: (i) => { const h = tok(i).head; return inside(h) ? h : -1 },
      children: (i) => kids.get(i) ?? NONE,
      occAt: (i) => at.get(i),
      occs,
      inside,
    }
  })
}

/** The case marker (preposition) of a nominal dependent: "on" in "strikes on Aleppo". */
export function caseOf(v: SentenceView, i: number): string {
  for (const c of v.children(i)) if (v.deprel(c) === 'case' || (v.deprel(c) === 'mark' && v.upos(c) === 'ADP')) return v.word(c)
  return ''
}

/** Dependents of i with a deprel (prefix match on the main label: 'nmod' matches 'nmod:poss'). */
export function childrenWith(v: SentenceView, i: number, ...rels: readonly string[]): number[] {
  return v.children(i).filter((c) => { const r = v.deprel(c); return rels.includes(r) || rels.includes(r.split(':')[0]!) })
}

interface Building {
  readonly first: number
  readonly end: number
  readonly words: readonly string[]
  tok(i: number): SyntaxToken
  readonly kids: ReadonlyMap<number, number[]>
  readonly at: Map<number, Occ>
  readonly occs: Occ[]
  readonly mentions: readonly Mention[]
  readonly mi: number
  readonly s: { start: number; end: number }
}

/** Descriptor phrases as role mentions of a sentence (descriptors.ts). */
function addDescriptors(doc: AnnotatedDoc, b: Building): void {
  const tokens = doc.tokens ?? []
  // any mention (eligible or not) covers a name: a descriptor never spans into one it does not take over
  const anyMention = new Set<number>()
  const placeTok = new Set<number>()
  for (let k = b.mi; k < b.mentions.length && b.mentions[k]!.start < b.s.end; k++) {
    const m = b.mentions[k]!
    if (m.kind === 'nominal') continue
    for (let i = b.first; i < b.end; i++) if (tokens[i]!.start < m.end && tokens[i]!.end > m.start) { anyMention.add(i); if (m.type === 'LOC' || m.type === 'NORP') placeTok.add(i) }
  }
  const phrases = descriptorPhrases({
    first: b.first, end: b.end,
    word: (i) => b.words[i]!, lemma: (i) => b.tok(i).lemma.toLowerCase(), upos: (i) => b.tok(i).upos, deprel: (i) => b.tok(i).deprel,
    children: (i) => b.kids.get(i) ?? NONE, named: (i) => anyMention.has(i) || b.at.has(i), placeNamed: (i) => placeTok.has(i),
  })
  for (const p of phrases) {
    let taken = false
    for (let i = p.from; i < p.to; i++) if (b.at.has(i)) taken = true
    if (taken && !p.over) continue
    const o: Occ = { m: descriptorMention(doc.article, tokens[p.from]!.start, tokens[p.to - 1]!.end), from: p.from, to: p.to }
    // a body noun takes over the names inside it ("the Asad regime"): they fill no role of their own
    for (let i = p.from; i < p.to; i++) {
      const old = b.at.get(i)
      if (old && b.occs.includes(old)) b.occs.splice(b.occs.indexOf(old), 1)
      b.at.set(i, o)
    }
    b.occs.push(o)
  }
}
