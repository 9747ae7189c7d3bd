/**
 * `npx tsx scripts/source-errors.ts --parts P[,P…] [--cache DIR] [--lines]`
 *
 * The source-error table of issue #15: every system claim located on a gold claim (cue in the gold cue sentence or
 * content in the gold content's sentences) whose source is none of those gold claims' speakers, read from the cache of
 * `scripts/attribution-news.ts` (build it there first) with claims extracted again by the current code. Each is put in
 * one class by the shape of the system source and of the gold speaker (a state's generic body, a pronoun, an appositive,
 * a coordinated source, a title or role only, a span of another granularity, an outlet, …); `--lines` prints each
 * error as `class | gold speaker | system source → what it resolved to | sentence`. Tuning and training parts only:
 * the held-out parts and the check group are refused.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DossierError, type AnnotatedDoc, type Claim } from '../src/model/index.js'
import { extractClaims } from '../src/claims/extract.js'
import { anchorSentence, cover, goldSentences, type NewsClaim, type NewsGold, type Range } from '../src/eval/news-gold.js'
import { GoldResolver, isPersonalPronoun, normName, sourceRight } from '../src/eval/news-match.js'
import type { SystemOutput } from '../src/eval/seeds.js'
import { placesFor } from '../src/pipeline/stages/places.js'
import { HELD_OUT_PARTS } from './held-out-parts.js'
import { runScript, scriptArgs } from './script-args.js'


interface Cached {
  readonly gold: NewsGold
  readonly texts: [string, string][]
  readonly sys: Omit<SystemOutput, 'mentionEntity' | 'docOf' | 'claims'> & { mentionEntity: [string, string][]; docOf: [string, string][] }
  readonly docs: AnnotatedDoc[]
}

export interface SourceError { readonly part: string; readonly doc: string; readonly gold: NewsClaim; readonly goldName: string; readonly claim: Claim; readonly resolved: string; readonly sentence: string }

const STATE_BODY = /\b(government|military|army|officials?|authorities|police|forces|troops|ministry|administration|regime|navy|security)\b/i
const OUTLET = /\b(news agency|agency|television|radio|newspaper|daily|tv|media|press|reported|reports?)\b/i

/** One class per error, from the system source's words and the gold speaker's (first match wins). */
export function classify(e: SourceError): string {
  const s = e.claim.source.text.trim()
  const g = normName(e.goldName)
  const sn = normName(s)
  if (isPersonalPronoun(s) || /^(it|its)$/i.test(s)) return e.claim.source.antecedentClaimId ? 'pronoun → wrong earlier speaker' : 'pronoun → no earlier speaker'
  if (e.claim.source.antecedentClaimId) return 'continues the wrong earlier speaker'
  if (/\band\b|&/.test(s)) return 'coordinated source'
  if (s.includes(',')) return 'appositive / comma in source'
  if (sn.includes(g) || g.includes(sn)) return 'span granularity (gold name inside or around)'
  if (OUTLET.test(s)) return 'outlet or report'
  if (STATE_BODY.test(s) && !/\p{Lu}/u.test(s.replace(/^\p{Lu}/u, '').replace(/\b(U\.S\.|U\.N\.)/g, ''))) return 'generic state body, no name'
  if (STATE_BODY.test(s)) return 'state body with a name'
  if (!/\p{Lu}/u.test(s.replace(/^\p{Lu}/u, ''))) return 'title or role only'
  return 'named source, other entity'
}

function located(text: string, ss: readonly Range[], g: NewsClaim, x: Claim): boolean {
  const cue = anchorSentence(text, ss, g.anchor)
  const first = anchorSentence(text, ss, g.content)
  const last = g.content_last ? anchorSentence(text, ss, g.content_last) : undefined
  const content = first && last ? cover(first, last) : first
  const inside = (p: number, r: Range | undefined) => r !== undefined && r.start <= p && p < r.end
  return inside(x.cue.start, cue) || inside(x.content.start, content)
}

/** The located claims of one cached part whose source is none of the located gold claims' speakers. */
export function sourceErrors(part: string, c: Cached): SourceError[] {
  const claims: Claim[] = c.docs.flatMap((d) => extractClaims(d.mentions ? { ...d, places: placesFor(d.mentions) } : d))
  const sys: SystemOutput = { ...c.sys, claims, mentionEntity: new Map(c.sys.mentionEntity), docOf: new Map(c.sys.docOf) }
  const r = new GoldResolver(c.gold, sys)
  const byId = new Map(claims.map((x) => [x.id, x]))
  const entityIds = new Set(c.gold.entities.map((e) => e.id))
  const names = new Map(c.gold.entities.map((e) => [e.id, e.canonical]))
  const texts = new Map(c.texts)
  const out: SourceError[] = []
  for (const x of claims) {
    if (x.kind === 'position') continue
    const doc = sys.docOf.get(x.articleId) ?? ''
    const text = texts.get(doc) ?? ''
    const ss = goldSentences(text)
    const golds = c.gold.claims.filter((g) => g.doc === doc && located(text, ss, g, x))
    if (golds.length === 0 || golds.some((g) => sourceRight(g, x, byId, r, entityIds))) continue
    const g = golds.find((y) => !y.optional) ?? golds[0]!
    const sent = ss.find((s) => s.start <= x.cue.start && x.cue.start < s.end)
    out.push({ part, doc, gold: g, goldName: names.get(g.speaker) ?? g.speaker, claim: x, resolved: r.ofSpan(x.source).join('+') || '—', sentence: sent ? text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : '' })
  }
  return out
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'cache'])
  const parts = String(o['parts'] ?? '').split(',').filter(Boolean)
  if (parts.length === 0) throw new DossierError('E_USAGE', 'no --parts', { hint: 'e.g. --parts vtune,vtrain20 (build the cache with scripts/attribution-news.ts first)' })
  const cacheDir = typeof o['cache'] === 'string' ? resolve(o['cache']) : join(tmpdir(), 'dossier-claims-news-cache')
  const all: SourceError[] = []
  for (const part of parts) {
    if (HELD_OUT_PARTS.has(part)) throw new DossierError('E_USAGE', `--parts ${part}: a held-out part or the check group`, { hint: 'read the errors of tuning and training parts only' })
    const file = join(cacheDir, `${part}.json`)
    if (!existsSync(file)) throw new DossierError('E_USAGE', `no cache for ${part} in ${cacheDir}`, { hint: `npx tsx scripts/attribution-news.ts --parts ${part} --cache ${cacheDir}` })
    all.push(...sourceErrors(part, JSON.parse(readFileSync(file, 'utf8')) as Cached))
  }
  const byClass = new Map<string, SourceError[]>()
  for (const e of all) byClass.set(classify(e), [...(byClass.get(classify(e)) ?? []), e])
  for (const [k, es] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`${String(es.length).padStart(4)}  ${k}\n`)
    if (o['lines'] === true) for (const e of es) process.stdout.write(`      ${e.part} ${e.doc} | gold ${e.gold.speaker} (${e.goldName})${e.gold.anonymous ? ' anon' : ''} | sys "${e.claim.source.text}" → ${e.resolved} | ${e.sentence.slice(0, 160)}\n`)
  }
  process.stdout.write(`${JSON.stringify({ parts: parts.join(','), sourceErrors: all.length })}\n`)
}

runScript(main)
