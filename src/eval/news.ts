/**
 * `dossier eval news <dir> [--sample dev|dev2|tune|final|all|train] [--verbose]`: Dossier's events and claims
 * scored on hand-annotated real news (a folder of `<article id>.txt` files with
 * a `gold.json` in the real-news gold format; `npm run eval:news` assembles it
 * from ../shared/data). Articles are ingested the way `eval seeds` does it.
 *
 * Events (over required gold codings; a system event is "in" a gold sentence when its cue starts there;
 * gold codings and system events are paired one to one per sentence, best agreement first):
 * rootAccuracy = codings paired with a system event of the same CAMEO root; codeAccuracy = … of the same full
 * code; dyadAccuracy = same root, actor and target resolved to the gold entities (a gold actor or target of
 * null accepts anything, resp. a target that is no gold entity); modalityAccuracy over paired codings;
 * precision = system events paired with a gold coding (optional ones included) ÷ all system events on the
 * scored articles; spuriousPerGold = the unpaired system events ÷ required codings; eventRecall = codings paired
 * one to one with a system event anywhere in their article with the same root, actor and target (the seeds rule,
 * made one to one so that one system event cannot stand for a whole strike list).
 *
 * Claims (a system claim is located on a gold claim when its cue starts in the gold cue sentence or
 * its content starts in the gold content's sentences; pairs are made one to one, best agreement first, then a cue
 * in the gold cue sentence before a content in the gold content): claimRecall = gold claims paired with a located system
 * claim; sourceAndVerbRecall = … whose source is the gold speaker and whose cue holds the gold verb;
 * stanceAccuracy over the paired claims; sourcePrecision = system claims located on a gold claim whose speaker
 * their source is ÷ all system claims; nonSpeakerSources = system claims whose source is no speaker at all
 * (names no gold entity, meets no gold speaker descriptor, is no personal pronoun); claimEventLinks = gold claims
 * with an `about` event whose paired system claim points at the system event paired with that gold event.
 *
 * Details name the errors; for the frozen `final` part they are printed only with --verbose (tuning parts
 * `dev`, `dev2` and `tune` = dev + dev2 show theirs, and so does the training part `train`).
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Claim, Event } from '../model/index.js'
import type { EvalTask } from './index.js'
import { anchorSentence, cover, goldPart, PARTS, goldSentences, readNewsGold, type NewsClaim, type NewsEvent, type NewsGold, type Part, type Range } from './news-gold.js'
import { descriptorMatches, GoldResolver, isPersonalPronoun, sourceIds, sourceRight, verbRight } from './news-match.js'
import { formatTable } from './report.js'
import { runOnFolder, type SystemOutput } from './seeds.js'

export interface NewsScore {
  readonly metrics: Record<string, number>
  /** Error lines per gold document (missing and wrong codings, spurious events, wrong and non-speaker sources). */
  readonly details: ReadonlyMap<string, string[]>
  /** Each system event paired with a gold coding (same root, same sentence), and whether its dyad is the gold's. */
  readonly eventPairs: ReadonlyMap<string, { readonly gold: string; readonly dyad: boolean; readonly optional: boolean }>
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d)
const inside = (p: number, r: Range | undefined) => r !== undefined && r.start <= p && p < r.end

/** Pair gold items to system items one to one: tier by tier (best agreement first), required gold before optional. */
export function pairGreedy<G extends { optional?: boolean | undefined }, S>(golds: readonly G[], syss: readonly S[], candidate: (g: G, s: S) => boolean, tiers: ReadonlyArray<(g: G, s: S) => boolean>): Map<G, S> {
  const paired = new Map<G, S>()
  const used = new Set<S>()
  const ordered = [...golds.filter((g) => !g.optional), ...golds.filter((g) => g.optional)]
  for (const tier of tiers) {
    for (const g of ordered) {
      if (paired.has(g)) continue
      const s = syss.find((x) => !used.has(x) && candidate(g, x) && tier(g, x))
      if (s !== undefined) { paired.set(g, s); used.add(s) }
    }
  }
  return paired
}

