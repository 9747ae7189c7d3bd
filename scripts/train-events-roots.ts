/**
 * The wrong roots of the event coder (`npm run train:events -- --roots`): for every required gold coding of a tuning
 * part whose sentence has events the scorer keeps but none of the gold's root, the root the coder gave instead and what
 * its cue was. The coded event set against the gold is the one whose cue word the gold's paraphrase repeats (`same
 * cue`), else the first kept event of the sentence (`other word`: the gold's act is another word). The cue is a verb,
 * a nominal (an event noun), a light verb with its event noun ("launched an attack"), or another word; `report` marks
 * an event the coder found inside an attributed statement (modality alleged or reported). Check parts are left out:
 * their errors are not to be read.
 * @module
 */
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { cueHead } from '../src/events/scorer/features.js'
import type { PartData } from './event-training-data.js'

const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)

export interface RootMiss { readonly gold: string; readonly ours: string; readonly link: 'same cue' | 'other word'; readonly cue: string; readonly report: boolean; readonly lemma: string; readonly example: string }

/** What the cue of an event is: a verb, a nominal, a light verb with its event noun, or another word. */
function cueKind(d: PartData, e: Event): string {
  const a = d.articles.find((x) => x.doc.article.id === e.articleId)
  const h = a ? cueHead(a.doc, e) : -1
  if (!a || h < 0) return 'other'
  const t = a.doc.syntax!.tokens[h]!
  const words = e.cue.text.trim().split(/\s+/).length
  if (t.upos === 'VERB' || t.upos === 'AUX') return words > 1 ? 'light verb / phrase' : 'verb'
  if (t.upos === 'NOUN' || t.upos === 'PROPN') return words > 1 ? 'light verb / phrase' : 'nominal'
  return t.upos === 'ADJ' ? 'adjective' : 'other'
}

function lemmaOf(d: PartData, e: Event): string {
  const a = d.articles.find((x) => x.doc.article.id === e.articleId)
  const h = a ? cueHead(a.doc, e) : -1
  return a && h >= 0 ? a.doc.syntax!.tokens[h]!.lemma.toLowerCase() : e.cue.text.toLowerCase()
}

/** The wrong-root misses of one part at the scorer's choice `kept`. */
export function rootMisses(d: PartData, kept: (e: Event) => boolean): RootMiss[] {
  const out: RootMiss[] = []
  for (const g of d.gold.events) {
    if (g.optional) continue
    const text = d.texts.get(g.doc) ?? ''
    const s = anchorSentence(text, goldSentences(text), g.anchor)
    if (!s) continue
    const cands = d.sys.events.filter((e) => kept(e) && d.sys.docOf.get(e.articleId) === g.doc && s.start <= e.cue.start && e.cue.start < s.end)
    if (!cands.length || cands.some((e) => e.cameoRoot === g.cameo_root)) continue
    const said = new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem))
    const repeated = cands.find((e) => said.has(stem(lemmaOf(d, e))) || e.cue.text.split(/\s+/).some((w) => said.has(stem(w))))
    const e = repeated ?? cands[0]!
    out.push({
      gold: g.cameo_root, ours: e.cameoRoot, link: repeated ? 'same cue' : 'other word', cue: cueKind(d, e),
      report: e.modality === 'alleged' || e.modality === 'reported', lemma: lemmaOf(d, e), example: `${g.cameo} "${g.what}" ← ${e.cameo} "${e.cue.text}"`,
    })
  }
  return out
}

const tally = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, T[]>()
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x])
  return [...m].sort((a, b) => b[1].length - a[1].length)
}

/** A table of the wrong-root kinds (gold root vs ours), each with its cue kinds, commonest lemmas and an example. */
export function rootReport(rows: readonly RootMiss[], top = 30): string {
  const lines = [`wrong-root misses: ${rows.length} (same cue ${rows.filter((r) => r.link === 'same cue').length}, other word ${rows.filter((r) => r.link === 'other word').length}, inside a report ${rows.filter((r) => r.report).length})`]
  lines.push(`by cue: ${tally(rows, (r) => `${r.link}/${r.cue}`).map(([k, v]) => `${k} ${v.length}`).join(', ')}`)
  for (const [pair, rs] of tally(rows, (r) => `${r.gold} vs ${r.ours}`).slice(0, top)) {
    const cues = tally(rs, (r) => `${r.link === 'same cue' ? '' : 'other:'}${r.cue}${r.report ? '+report' : ''}`).map(([k, v]) => `${k} ${v.length}`).join(', ')
    const lemmas = tally(rs, (r) => r.lemma).slice(0, 6).map(([k, v]) => `${k} ${v.length}`).join(', ')
    lines.push(`${pair.padEnd(9)} ${String(rs.length).padStart(3)}  cues: ${cues}; lemmas: ${lemmas}; e.g. ${rs[0]!.example}`)
  }
  return lines.join('\n')
}
