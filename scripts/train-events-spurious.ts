/**
 * The events the scorer keeps that match no gold coding (`npm run train:events -- --spurious`), by kind and by cue, on
 * the tuning parts only (the check parts' errors are not read). Each unmatched event gets the first kind that fits:
 * - `duplicate`: another kept event of its root in the same sentence (or, `duplicate prev`, the sentence before) that is
 *   matched or comes first — a second coding of one act;
 * - `wrong root`: its sentence holds a gold coding of another root that no kept event of that root matches — the act is
 *   the gold's, the code is not;
 * - `extra`: its sentence holds gold codings, all matched by other events;
 * - else its sentence has no gold coding at all, split by what the clause is: `statement` (a speech act, root 01/02, or
 *   a speech verb), `conditional` (if/unless/whether/when), `future/modal` (will, would, could, may …, planned,
 *   hypothetical), `negated`, `intent/attempt` (modality attempted, a cue under a to-infinitive), `background` (had +
 *   participle, or past perfect), `generic` (a verb in the present without auxiliary), `participle` (a participle
 *   modifying a noun: "the industry damaged by …"), `nominal` (an event noun), `other`.
 * The cue is a verb, a nominal, a light verb or phrase, or another word; `report` marks events inside an attributed
 * statement (modality reported or alleged).
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences, type Range } from '../src/eval/news-gold.js'
import { cueHead, tokenAt } from '../src/events/scorer/features.js'
import { scorePart, type ArticleData, type PartData } from './event-training-data.js'

export interface Spurious { readonly part: string; readonly kind: string; readonly cue: string; readonly report: boolean; readonly lemma: string; readonly example: string }

const SPEECH = new Set(['say', 'tell', 'state', 'announce', 'add', 'note', 'explain', 'describe', 'call', 'urge', 'ask', 'express', 'comment', 'speak', 'praise', 'welcome', 'criticize', 'condemn', 'warn', 'claim', 'accuse', 'deny', 'report'])
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'when', 'once', 'until'])
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'shall', "'ll", 'wo'])

interface Parsed { readonly upos: string; readonly lemma: string; readonly deprel: string; readonly word: string; readonly deps: ReadonlyArray<{ deprel: string; word: string; lemma: string }> }

/** The cue head's tag, lemma, label, surface word and dependents. */
function parsed(a: ArticleData, e: Event): Parsed | undefined {
  const h = cueHead(a.doc, e)
  const syn = a.doc.syntax?.tokens
  const ts = a.doc.tokens
  if (!syn || !ts || h < 0) return undefined
  const word = (i: number) => a.doc.article.text.slice(ts[i]!.start, ts[i]!.end).toLowerCase()
  const deps = []
  for (let i = Math.max(0, h - 40); i < Math.min(syn.length, h + 40); i++) if (syn[i]!.head === h) deps.push({ deprel: syn[i]!.deprel, word: word(i), lemma: syn[i]!.lemma.toLowerCase() })
  const t = syn[h]!
  return { upos: t.upos, lemma: t.lemma.toLowerCase(), deprel: t.deprel, word: word(h), deps }
}

function cueKind(e: Event, p: Parsed | undefined): string {
  if (!p) return 'other'
  const words = e.cue.text.trim().split(/\s+/).length
  if (p.upos === 'VERB' || p.upos === 'AUX') return words > 1 ? 'light verb / phrase' : 'verb'
  if (p.upos === 'NOUN' || p.upos === 'PROPN') return words > 1 ? 'light verb / phrase' : 'nominal'
  return 'other'
}

