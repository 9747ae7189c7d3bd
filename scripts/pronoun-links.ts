/**
 * `npx tsx scripts/pronoun-links.ts --parts vtrain20,vtrain21 [--verbose]`: how the pronouns that claims and events
 * use as sources and parties resolve, on VOA tuning parts (docs/entities.md, "Pronouns").
 *
 * Claims: each required gold claim whose speaker is a gold entity, and each system claim whose cue starts in the gold
 * cue sentence and whose source is a pronoun. Events: each system event paired with a gold coding (same root, same
 * sentence) whose actor or target is a pronoun, where the gold names that role. Each pronoun is `right` (it resolves
 * to the gold entity), `wrong` (to another entity) or `unlinked` (to none). Never run on vfinal or the check group.
 * @module
 */
import { rmSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runOnFolder } from '../src/eval/seeds.js'
import { scoreNews } from '../src/eval/news.js'
import { GoldResolver, sourceIds } from '../src/eval/news-match.js'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { DossierError } from '../src/model/index.js'
import { assembleVoa, voaGold, type Selection } from './voa-news-gold.js'
import { runScript, scriptArgs } from './script-args.js'

const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their)$/i
const FORBIDDEN = /^(vfinal|vtrain9[4-7]|all)$/
type Klass = 'right' | 'wrong' | 'unlinked'
const counts = () => ({ right: 0, wrong: 0, unlinked: 0 })

async function part(sel: Selection, verbose: boolean) {
  const gold = voaGold(sel)
  const dir = assembleVoa(sel)
  try {
    const sys = await runOnFolder(dir)
    const texts = new Map(Object.keys(gold.documents).map((k) => [k, readFileSync(join(dir, k), 'utf8')]))
    const r = new GoldResolver(gold, sys)
    const klass = (ids: string[], want: string): Klass => (ids.includes(want) ? 'right' : ids.length ? 'wrong' : 'unlinked')
    const claims = counts()
    const events = counts()
    const byId = new Map(sys.claims.map((x) => [x.id, x]))
    const entityIds = new Set(gold.entities.map((e) => e.id))
    for (const g of gold.claims) {
      if (g.optional || !entityIds.has(g.speaker)) continue
      const text = texts.get(g.doc) ?? ''
      const s = anchorSentence(text, goldSentences(text), g.anchor)
      if (!s) continue
      for (const x of sys.claims) {
        if (sys.docOf.get(x.articleId) !== g.doc || x.cue.start < s.start || x.cue.start >= s.end || !PRONOUN.test(x.source.text)) continue
        const k = klass(sourceIds(x, byId, r), g.speaker)
        claims[k]++
        if (verbose && k !== 'right') console.log(`claim ${k} ${g.doc} ${g.id} gold ${g.speaker}: "${x.source.text}" → ${sourceIds(x, byId, r).join(',') || '—'} | ${text.slice(s.start, s.end).slice(0, 140)}`)
      }
    }
    const paired = scoreNews(gold, sys, texts).eventPairs
    const goldEvent = new Map(gold.events.map((e) => [e.id, e]))
    for (const e of sys.events) {
      const p = paired.get(e.id)
      const g = p ? goldEvent.get(p.gold) : undefined
      if (!g) continue
      for (const role of ['actor', 'target'] as const) {
        const span = e[role]
        const want = g[role]
        if (!span || !want || !PRONOUN.test(span.text)) continue
        const k = klass(r.ofSpan(span), want)
        events[k]++
        if (verbose && k !== 'right') console.log(`event ${k} ${g.doc} ${g.id} ${role} gold ${want}: "${span.text}" → ${r.ofSpan(span).join(',') || '—'} | ${g.anchor.slice(0, 100)}`)
      }
    }
    return { claims, events }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts'])
  const parts = String(o['parts'] ?? 'vtune').split(',')
  const bad = parts.find((p) => FORBIDDEN.test(p))
  if (bad) throw new DossierError('E_USAGE', `--parts ${bad}: not a tuning part`, { hint: 'use tuning and training parts only (vtune, vtune2, vtrain…)' })
  const total = { claims: counts(), events: counts() }
  for (const p of parts) {
    const c = await part(p as Selection, o['verbose'] === true)
    for (const k of ['claims', 'events'] as const) for (const x of ['right', 'wrong', 'unlinked'] as const) total[k][x] += c[k][x]
  }
  console.log(JSON.stringify({ parts: parts.join(','), ...total }))
}

runScript(main)