interface Ctx {
  readonly gold: NewsGold
  readonly sys: SystemOutput
  readonly r: GoldResolver
  readonly docs: ReadonlySet<string>
  readonly sentencesOf: (doc: string) => Range[]
  readonly textOf: (doc: string) => string
  readonly detail: (doc: string, line: string) => void
}

const roleText = (e: Event, k: 'actor' | 'target') => e[k]?.text ?? '—'
const describe = (e: Event) => `${e.cameo} ${roleText(e, 'actor')} → ${roleText(e, 'target')} (cue "${e.cue.text}")`

function dyadOk(c: Ctx, g: NewsEvent, e: Event): boolean {
  if (e.cameoRoot !== g.cameo_root) return false
  if (g.actor && !c.r.ofSpan(e.actor).includes(g.actor)) return false
  if (g.target) return c.r.ofSpan(e.target).includes(g.target)
  return c.r.ofSpan(e.target).length === 0
}

/** The gold's `alleged` covers every act known only from an attributed statement: a neutral report (`reported`) included. */
const sameModality = (gold: string, sys: string): boolean => gold === sys || (gold === 'alleged' && sys === 'reported')

function scoreEvents(c: Ctx): { metrics: Record<string, number>; pairs: Map<NewsEvent, Event>; dyadOf: (g: NewsEvent, e: Event) => boolean } {
  const sysEvents = c.sys.events.filter((e) => c.docs.has(c.sys.docOf.get(e.articleId) ?? ''))
  const sentence = new Map(c.gold.events.map((g) => [g, anchorSentence(c.textOf(g.doc), c.sentencesOf(g.doc), g.anchor)]))
  const located = (g: NewsEvent, e: Event) => c.sys.docOf.get(e.articleId) === g.doc && inside(e.cue.start, sentence.get(g))
  const sameRoot = (g: NewsEvent, e: Event) => e.cameoRoot === g.cameo_root
  const sameCode = (g: NewsEvent, e: Event) => e.cameo === g.cameo
  const dyad = (g: NewsEvent, e: Event) => dyadOk(c, g, e)
  const pairs = pairGreedy(c.gold.events, sysEvents, located, [(g, e) => dyad(g, e) && sameCode(g, e), dyad, sameCode, sameRoot])
  const required = c.gold.events.filter((g) => !g.optional)
  const count = (gs: readonly NewsEvent[], ok: (g: NewsEvent, e: Event) => boolean) => gs.filter((g) => { const e = pairs.get(g); return e !== undefined && ok(g, e) }).length
  const prose = required.filter((g) => !g.bulletin)
  const pairedSys = new Set(pairs.values())
  const anywhere = pairGreedy(required, sysEvents, (g, e) => c.sys.docOf.get(e.articleId) === g.doc, [dyad]).size
  for (const g of required) {
    const e = pairs.get(g)
    const who = `${g.actor ?? '—'} → ${g.target ?? '—'}`
    if (!e) c.detail(g.doc, `missing event ${g.id} ${g.cameo} ${who}: ${g.what}`)
    else if (!dyad(g, e)) c.detail(g.doc, `wrong dyad ${g.id} ${g.cameo} ${who}: system ${describe(e)}`)
  }
  for (const e of sysEvents) if (!pairedSys.has(e)) c.detail(c.sys.docOf.get(e.articleId) ?? '', `spurious event ${describe(e)}`)
  const metrics = {
    rootAccuracy: ratio(count(required, sameRoot), required.length),
    codeAccuracy: ratio(count(required, sameCode), required.length),
    dyadAccuracy: ratio(count(required, dyad), required.length),
    precision: ratio(pairedSys.size, sysEvents.length),
    eventRecall: ratio(anywhere, required.length),
    spuriousPerGold: ratio(sysEvents.length - pairedSys.size, required.length),
    modalityAccuracy: ratio(count(required, (g, e) => sameModality(g.modality, e.modality)), count(required, sameRoot)),
    rootAccuracyProse: ratio(count(prose, sameRoot), prose.length),
    dyadAccuracyProse: ratio(count(prose, dyad), prose.length),
    goldEvents: required.length,
    systemEvents: sysEvents.length,
  }
  return { metrics, pairs, dyadOf: dyad }
}

