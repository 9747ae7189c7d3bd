/**
 * Statements over a conflict act (issue #16, twenty-ninth session; src/events/charged-acts.ts): how many required gold
 * 11x codings the coder's other candidates miss, of the kinds the charged-act candidates are for — the gold's cue a
 * reporting verb (`charge`) or a stance predicate (`stance`) in a sentence with a candidate of root 17–20 — and how many
 * of them the charged-act candidates reach (paired on root, on code, on dyad), with the candidates that pair with no
 * gold coding (`--lines`: each, with its sentence). `npx tsx scripts/train-events-charged.ts --parts p,q,…` (tuning
 * parts only: the lines are errors).
 * @module
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import type { AnnotatedDoc, Event } from '../src/model/index.js'
import { SPEECH_VERB_LEMMAS } from '../src/text/english.js'
import { useChargedActs } from '../src/events/charged-acts.js'
import { partData, recoded, scorePart, type PartData, type TrainingPart } from './event-training-data.js'
import { runScript, scriptArgs } from './script-args.js'

const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s|e)$/, '').slice(0, 5)
const ACT_ROOTS = new Set(['17', '18', '19', '20'])

type Kind = 'charge' | 'stance' | 'other'

/** The kind of cue token i is: a reporting verb with a complement, a stance predicate, or neither. */
function cueKind(doc: AnnotatedDoc, i: number): Kind {
  const s = doc.syntax!.tokens
  const t = s[i]!
  const kids = s.filter((k) => k.head === i).map((k) => k.deprel)
  if (SPEECH_VERB_LEMMAS.has(t.lemma.toLowerCase()) && kids.includes('ccomp')) return 'charge'
  if (t.upos === 'ADJ' || (t.upos === 'VERB' && kids.includes('aux:pass'))) return 'stance'
  return 'other'
}

const tokenAt = (doc: AnnotatedDoc, at: number) => doc.tokens.findIndex((t) => t.start <= at && at < t.end)

/** A charged-act candidate (one the coder without them has not; its alternatives' readings left out): its cue's kind. */
function chargedKind(doc: AnnotatedDoc, e: Event, without: ReadonlySet<string>): Kind | undefined {
  if (without.has(e.id) || /~/.test(e.id)) return undefined
  const k = cueKind(doc, tokenAt(doc, e.cue.start))
  return k === 'other' ? (e.cameo === '112' ? 'charge' : 'stance') : k
}

interface Tally { gold: Record<Kind, number>; reached: Record<string, number>; wrong: Record<string, number>; lines: string[] }

function tallyPart(d: PartData, without: ReadonlySet<string>, t: Tally): void {
  const docOf = (e: Event) => d.sys.docOf.get(e.articleId)
  const kindOf = new Map<string, Kind>()
  for (const a of d.articles) for (const e of a.coded) { const k = chargedKind(a.doc, e, without); if (k) kindOf.set(e.id, k) }
  const before = scorePart(d, (e) => !kindOf.has(e.id)).eventPairs
  const covered = new Set([...before.values()].map((p) => p.gold))
  const charged = scorePart(d, (e) => kindOf.has(e.id)).eventPairs
  const byGold = new Map([...charged].map(([id, p]) => [p.gold, { id, dyad: p.dyad }]))
  const docs = new Map(d.articles.map((a) => [d.sys.docOf.get(a.doc.article.id), a]))
  for (const g of d.gold.events) {
    if (g.optional || g.cameo_root !== '11' || covered.has(g.id)) continue
    const a = docs.get(g.doc)
    const text = d.texts.get(g.doc) ?? ''
    const s = anchorSentence(text, goldSentences(text), g.anchor)
    if (!a || !s) continue
    const inS = a.coded.filter((e) => s.start <= e.cue.start && e.cue.start < s.end)
    if (!inS.some((e) => ACT_ROOTS.has(e.cameoRoot))) continue
    const said = new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem))
    const linked = a.doc.tokens.map((_, i) => i).filter((i) => s.start <= a.doc.tokens[i]!.start && a.doc.tokens[i]!.start < s.end && said.has(stem(a.doc.syntax!.tokens[i]!.lemma)))
    const kinds = linked.map((i) => cueKind(a.doc, i))
    const kind: Kind = kinds.includes('charge') ? 'charge' : kinds.includes('stance') ? 'stance' : 'other'
    t.gold[kind]++
    const hit = byGold.get(g.id)
    t.lines.push(`GOLD ${d.part} ${kind} ${hit ? 'reached' : 'missed'} ${g.cameo} ${g.what} | ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`)
    if (hit) {
      const e = a.coded.find((x) => x.id === hit.id)!
      const key = `${kindOf.get(hit.id)}:${e.cameo === g.cameo ? 'code' : 'root'}${hit.dyad ? '+dyad' : ''}`
      t.reached[key] = (t.reached[key] ?? 0) + 1
    }
  }
  const paired = new Set(charged.keys())
  for (const a of d.articles) for (const e of a.coded) {
    const k = kindOf.get(e.id)
    if (!k || paired.has(e.id)) continue
    t.wrong[k] = (t.wrong[k] ?? 0) + 1
    const text = d.texts.get(docOf(e) ?? '') ?? ''
    const s = goldSentences(text).find((r) => r.start <= e.cue.start && e.cue.start < r.end)
    t.lines.push(`WRONG ${d.part} ${e.cameo} ${e.cue.text} ${e.actor?.text ?? '-'} -> ${e.target?.text ?? '-'} | ${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : ''}`)
  }
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'data'])
  const parts = String(o['parts'] ?? '').split(',').filter(Boolean) as TrainingPart[]
  const data = typeof o['data'] === 'string' ? o['data'] : '../shared/data'
  const t: Tally = { gold: { charge: 0, stance: 0, other: 0 }, reached: {}, wrong: {}, lines: [] }
  for (const p of parts) {
    const d = await partData(p, data, false, true)
    useChargedActs(false)
    const without = new Set(recoded(d).sys.events.map((e) => e.id))
    useChargedActs(true)
    tallyPart(recoded(d), without, t)
  }
  process.stdout.write(`gold 11x missed by the other candidates, in a sentence with an act (17-20), by the gold cue's kind: ${JSON.stringify(t.gold)}\n`)
  process.stdout.write(`reached by a charged-act candidate (kind:root|code[+dyad]): ${JSON.stringify(t.reached)}\n`)
  process.stdout.write(`charged-act candidates paired with no gold coding: ${JSON.stringify(t.wrong)}\n`)
  if (o['lines'] === true) for (const l of t.lines) process.stdout.write(`${l}\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) runScript(main)
