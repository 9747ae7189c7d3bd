/**
 * Why gold events are missed, by where the coder's candidates lie (`npm run train:events -- --misses`): for every
 * required gold coding of a part, with the scorer's out-of-fold probabilities at the chosen thresholds —
 * `hit` (paired, dyad right), `dyad wrong` (paired on root, a party wrong), `dropped` (a candidate of the gold's root in
 * its sentence that the scorer dropped), `taken` (such a candidate kept but paired with another gold coding),
 * `other root` (candidates in the sentence, none of the gold's root), `none` (no candidate in the sentence at all).
 * The gold sentence is the sentence of the gold anchor (src/eval/news-gold.ts), as the scorer locates events.
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { cueFrameOf, indexDoc, type DocIndex } from '../src/events/scorer/features.js'
import type { LearnedCue } from '../src/events/learned-cues.js'
import { scorePart, type PartData } from './event-training-data.js'
import { cueLemma } from './train-events-codes.js'

const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)

export const MISS_KINDS = ['hit', 'dyad wrong', 'dropped', 'taken', 'other root', 'none'] as const
export type MissKind = (typeof MISS_KINDS)[number]

export interface MissRow {
  readonly kind: MissKind; readonly part: string
  /** A candidate of the sentence has a cue the gold's paraphrase repeats (its code is wrong, not its cue missing). */
  readonly linked: boolean; readonly goldRoot: string; readonly candRoots: string[]; readonly what: string; readonly sentence: string
  /** The linked candidates' cues as `lemma:root` (the coder's reading of the gold's own cue). */
  readonly linkedCues: string[]
  /** The linked candidates' frames (`cueFrame`), one per candidate. */
  readonly frames?: readonly LinkedFrame[] }

/**
 * A linked candidate's frame: where it comes from (`own`: the coder's asserted reading, which alone gets alternatives;
 * `loose`: a gate of the strict coder passed over; `undone`: negated or hypothetical; `learned`: a learned cue; `split`: a split cue's;
 * `table` / `proposer`: an alternative of the code table or the root proposer), its cue's part of speech, who acts
 * (the actor code's sector or the role's kind) and its object's class (src/events/scorer/features.ts `cueFrameOf`).
 */
export interface LinkedFrame { readonly lemma: string; readonly root: string; readonly origin: string; readonly pos: string; readonly actor: string; readonly object: string }

/** Where a candidate comes from (see `LinkedFrame`). */
function originOf(e: Event, loose: ReadonlySet<string>, learned: ReadonlyMap<string, LearnedCue>): string {
  if (/~p\d/.test(e.id)) return 'proposer'
  if (/~\d/.test(e.id)) return 'table'
  if (learned.get(e.id)?.from !== undefined) return 'split'
  if (learned.has(e.id)) return 'learned'
  if (e.modality === 'negated' || e.modality === 'hypothetical') return 'undone'
  return loose.has(e.id) ? 'loose' : 'own'
}

/** Per article id: its feature index (for frames), its loose and learned event ids. */
function articleIndex(d: PartData): Map<string, { ix: DocIndex; loose: Set<string>; learned: ReadonlyMap<string, LearnedCue> }> {
  return new Map(d.articles.map((a) => {
    const loose = new Set(a.loose)
    return [a.doc.article.id, { ix: indexDoc(a.doc, a.coded, loose, a.learned), loose, learned: a.learned ?? new Map<string, LearnedCue>() }]
  }))
}

/** Classify the part's required gold codings; `kept` says which coded events the scorer keeps. */
export function classifyMisses(d: PartData, kept: (e: Event) => boolean): MissRow[] {
  const out = scorePart(d, kept).eventPairs
  const pairedGold = new Map([...out].map(([sys, p]) => [p.gold, p.dyad]))
  const all = d.sys.events
  const index = articleIndex(d)
  const frameOf = (e: Event): LinkedFrame => {
    const a = index.get(e.articleId)
    const f = a ? cueFrameOf(a.ix, e) : { pos: 'other', actor: 'none', object: 'none' }
    return { lemma: cueLemma(d, e), root: e.cameoRoot, origin: a ? originOf(e, a.loose, a.learned) : 'own', ...f }
  }
  const rows: MissRow[] = []
  for (const g of d.gold.events) {
    if (g.optional) continue
    const text = d.texts.get(g.doc) ?? ''
    const s = anchorSentence(text, goldSentences(text), g.anchor)
    const cands = all.filter((e) => d.sys.docOf.get(e.articleId) === g.doc && s !== undefined && s.start <= e.cue.start && e.cue.start < s.end)
    const sentence = s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : ''
    const said = new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem))
    const linkedEvents = cands.filter((e) => said.has(stem(cueLemma(d, e))) || e.cue.text.split(/\s+/).some((w) => said.has(stem(w))))
    const linkedCues = [...new Set(linkedEvents.map((e) => `${cueLemma(d, e)}:${e.cameoRoot}`))]
    const base = { part: d.part, goldRoot: g.cameo_root, candRoots: cands.map((e) => e.cameoRoot), what: g.what, sentence, linked: linkedCues.length > 0, linkedCues, frames: linkedEvents.map(frameOf) }
    const dyad = pairedGold.get(g.id)
    if (dyad !== undefined) { rows.push({ ...base, kind: dyad ? 'hit' : 'dyad wrong' }); continue }
    const same = cands.filter((e) => e.cameoRoot === g.cameo_root)
    const kind: MissKind = same.some((e) => !kept(e)) ? 'dropped' : same.length ? 'taken' : cands.length ? 'other root' : 'none'
    rows.push({ ...base, kind })
  }
  return rows
}