function claimRegions(c: Ctx, g: NewsClaim): { cue: Range | undefined; content: Range | undefined } {
  const text = c.textOf(g.doc)
  const ss = c.sentencesOf(g.doc)
  const first = anchorSentence(text, ss, g.content)
  const last = g.content_last ? anchorSentence(text, ss, g.content_last) : undefined
  return { cue: anchorSentence(text, ss, g.anchor), content: first && last ? cover(first, last) : first }
}

function scoreClaims(c: Ctx, eventPairs: ReadonlyMap<NewsEvent, Event>): Record<string, number> {
  // the news golds code a party's own positions and acts ("reiterates support", "agreed to …") as events, not claims of fact
  const sysClaims = c.sys.claims.filter((x) => c.docs.has(c.sys.docOf.get(x.articleId) ?? '') && x.kind !== 'position')
  const byId = new Map(c.sys.claims.map((x) => [x.id, x]))
  const entityIds = new Set(c.gold.entities.map((e) => e.id))
  const regions = new Map(c.gold.claims.map((g) => [g, claimRegions(c, g)]))
  const located = (g: NewsClaim, x: Claim) => {
    const rg = regions.get(g)
    return c.sys.docOf.get(x.articleId) === g.doc && (inside(x.cue.start, rg?.cue) || inside(x.content.start, rg?.content))
  }
  const src = (g: NewsClaim, x: Claim) => sourceRight(g, x, byId, c.r, entityIds)
  const srcVerb = (g: NewsClaim, x: Claim) => src(g, x) && verbRight(g, x)
  const cueThere = (g: NewsClaim, x: Claim) => inside(x.cue.start, regions.get(g)?.cue)
  const pairs = pairGreedy(c.gold.claims, sysClaims, located, [(g, x) => srcVerb(g, x) && x.stance === g.stance, srcVerb, src, cueThere, () => true])
  const required = c.gold.claims.filter((g) => !g.optional)
  const count = (ok: (g: NewsClaim, x: Claim) => boolean) => required.filter((g) => { const x = pairs.get(g); return x !== undefined && ok(g, x) }).length
  const rightSource = sysClaims.filter((x) => c.gold.claims.some((g) => located(g, x) && src(g, x)))
  const descriptors = c.gold.claims.filter((g) => !entityIds.has(g.speaker)).map((g) => g.speaker)
  const isSpeaker = (x: Claim) => isPersonalPronoun(x.source.text) || sourceIds(x, byId, c.r).length > 0 || descriptors.some((d) => descriptorMatches(d, x.source.text))
  const nonSpeakers = sysClaims.filter((x) => !isSpeaker(x))
  const goldEvent = new Map(c.gold.events.map((e) => [e.id, e]))
  const linked = (g: NewsClaim, x: Claim) => { const e = g.about ? eventPairs.get(goldEvent.get(g.about)!) : undefined; return e !== undefined && x.about.includes(e.id) }
  const withAbout = required.filter((g) => g.about && goldEvent.has(g.about))
  for (const g of required) {
    const x = pairs.get(g)
    if (!x) c.detail(g.doc, `missing claim ${g.id} ${g.speaker} "${g.verb}" ${g.stance}`)
    else if (!srcVerb(g, x) || x.stance !== g.stance) c.detail(g.doc, `wrong claim ${g.id} ${g.speaker} "${g.verb}" ${g.stance}: system "${x.source.text}" "${x.cue.text}" ${x.stance}`)
  }
  for (const x of nonSpeakers) c.detail(c.sys.docOf.get(x.articleId) ?? '', `non-speaker source "${x.source.text}" (cue "${x.cue.text}")`)
  for (const x of c.sys.claims) if (x.kind === 'position' && c.docs.has(c.sys.docOf.get(x.articleId) ?? '')) c.detail(c.sys.docOf.get(x.articleId) ?? '', `position, not scored "${x.source.text}" "${x.cue.text}": ${x.content.text.slice(0, 70)}`)
  for (const x of sysClaims) if (!rightSource.includes(x) && !nonSpeakers.includes(x)) c.detail(c.sys.docOf.get(x.articleId) ?? '', `claim on no gold speaker "${x.source.text}" "${x.cue.text}": ${x.content.text.slice(0, 70)}`)
  return {
    claimRecall: ratio(count(() => true), required.length),
    sourcePrecision: ratio(rightSource.length, sysClaims.length),
    sourceAndVerbRecall: ratio(count(srcVerb), required.length),
    stanceAccuracy: ratio(count((g, x) => x.stance === g.stance), count(() => true)),
    nonSpeakerSources: nonSpeakers.length,
    claimEventLinks: ratio(withAbout.filter((g) => { const x = pairs.get(g); return x !== undefined && linked(g, x) }).length, withAbout.length),
    goldClaims: required.length,
    systemClaims: sysClaims.length,
  }
}