/** What the clause of an unmatched event on a sentence with no gold coding is. */
function clauseKind(e: Event, p: Parsed | undefined): string {
  const aux = (p?.deps ?? []).filter((d) => d.deprel.startsWith('aux')).map((d) => d.word)
  if (e.cameoRoot === '01' || e.cameoRoot === '02' || (p && SPEECH.has(p.lemma))) return 'statement'
  if ((p?.deps ?? []).some((d) => d.deprel === 'mark' && CONDITIONAL.has(d.lemma))) return 'conditional'
  if (e.modality === 'negated' || e.modality === 'denied' || (p?.deps ?? []).some((d) => d.deprel === 'advmod' && (d.word === 'not' || d.word === "n't" || d.word === 'never'))) return 'negated'
  if (e.modality === 'planned' || e.modality === 'hypothetical' || aux.some((w) => MODALS.has(w))) return 'future/modal'
  if (e.modality === 'attempted' || (p?.deps ?? []).some((d) => d.deprel === 'mark' && d.lemma === 'to')) return 'intent/attempt/infinitive'
  if (aux.includes('had')) return 'background'
  if (!p) return 'other'
  if (p.upos === 'VERB' && (p.deprel === 'acl' || p.deprel === 'amod') && /(ed|en|wn|ne)$/.test(p.word)) return 'participle on a noun'
  if (p.upos === 'VERB' && p.word.endsWith('ing') && p.deprel !== 'root' && !aux.length) return 'gerund/participle clause'
  if (p.upos === 'VERB' && !aux.length && (p.word === p.lemma || /[^s]s$/.test(p.word)) && !p.word.endsWith('ed')) return 'generic/present'
  if (p.upos === 'NOUN' || p.upos === 'PROPN') return 'nominal'
  return 'other'
}

/** The unmatched kept events of one part, each with its kind. */
export function spuriousRows(d: PartData, kept: (e: Event) => boolean): Spurious[] {
  const pairs = scorePart(d, kept).eventPairs
  const out: Spurious[] = []
  const docSentences = new Map<string, Range[]>()
  for (const a of d.articles) {
    const gdoc = d.sys.docOf.get(a.doc.article.id) ?? ''
    const text = d.texts.get(gdoc) ?? ''
    if (!docSentences.has(gdoc)) docSentences.set(gdoc, goldSentences(text))
    const golds = d.gold.events.filter((g) => g.doc === gdoc).map((g) => ({ g, s: anchorSentence(text, docSentences.get(gdoc)!, g.anchor) }))
    const events = a.coded.filter(kept)
    const sentOf = (e: Event) => a.doc.tokens?.[tokenAt(a.doc, e.cue.start)]?.sentence ?? -1
    const matchedGold = new Set([...pairs.values()].map((x) => x.gold))
    events.forEach((e, n) => {
      if (pairs.has(e.id)) return
      const s = sentOf(e)
      const inSentence = golds.filter(({ s: r }) => r && r.start <= e.cue.start && e.cue.start < r.end)
      const sameRoot = (x: Event) => x !== e && x.cameoRoot === e.cameoRoot && (pairs.has(x.id) || events.indexOf(x) < n)
      const p = parsed(a, e)
      let kind: string
      if (events.some((x) => sentOf(x) === s && sameRoot(x))) kind = 'duplicate (same sentence)'
      else if (events.some((x) => sentOf(x) === s - 1 && sameRoot(x))) kind = 'duplicate (previous sentence)'
      else if (inSentence.some(({ g }) => g.cameo_root !== e.cameoRoot && !matchedGold.has(g.id))) kind = 'wrong root (gold act unmatched)'
      else if (inSentence.length) kind = 'extra (gold acts matched)'
      else kind = `no gold: ${clauseKind(e, p)}`
      out.push({
        part: d.part, kind, cue: cueKind(e, p), report: e.modality === 'reported' || e.modality === 'alleged', lemma: p?.lemma ?? e.cue.text.toLowerCase(),
        example: `${e.cameo} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'} "${e.cue.text}" ${e.modality} | ${a.doc.article.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').slice(0, 160)}`,
      })
    })
  }
  return out
}

const tally = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, T[]>()
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x])
  return [...m].sort((a, b) => b[1].length - a[1].length)
}

/** A table of the unmatched events by kind, each with its cue kinds and commonest lemmas. */
export function spuriousReport(rows: readonly Spurious[]): string {
  const lines = [`unmatched kept events: ${rows.length} (inside a report ${rows.filter((r) => r.report).length}); by cue: ${tally(rows, (r) => r.cue).map(([k, v]) => `${k} ${v.length}`).join(', ')}`]
  for (const [kind, rs] of tally(rows, (r) => r.kind)) {
    const cues = tally(rs, (r) => `${r.cue}${r.report ? '+report' : ''}`).map(([k, v]) => `${k} ${v.length}`).join(', ')
    const lemmas = tally(rs, (r) => r.lemma).slice(0, 8).map(([k, v]) => `${k} ${v.length}`).join(', ')
    lines.push(`${kind.padEnd(40)} ${String(rs.length).padStart(4)}  cues: ${cues}; lemmas: ${lemmas}`)
  }
  return lines.join('\n')
}
