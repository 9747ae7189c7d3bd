/**
 * The split cues of the event coder (src/events/split-codes.ts, models/events/codes.json `splits`), built by
 * `npm run train:events -- --recode` from the hand-coded news golds: for each cue lemma (a noun apart: "attack/n"), the
 * roots of the gold codings whose paraphrase (`what`) repeats a candidate of that lemma in the gold's sentence, each
 * counted once per article, with the articles where the lemma was linked at all. A root seen in `minSupport` articles
 * and `minShare` of the lemma's linked articles is proposed beside every candidate of the lemma coded with another root.
 *
 * For cross-validation the parts are coded again with the table of the other folds' parts (folds by part, as the learned
 * cues: train-events-codes.ts `withLearnedCues`), so a part never gets a split learned from its own gold.
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { cueHead } from '../src/events/scorer/features.js'
import { cameoRoot } from '../src/events/cameo.js'
import { splitKey, type SplitTable } from '../src/events/split-codes.js'
import type { PartData } from './event-training-data.js'

/** `linked`: key → the articles where a gold coding repeats a candidate of that key; `codes`: key → gold code → articles. */
export interface SplitEvidence {
  readonly linked: Map<string, Set<string>>
  readonly codes: Map<string, Map<string, Set<string>>>
}

/** A split must have been seen in this many articles (`--split-support`) … */
export const SPLIT_SUPPORT = 3
/** … and make up this share of the articles where its lemma is linked to a gold coding (`--split-share`). */
export const SPLIT_SHARE = 0.15

/** A word's crude stem, for matching a gold's paraphrase to a cue ("attacked" and "attack" both "attac"). */
export const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)

/** Does a gold's paraphrase (its stems, `said`) repeat the event's cue: its lemma or one of its words? */
export const repeatsCue = (said: ReadonlySet<string>, lemma: string, e: Event): boolean => said.has(stem(lemma)) || e.cue.text.split(/\s+/).some((w) => said.has(stem(w)))

/**
 * Every gold coding of the parts with its article (part:article), the stems of its paraphrase and the coded events
 * whose cue lies in its sentence (golds whose anchor names no sentence are skipped).
 */
export function* goldSentenceEvents(parts: readonly PartData[]): Generator<{ d: PartData; g: PartData['gold']['events'][number]; art: string; said: Set<string>; cands: Event[] }> {
  for (const d of parts) {
    const articleOf = new Map([...d.sys.docOf].map(([article, doc]) => [doc, article]))
    for (const g of d.gold.events) {
      const text = d.texts.get(g.doc) ?? ''
      const s = anchorSentence(text, goldSentences(text), g.anchor)
      if (!s) continue
      const said = new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem))
      const cands = d.sys.events.filter((e) => d.sys.docOf.get(e.articleId) === g.doc && s.start <= e.cue.start && e.cue.start < s.end)
      yield { d, g, art: `${d.part}:${articleOf.get(g.doc) ?? g.doc}`, said, cands }
    }
  }
}

/** The split key of each event of a part (by id): its cue head's lemma and part of speech. */
function keysOf(d: PartData): Map<string, { key: string; lemma: string }> {
  const out = new Map<string, { key: string; lemma: string }>()
  for (const a of d.articles) {
    const syn = a.doc.syntax?.tokens ?? []
    for (const e of a.coded) {
      const h = cueHead(a.doc, e)
      const lemma = h >= 0 ? syn[h]!.lemma.toLowerCase() : e.cue.text.toLowerCase()
      out.set(e.id, { key: h >= 0 ? splitKey(lemma, syn[h]!.upos) : lemma, lemma })
    }
  }
  return out
}

/** The split evidence of the parts' golds (see `SplitEvidence`). */
export function splitEvidence(parts: readonly PartData[]): SplitEvidence {
  const linked: SplitEvidence['linked'] = new Map()
  const codes: SplitEvidence['codes'] = new Map()
  const keysByPart = new Map<PartData, ReturnType<typeof keysOf>>()
  for (const { d, g, art, said, cands } of goldSentenceEvents(parts)) {
    const keys = keysByPart.get(d) ?? keysByPart.set(d, keysOf(d)).get(d)!
    const hit = new Set(cands.filter((e) => repeatsCue(said, keys.get(e.id)?.lemma ?? '', e)).map((e) => keys.get(e.id)?.key ?? ''))
    for (const key of hit) {
      if (!key) continue
      linked.set(key, (linked.get(key) ?? new Set<string>()).add(art))
      const byCode = codes.get(key) ?? new Map<string, Set<string>>()
      byCode.set(g.cameo, (byCode.get(g.cameo) ?? new Set<string>()).add(art))
      codes.set(key, byCode)
    }
  }
  return { linked, codes }
}

/** The split table: per key, the roots seen in `minSupport` articles and `minShare` of its linked ones (`except`'s articles left out). */
export function splitTable(ev: SplitEvidence, minSupport = SPLIT_SUPPORT, minShare = SPLIT_SHARE, except: (article: string) => boolean = () => false): SplitTable {
  const out: SplitTable = {}
  const count = (arts: ReadonlySet<string> | undefined) => [...arts ?? []].filter((x) => !except(x)).length
  for (const [key, byCode] of [...ev.codes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = count(ev.linked.get(key))
    const roots = new Map<string, { arts: Set<string>; best: [string, number] }>()
    for (const [code, arts] of [...byCode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const kept = [...arts].filter((x) => !except(x))
      if (!kept.length) continue
      const r = roots.get(cameoRoot(code)) ?? { arts: new Set<string>(), best: [code, 0] as [string, number] }
      for (const x of kept) r.arts.add(x)
      if (kept.length > r.best[1]) r.best = [code, kept.length]
      roots.set(cameoRoot(code), r)
    }
    const kept = [...roots.values()].map((r) => [r.best[0], r.arts.size] as [string, number])
      .filter(([, k]) => k >= minSupport && k >= minShare * n).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    if (kept.length) out[key] = { linked: n, roots: kept }
  }
  return out
}