/** Score system output on the gold (pure; texts by gold document key). */
export function scoreNews(gold: NewsGold, sys: SystemOutput, texts: ReadonlyMap<string, string>): NewsScore {
  const details = new Map<string, string[]>()
  const sentences = new Map<string, Range[]>()
  const textOf = (doc: string) => texts.get(doc) ?? ''
  const ctx: Ctx = {
    gold, sys, r: new GoldResolver(gold, sys), docs: new Set(Object.keys(gold.documents)), textOf,
    sentencesOf: (doc) => sentences.get(doc) ?? sentences.set(doc, goldSentences(textOf(doc))).get(doc)!,
    detail: (doc, line) => details.set(doc, [...(details.get(doc) ?? []), line]),
  }
  const events = scoreEvents(ctx)
  const claims = scoreClaims(ctx, events.pairs)
  const eventPairs = new Map([...events.pairs].map(([g, e]) => [e.id, { gold: g.id, dyad: events.dyadOf(g, e), optional: g.optional === true }]))
  return { metrics: { documents: ctx.docs.size, ...events.metrics, ...claims }, details, eventPairs }
}

/** Anchors that are not in their article's text (a changed corpus or a typo in the gold). */
export function missingAnchors(gold: NewsGold, texts: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  for (const g of gold.events) if (!(texts.get(g.doc) ?? '').includes(g.anchor)) out.push(`${g.id}: ${g.anchor}`)
  for (const g of gold.claims) for (const a of [g.anchor, g.content, g.content_last ?? g.content]) if (!(texts.get(g.doc) ?? '').includes(a)) out.push(`${g.id}: ${a}`)
  return out
}

export function partOf(options: Record<string, unknown>): Part {
  const p = options['part'] ?? options['sample'] ?? 'all'
  return PARTS.find((x) => x === p) ?? 'all'
}

export const evalNews: EvalTask = async (dir, options) => {
  const part = partOf(options)
  const gold = goldPart(readNewsGold(dir), part)
  const texts = new Map(Object.keys(gold.documents).map((k) => [k, readFileSync(join(dir, k), 'utf8')]))
  const lost = missingAnchors(gold, texts)
  const s = scoreNews(gold, await runOnFolder(dir), texts)
  const verbose = options['verbose'] === true
  const shown = [...s.details].filter(([doc]) => verbose || gold.documents[doc]?.part !== 'final')
  const table = [
    `real-news gold, part ${part}: ${gold.events.filter((e) => !e.optional).length} event codings and ${gold.claims.filter((c) => !c.optional).length} claims in ${Object.keys(gold.documents).length} articles`,
    formatTable(['metric', 'value'], Object.entries(s.metrics)),
    lost.length ? `anchors not found (check the corpus): ${lost.join('; ')}` : '',
    ...shown.map(([doc, lines]) => `\n${doc} (${gold.documents[doc]?.title ?? ''})\n  ${lines.join('\n  ')}`),
    shown.length < s.details.size ? `(errors on ${s.details.size - shown.length} final-check articles hidden: the final part is not for tuning; --verbose shows them)` : '',
  ].filter(Boolean).join('\n')
  return { task: 'news', metrics: { part, ...s.metrics }, table }
}