/** A table: one line per part with the count of each kind, then the gold roots of the misses with no candidate of their root. */
export function missReport(rows: readonly MissRow[]): string {
  const parts = [...new Set(rows.map((r) => r.part))]
  const line = (name: string, rs: readonly MissRow[]) => `${name.padEnd(8)} ${String(rs.length).padStart(4)}  ${MISS_KINDS.map((k) => String(rs.filter((r) => r.kind === k).length).padStart(10)).join('')}`
  const head = `${'part'.padEnd(8)} gold  ${MISS_KINDS.map((k) => k.padStart(10)).join('')}`
  const roots = new Map<string, number>()
  for (const r of rows) if (r.kind === 'none' || r.kind === 'other root') roots.set(r.goldRoot, (roots.get(r.goldRoot) ?? 0) + 1)
  const byRoot = [...roots].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join(' ')
  const other = rows.filter((r) => r.kind === 'other root')
  const linked = `other root: ${other.filter((r) => r.linked).length} with a candidate on the gold's cue (its code wrong), ${other.filter((r) => !r.linked).length} with the gold's cue uncoded`
  return [head, ...parts.map((p) => line(p, rows.filter((r) => r.part === p))), line('all', rows), `gold roots with no candidate of their root: ${byRoot}`, linked].join('\n')
}

/**
 * The wrong code on a found cue ("other root" with a candidate on the gold's cue), counted by the pair (the linked
 * candidates' root → the gold's root) and by the cue lemma, most frequent first, with how much of the class the top
 * lemmas cover: a few lemmas call for a table learned from the golds, a spread for a scorer feature.
 */
export function wrongCodeReport(rows: readonly MissRow[], top = 25): string {
  const wrong = rows.filter((r) => r.kind === 'other root' && r.linked)
  const pairs = new Map<string, number>()
  const lemmas = new Map<string, number>()
  for (const r of wrong) {
    const roots = new Set(r.linkedCues.map((c) => c.slice(c.lastIndexOf(':') + 1)))
    for (const x of roots) pairs.set(`${x}>${r.goldRoot}`, (pairs.get(`${x}>${r.goldRoot}`) ?? 0) + 1)
    for (const l of new Set(r.linkedCues.map((c) => c.slice(0, c.lastIndexOf(':'))))) lemmas.set(l, (lemmas.get(l) ?? 0) + 1)
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const byLemma = sorted(lemmas)
  const cover = (k: number) => byLemma.slice(0, k).reduce((n, [, c]) => n + c, 0)
  return [
    `wrong code on a found cue: ${wrong.length} codings, ${lemmas.size} cue lemmas (top 10 cover ${cover(10)}, top 50 ${cover(50)}), ${pairs.size} root pairs`,
    `by coder root > gold root: ${sorted(pairs).slice(0, top).map(([k, n]) => `${k}:${n}`).join(' ')}`,
    `by cue lemma: ${byLemma.slice(0, top).map(([k, n]) => `${k}:${n}`).join(' ')}`,
  ].join('\n')
}

/** Origins in the order a row is summed under: a row with an own linked candidate is `own` (it could have had alternatives). */
const ORIGINS = ['own', 'loose', 'undone', 'learned', 'table', 'split', 'proposer'] as const

/** The frame a wrong-code row is counted under: its first linked candidate of the first origin it has. */
function rowFrame(r: MissRow): LinkedFrame | undefined {
  const fs = r.frames ?? []
  for (const o of ORIGINS) { const f = fs.find((x) => x.origin === o); if (f) return f }
  return fs[0]
}

/**
 * The wrong code on a found cue by frame (`frames` of the rows): how many rows by the linked candidate's origin, cue part
 * of speech, actor and object, then the commonest pair × frame and, for the top lemmas, their pairs by frame.
 */
export function wrongCodeFrames(rows: readonly MissRow[], top = 25, lemmas = 8): string {
  const wrong = rows.filter((r) => r.kind === 'other root' && r.linked).map((r) => ({ r, f: rowFrame(r) })).filter((x) => x.f)
  const count = (key: (x: (typeof wrong)[number]) => string, from = wrong) => {
    const m = new Map<string, number>()
    for (const x of from) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([k, n]) => `${k}:${n}`).join(' ')
  }
  const pair = (x: (typeof wrong)[number]) => `${x.f!.root}>${x.r.goldRoot}`
  const frame = (x: (typeof wrong)[number]) => `${x.f!.pos} a=${x.f!.actor} o=${x.f!.object}`
  const byLemma = new Map<string, typeof wrong>()
  for (const x of wrong) byLemma.set(x.f!.lemma, [...(byLemma.get(x.f!.lemma) ?? []), x])
  const heads = [...byLemma].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, lemmas)
  return [
    `wrong code by the linked candidate's origin: ${count((x) => x.f!.origin)}`,
    `by origin and pair: ${count((x) => `${x.f!.origin} ${pair(x)}`)}`,
    `by cue part of speech: ${count((x) => x.f!.pos)}`,
    `by actor: ${count((x) => x.f!.actor)}`,
    `by object: ${count((x) => x.f!.object)}`,
    `by pair and frame: ${count((x) => `${pair(x)} ${frame(x)}`)}`,
    ...heads.map(([l, xs]) => `  ${l} (${xs.length}): ${count((x) => `${pair(x)} ${x.f!.origin} ${frame(x)}`, xs)}`),
  ].join('\n')
}
