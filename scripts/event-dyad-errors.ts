/**
 * `npx tsx scripts/event-dyad-errors.ts --parts dev,vtrain,… [--model]` — the wrong dyads and spurious events of
 * training and tuning parts, one line each with its sentence, to be classified by mechanism (docs/events.md, "Event
 * dyads and precision"). Reads the per-part cache of scripts/train-events.ts (run it first); the events kept are
 * the coder's own plus the loose candidates the shipped scorer keeps (in-sample: for reading errors, not a figure).
 * Never for the frozen finals.
 * @module
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eventFeatures, indexDoc } from '../src/events/scorer/features.js'
import { defaultScorerModel, probability } from '../src/events/scorer/model.js'
import type { Event } from '../src/model/index.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { GoldResolver } from '../src/eval/news-match.js'
import { partData, scorePart, type TrainingPart } from './event-training-data.js'
import { scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const role = (e: Event, k: 'actor' | 'target') => `${e[k]?.text ?? '—'}${e[k]?.code ? `[${e[k]!.code}]` : ''}`

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'data'])
  const dataDir = resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data'))
  const model = defaultScorerModel()
  for (const part of String(o['parts'] ?? 'dev').split(',') as TrainingPart[]) {
    const d = await partData(part, dataDir, false, true)
    const keep = new Set<string>()
    const loosen = new Set(d.articles.flatMap((a) => a.loose))
    for (const a of d.articles) {
      const loose = new Set(a.loose)
      const ix = indexDoc(a.doc, a.coded, loose)
      for (const e of a.coded) if (!loose.has(e.id) || probability(model, eventFeatures(ix, e)) >= (model.looseThreshold ?? 1)) keep.add(e.id)
    }
    const s = scorePart(d, (e) => keep.has(e.id))
    const gold = new Map(d.gold.events.map((g) => [g.id, g]))
    const mentionType = new Map(d.articles.flatMap((a) => (a.doc.mentions ?? []).map((m) => [m.id, m.type] as const)))
    const sentenceOf = (doc: string, at: number) => { const t = d.texts.get(doc) ?? ''; const r = goldSentences(t).find((x) => x.start <= at && at < x.end); return r ? t.slice(r.start, r.end) : '' }
    const sentRange = (doc: string, at: number) => goldSentences(d.texts.get(doc) ?? '').find((x) => x.start <= at && at < x.end)
    const goldIn = (doc: string, at: number) => { const t = d.texts.get(doc) ?? ''; const r = sentRange(doc, at); return r ? d.gold.events.filter((g) => g.doc === doc && anchorSentence(t, goldSentences(t), g.anchor)?.start === r.start) : [] }
    const kept = d.sys.events.filter((x) => keep.has(x.id))
    const spuriousKind = (doc: string, e: Event): string => {
      const gs = goldIn(doc, e.cue.start)
      const r = sentRange(doc, e.cue.start)
      const same = kept.filter((x) => x !== e && d.sys.docOf.get(x.articleId) === doc && r && x.cue.start >= r.start && x.cue.start < r.end && s.eventPairs.has(x.id))
      if (gs.length === 0) return `no-gold-event:${e.modality}${loosen.has(e.id) ? ':loose' : ''}`
      if (same.some((x) => x.cameoRoot === e.cameoRoot)) return 'duplicate-of-paired-same-root'
      if (gs.some((g) => g.cameo_root === e.cameoRoot)) return 'same-root-gold-taken'
      if (same.length) return 'other-act-in-sentence'
      return 'wrong-root-on-gold-sentence'
    }
    for (const e of kept) {
      const doc = d.sys.docOf.get(e.articleId) ?? ''
      const p = s.eventPairs.get(e.id)
      const sys = `${e.cameo} ${role(e, 'actor')} → ${role(e, 'target')} "${e.cue.text}" ${e.modality}`
      if (p === undefined) { process.stdout.write(`${part}\tSPURIOUS\t${spuriousKind(doc, e)}\t${doc}\t${sys}\t${sentenceOf(doc, e.cue.start).replace(/\s+/g, ' ')}\n`); continue }
      if (p.dyad || p.optional) continue
      const g = gold.get(p.gold)!
      const r0 = new GoldResolver(d.gold, d.sys)
      const side = (k: 'actor' | 'target') => {
        const ids = r0.ofSpan(e[k])
        const want = g[k]
        const ok = k === 'actor' ? want === null || ids.includes(want) : want ? ids.includes(want) : ids.length === 0
        if (ok) return 'ok'
        const x = e[k]
        if (!x) return 'missing'
        const w = x.text.toLowerCase()
        if (/^(he|she|it|they|we|i|its|his|her|their|them|him|us|our)$/.test(w)) return 'pronoun'
        const m = x.mentionId ? mentionType.get(x.mentionId) : undefined
        if (!x.mentionId) return want ? 'descriptor' : 'extra-descriptor'
        if (/^[A-Z][a-z]+(an|ian|ese|ish|i|ch)$/.test(x.text) && !want) return 'extra-adjective'
        if (/^[A-Z][a-z]+(an|ian|ese|ish|i|ch)$/.test(x.text)) return 'adjective'
        if (m === 'LOC' && !want) return 'extra-place'
        if (m === 'LOC') return 'place'
        return want ? `other-${m}` : `extra-${m}`
      }
      const t = d.texts.get(doc) ?? ''
      const r = anchorSentence(t, goldSentences(t), g.anchor)
      process.stdout.write(`${part}\tDYAD\t${side('actor')}/${side('target')}\t${doc}\tgold ${g.cameo} ${g.actor ?? '—'} → ${g.target ?? '—'}\tsys ${sys}\t${r ? t.slice(r.start, r.end).replace(/\s+/g, ' ') : ''}\n`)
    }
    process.stderr.write(`${part}: ${JSON.stringify(Object.fromEntries(['rootAccuracy', 'dyadAccuracy', 'precision', 'eventRecall'].map((k) => [k, Math.round((s.metrics[k] ?? 0) * 1000) / 1000])))}\n`)
  }
}

await main()
