/**
 * `npx tsx scripts/train-parties.ts [--parts dev,dev2,…] [--check p,q,…] [--folds 5] [--no-write] [--recode] [--oracle] [--errors] [--kinds] [--owns 6,1e6] [--pointwise] [--epochs 10] [--l2 0.01] [--min-count 2] [--orders 3] [--leave-out n]`
 *
 * Trains the party ranker (src/events/parties) on the hand-coded news golds' tuning and training parts (never the
 * frozen finals, never the seeds), from the per-part cache of scripts/train-events.ts (the coder's raw events). Every
 * event the gold pairs with a coding of its root (src/eval/news.ts) gives examples: each candidate of each slot,
 * positive when the evaluation's entity matching (src/eval/news-match.ts) finds the gold party in it. Article-level
 * k-fold cross-validation re-chooses the parties out of fold; the coder's own choice gets a bonus, chosen on those
 * folds (one for a party it named, one for a slot it left empty). The ranker is trained listwise (a softmax over each
 * slot's candidates; `--pointwise`: a logistic regression per candidate). Figures: per part, dyad accuracy, event recall and precision with the coder's parties and with the ranker's,
 * the events kept as the shipped event scorer keeps them. Writes models/events/parties.json. Deterministic. `--oracle`:
 * per part, how many gold parties of paired events are among the candidates at all (the ranker's ceiling), and the
 * missed ones with their sentences. `--kinds` (with `--show <kind>`: the tuning parts' sentences of that kind): why the dyads of the tuning parts' paired events are wrong (the coder's
 * named party, an empty slot filled wrongly, or no candidate with the gold party). `--check`: those parts are held out
 * (never trained on: chosen by the model of the other parts, never written into the model), their totals reported apart, and
 * `--errors` (what the ranker chose instead of a gold party among its candidates) reads only the other parts. `--recode`:
 * the cached parses are coded again by the current coder.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eventCandidates, partyContext, sameRole, type PartyCandidate, type Slot } from '../src/events/parties/candidates.js'
import { bestPair, NEVER_OVERRIDE, rankable, type Parties } from '../src/events/parties/ranker.js'
import { partyExamples, partyLists, trainListwise, trainPartyModel, type PartyList, type RightFor } from '../src/events/parties/train.js'
import { defaultPartyModel } from '../src/events/parties/model.js'
import { bareStateBody } from '../src/events/parties/composed.js'
import { eventFeatures, indexDoc } from '../src/events/scorer/features.js'
import { defaultScorerModel, probability } from '../src/events/scorer/model.js'
import { foldOf, stableHash, type Example, type TrainOptions } from '../src/events/scorer/train.js'
import { GoldResolver } from '../src/eval/news-match.js'
import { defaultActorCoder } from '../src/events/actor-codes.js'
import type { Event } from '../src/model/index.js'
import { partAvailable, partData, REAL_NEWS_PARTS, recoded, scorePart, VOA_PARTS, type PartData, type TrainingPart } from './event-training-data.js'
import { scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const r3 = (x: number) => Math.round(x * 1000) / 1000

/** A gold party of a paired event and whether some candidate of its slot names it (the ranker's ceiling). */
export interface Reach { readonly slot: Slot; readonly gold: string; readonly reached: boolean }

/** One rankable event with its candidates, its examples (when gold-paired), its gold parties' reach, and its fold. */
export interface RankItem {
  readonly e: Event; readonly part: string; readonly group: string; readonly cs: Record<Slot, PartyCandidate[]>; readonly examples: Example[]
  /** The same labelled candidates, one list per slot (the listwise objective). */
  readonly lists: PartyList[]
  readonly reach: Reach[]
  /** Per slot, whether each candidate is right (undefined: no gold, or any filler will do). */
  readonly labels: Record<Slot, Array<boolean | undefined>>
  /** The gold event's parties (entity ids), when gold-paired. */
  readonly gold?: { readonly actor: string | null; readonly target: string | null }
}

/**
 * Listwise (a softmax over each slot's candidates, the default since the twenty-first session: tuning and check parts
 * gain) or pointwise (a logistic regression per candidate: `--pointwise`).
 */
let listwise = true
/** `--leave-out n`: about one list in n (by a hash of its key) left out of every training, still chosen and scored: the order noise's probe. */
let leaveOut = 0
const kept = (l: PartyList) => leaveOut <= 0 || stableHash(`leave:${l.key ?? l.group}`) % leaveOut !== 0
const train = (items: readonly RankItem[], b: Bonus, o: TrainOptions) =>
  ({ ...(listwise ? trainListwise(items.flatMap((x) => x.lists).filter(kept), b.own, o) : trainPartyModel(items.flatMap((x) => x.examples), b.own, o)), noneBonus: b.none })

/** The bonuses of the coder's own choices: `own` for a party it named, `none` for a slot it left empty. */
export interface Bonus { readonly own: number; readonly none: number }
const key = (b: Bonus) => `${b.own}/${b.none}`

/** The rankable events of a part with their candidates and, for the gold-paired ones, the labelled examples. */
export function rankItems(d: PartData): RankItem[] {
  const pairs = scorePart(d, () => true).eventPairs
  const gold = new Map(d.gold.events.map((g) => [g.id, g]))
  const r = new GoldResolver(d.gold, d.sys)
  const out: RankItem[] = []
  for (const a of d.articles) {
    const ctx = partyContext(a.doc, a.coded)
    const ok = rankable(a.coded)
    const group = `${d.part}:${a.doc.article.id}`
    for (const e of a.coded) {
      if (!ok(e)) continue
      const cs = eventCandidates(ctx, e)
      const p = pairs.get(e.id)
      const g = p && !p.optional ? gold.get(p.gold) : undefined
      const right: RightFor = (slot, c) => {
        if (!g) return undefined
        const ids = r.ofSpan(c.role)
        if (slot === 'actor') return g.actor ? ids.includes(g.actor) : undefined
        return g.target ? ids.includes(g.target) : ids.length === 0
      }
      const reach = !g ? [] : (['actor', 'target'] as const).flatMap((slot) => {
        const id = slot === 'actor' ? g.actor : g.target
        return id ? [{ slot, gold: id, reached: cs[slot].some((c) => right(slot, c) === true) }] : []
      })
      const labels = { actor: cs.actor.map((c) => right('actor', c)), target: cs.target.map((c) => right('target', c)) }
      out.push({ e, part: d.part, group, cs, examples: g ? partyExamples(cs, right, group) : [], lists: g ? partyLists(cs, right, group, e.id) : [], reach, labels, ...(g ? { gold: { actor: g.actor, target: g.target } } : {}) })
    }
  }
  return out
}

/**
 * Out-of-fold parties of every item at each bonus (folds by article, as the event scorer's). Items of `held` parts
 * (the check group) are never trained on: they are chosen by the model of all the other items.
 */
export function outOfFoldParties(items: readonly RankItem[], folds: number, bonuses: readonly Bonus[], o: TrainOptions, held: ReadonlySet<string> = new Set(), repeat = 0): Map<string, Map<string, Parties>> {
  const out = new Map(bonuses.map((b) => [key(b), new Map<string, Parties>()]))
  const fold = (x: RankItem) => (held.has(x.part) ? -1 : foldOf(x.group, folds, repeat))
  const choose = (m: ReturnType<typeof train>, xs: readonly RankItem[]) => {
    for (const b of bonuses) for (const x of xs) out.get(key(b))!.set(x.e.id, bestPair(x.cs, x.e, { ...m, ownBonus: b.own, noneBonus: b.none }))
  }
  for (let k = 0; k < folds; k++) choose(train(items.filter((x) => fold(x) !== k && fold(x) >= 0), { own: 0, none: 0 }, o), items.filter((x) => fold(x) === k))
  if (held.size) choose(train(items.filter((x) => fold(x) >= 0), { own: 0, none: 0 }, o), items.filter((x) => fold(x) < 0))
  return out
}

/** The part with the events' parties replaced. */
export function withParties(d: PartData, chosen: ReadonlyMap<string, Parties>): PartData {
  const apply = (e: Event): Event => {
    const c = chosen.get(e.id)
    if (!c) return e
    const actor = sameRole(e.actor, c.actor) ? e.actor : c.actor
    const target = sameRole(e.target, c.target) ? e.target : c.target
    const { actor: _a, target: _t, ...rest } = e
    return { ...rest, ...(actor ? { actor } : {}), ...(target ? { target } : {}) }
  }
  return { ...d, sys: { ...d.sys, events: d.sys.events.map(apply) }, articles: d.articles.map((a) => ({ ...a, coded: a.coded.map(apply) })) }
}

/**
 * The part with the parties the ranker chooses out of fold (at the model's bonuses; `none` defaults to the shipped
 * model's), actor codes filled again: what the stage gives the scorer.
 */
export function rankedOutOfFold(parts: readonly PartData[], folds: number, own: number, o: TrainOptions, none = defaultPartyModel().noneBonus ?? own, repeat = 0): PartData[] {
  const b = { own, none }
  const oof = outOfFoldParties(parts.flatMap(rankItems), folds, [b], o, new Set(), repeat).get(key(b))!
  const coder = defaultActorCoder()
  return parts.map((d0) => {
    const d = withParties(d0, oof)
    const articles = d.articles.map((a) => ({ ...a, coded: coder.codeEvents(a.doc, a.coded) }))
    const byId = new Map(articles.flatMap((a) => a.coded).map((e) => [e.id, e]))
    return { ...d, articles, sys: { ...d.sys, events: d.sys.events.map((e) => byId.get(e.id) ?? e) } }
  })
}

/** The events the shipped scorer keeps (the coder's own, and the loose ones over its threshold). */
function shippedKeep(d: PartData): Set<string> {
  const model = defaultScorerModel()
  const keep = new Set<string>()
  for (const a of d.articles) {
    const loose = new Set(a.loose)
    const ix = indexDoc(a.doc, a.coded, loose, a.learned)
    for (const e of a.coded) if (!loose.has(e.id) || probability(model, eventFeatures(ix, e)) >= (model.looseThreshold ?? 1)) keep.add(e.id)
  }
  return keep
}

/** Per part, how many gold parties of paired events some candidate names; with --oracle, the missed ones and their sentences. */
function oracleReport(parts: readonly PartData[], items: readonly RankItem[]): void {
  for (const d of parts) {
    const rs = items.filter((x) => x.part === d.part).flatMap((x) => x.reach)
    process.stdout.write(`oracle ${d.part}: ${rs.filter((r) => r.reached).length}/${rs.length} gold parties among the candidates\n`)
  }
  const names = new Map(parts.flatMap((d) => d.gold.entities.map((g) => [g.id, g.canonical])))
  const text = new Map(parts.flatMap((d) => d.articles.map((a) => [`${d.part}:${a.doc.article.id}`, a.doc.article.text])))
  for (const x of items) for (const r of x.reach) {
    if (!r.reached) process.stdout.write(`  miss ${x.part} ${r.slot} ${names.get(r.gold)} | ${text.get(x.group)?.slice(x.e.sentence.start, x.e.sentence.end).replace(/\s+/g, ' ')}\n`)
  }
}

/** A candidate's feature value of one kind ("p" → the path), '' when absent. */
const feat = (c: PartyCandidate, slot: Slot, key: string): string => {
  const pre = `${slot === 'actor' ? 'A' : 'T'}${key}=`
  return c.features.find((f) => f.startsWith(pre))?.slice(pre.length) ?? ''
}
const has = (c: PartyCandidate, slot: Slot, f: string) => c.features.includes(`${slot === 'actor' ? 'A' : 'T'}${f}`)

/** What the ranker chose instead of a reachable gold party: one kind per wrong slot (the first that applies). */
function errorKind(x: RankItem, slot: Slot, chosen: number, gold: number): string {
  const c = x.cs[slot][chosen]!
  const g = x.cs[slot][gold]!
  const other: Slot = slot === 'actor' ? 'target' : 'actor'
  if (!c.role) return 'nobody'
  if (x.labels[other][chosen] === true) {
    if (feat(c, slot, 'p|v').endsWith('|pass')) return "the other side's party, passive cue"
    return feat(c, slot, 'p').includes('^') ? "the other side's party, from a clause above (an accusation, a report)" : "the other side's party"
  }
  if (has(c, slot, 'spk')) return 'the speaker of a reporting verb'
  const below = feat(c, slot, 'below')
  if (below) return `a name in a clause below the cue (${below})`
  const [rel, mark] = feat(c, slot, 'rel').split('|')
  if (feat(c, slot, 'k') === 'pron') return 'a pronoun'
  if (rel === 'conj') return 'a co-ordinated partner'
  if ((rel?.startsWith('obl') || rel?.startsWith('nmod')) && mark) return `a name in a prepositional phrase${feat(c, slot, 'k').startsWith('LOC') ? ' (a place)' : ''}`
  if (feat(c, slot, 'k').startsWith('LOC') || feat(c, slot, 'k').includes('GPE')) return 'a place'
  if (!g.role) return 'somebody where the gold has none'
  const [cs, cd] = feat(c, slot, 'dir').split('|')
  const [gs, gd] = feat(g, slot, 'dir').split('|')
  if (cs === gs && cd && gd && Number(cd.slice(2)) < Number(gd.slice(2))) return 'a nearer party on the same side'
  if (feat(c, slot, 'p') === 'apart') return 'a party of another sentence'
  if (has(c, slot, 'own')) return "the coder's own choice"
  return 'other'
}

/** Per wrong slot of a gold-paired event whose gold party is among the candidates: what was chosen, and the gold's path. */
function errorReport(items: readonly RankItem[], chosen: ReadonlyMap<string, Parties>, parts: ReadonlySet<string>): void {
  const kinds = new Map<string, number>()
  const paths = new Map<string, number>()
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  let n = 0
  for (const x of items) {
    if (!parts.has(x.part)) continue
    const p = chosen.get(x.e.id)
    if (!p) continue
    for (const slot of ['actor', 'target'] as const) {
      const ls = x.labels[slot]
      if (!ls.includes(true)) continue
      const ci = x.cs[slot].findIndex((c) => sameRole(c.role, p[slot]) || (!c.role && !p[slot]))
      if (ci < 0 || ls[ci] !== false) continue
      const gi = ls.findIndex((l) => l === true)
      n++
      inc(kinds, errorKind(x, slot, ci, gi))
      const g = x.cs[slot][gi]!
      inc(paths, `${slot} ${g.role ? feat(g, slot, 'p') : 'nobody'} ${g.role ? feat(g, slot, 'p|v').split('|')[1] : ''} (chosen ${x.cs[slot][ci]!.role ? feat(x.cs[slot][ci]!, slot, 'p') : 'nobody'})`)
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, c]) => `  ${c} ${s}`).join('\n')
  process.stdout.write(`${n} wrong slots with the gold among the candidates; chosen instead:\n${top(kinds, 20)}\ngold path (voice) and chosen path:\n${top(paths, 40)}\n`)
}

const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim()

/**
 * Why no candidate names the gold party ((c) slots), from what the candidates are: a candidate's text and the gold's
 * name overlap (a cut name, the granularity of a phrase), a phrase standing for a name stood for another one (composed.ts),
 * a state's or a group's common noun, a pronoun, or nothing of the kind (the party only in the context).
 */
function unreachedKind(cs: readonly PartyCandidate[], slot: Slot, gold: string): string {
  const g = norm(gold)
  const texts = cs.flatMap((c) => (c.role ? [norm(c.role.text)] : []))
  if (g && texts.some((t) => t.length >= 3 && (t.includes(g) || g.includes(t)))) return 'a candidate overlaps the gold name (cut name, granularity)'
  const kinds = cs.map((c) => feat(c, slot, 'k'))
  if (kinds.some((k) => /^(comp|incl|art)\//.test(k))) return 'a phrase composed with another name'
  if (cs.some((c) => c.role && bareStateBody(c.role))) return "a state's body with no country named before it"
  if (kinds.some((k) => k === 'pron' || k.startsWith('pron/'))) return 'a pronoun'
  if (kinds.some((k) => k === 'desc' || k.startsWith('np'))) return 'a descriptor or noun phrase, no name behind it'
  return 'nothing of the kind (the party only in the context)'
}

/**
 * Why the dyads of gold-paired rankable events are wrong, per wrong slot (tuning parts only): (a) the coder named a
 * wrong party and the gold one is among the candidates (the ranker keeps a named party), (b) the coder left the slot
 * empty and the gold party is among the candidates (the ranker filled it wrongly or left it empty), (c) no candidate
 * names the gold party (split by whether the coder named somebody). (a) is split further by what was named instead.
 */
function kindsReport(items: readonly RankItem[], chosen: ReadonlyMap<string, Parties>, parts: ReadonlySet<string>, data: readonly PartData[], show: string | undefined): void {
  const names = new Map(data.flatMap((d) => d.gold.entities.map((g) => [g.id, g.canonical])))
  const text = new Map(data.flatMap((d) => d.articles.map((a) => [`${d.part}:${a.doc.article.id}`, a.doc.article.text])))
  const kinds = new Map<string, number>()
  const inc = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1)
  let events = 0
  for (const x of items) {
    if (!parts.has(x.part)) continue
    const p = chosen.get(x.e.id) ?? { actor: x.e.actor, target: x.e.target }
    let wrong = false
    for (const slot of ['actor', 'target'] as const) {
      const ls = x.labels[slot]
      if (ls.every((l) => l === undefined)) continue
      const ci = x.cs[slot].findIndex((c) => sameRole(c.role, p[slot]) || (!c.role && !p[slot]))
      if (ci < 0 || ls[ci] !== false) continue
      wrong = true
      const own = slot === 'actor' ? x.e.actor : x.e.target
      const gi = ls.findIndex((l) => l === true)
      const kind = gi < 0 ? '(c)' : own ? `(a) ${errorKind(x, slot, ci, gi)}` : `(b) ${x.cs[slot][ci]!.role ? errorKind(x, slot, ci, gi) : 'nobody'}`
      const why = gi < 0 ? ` ${unreachedKind(x.cs[slot], slot, names.get(slot === 'actor' ? x.gold?.actor ?? '' : x.gold?.target ?? '') ?? '')}:` : ''
      if (show && `${kind}${why} (${slot})`.includes(show)) {
        const t = text.get(x.group) ?? ''
        const gold = gi >= 0 ? x.cs[slot][gi]!.role?.text : names.get(slot === 'actor' ? x.gold?.actor ?? '' : x.gold?.target ?? '')
        process.stdout.write(`  show ${kind}${why} ${slot} ${x.e.cameo} cue "${x.e.cue.text}" chose "${x.cs[slot][ci]!.role?.text ?? '-'}" gold "${gold ?? '-'}" [${feat(x.cs[slot][ci]!, slot, 'p')} / ${gi >= 0 ? feat(x.cs[slot][gi]!, slot, 'p') : ''}]${gi < 0 ? ` {${x.cs[slot].flatMap((c) => (c.role ? [`${c.role.text}/${feat(c, slot, 'k')}`] : [])).join('; ')}}` : ''} | ${t.slice(x.e.sentence.start, x.e.sentence.end).replace(/\s+/g, ' ')}\n`)
      }
      if (gi < 0) inc(`(c) gold not among the candidates, coder ${own ? 'named somebody' : 'left it empty'} (${slot})`)
      if (gi < 0) inc(`(c) by candidates: ${unreachedKind(x.cs[slot], slot, names.get(slot === 'actor' ? x.gold?.actor ?? '' : x.gold?.target ?? '') ?? '')}`)
      else if (own) inc(`(a) coder's wrong party, gold reachable: ${errorKind(x, slot, ci, gi)} (${slot})`)
      else inc(`(b) empty slot, gold reachable: ranker chose ${x.cs[slot][ci]!.role ? `a wrong party: ${errorKind(x, slot, ci, gi)}` : 'nobody'} (${slot})`)
    }
    if (wrong) events++
  }
  const rows = [...kinds].sort((a, b) => a[0].localeCompare(b[0])).map(([k, c]) => `  ${c} ${k}`).join('\n')
  process.stdout.write(`${events} dyad-wrong rankable gold-paired events (tuning parts); wrong slots by kind:\n${rows}\n`)
}

const KEYS = ['dyadAccuracy', 'eventRecall', 'precision'] as const
function figures(d: PartData, keep: ReadonlySet<string>): Record<string, number> {
  const m = scorePart(d, (e) => keep.has(e.id)).metrics
  return Object.fromEntries(KEYS.map((k) => [k, r3(m[k] ?? 0)]))
}
const brief = (f: Record<string, number>) => KEYS.map((k) => f[k]!.toFixed(3)).join('/')
const total = (fs: readonly Record<string, number>[]) => fs.reduce((s, f) => s + f['dyadAccuracy']! + f['eventRecall']! + f['precision']!, 0)

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'folds', 'data', 'epochs', 'l2', 'min-count', 'check', 'owns', 'show', 'orders', 'leave-out'])
  // check parts: never trained on (chosen by the model of the tuning parts); their figures are reported apart and their errors never printed
  const check = new Set(typeof o['check'] === 'string' ? o['check'].split(',') : [])
  const dataDir = resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data'))
  const wanted = typeof o['parts'] === 'string' ? (o['parts'].split(',') as TrainingPart[]) : [...REAL_NEWS_PARTS, ...VOA_PARTS].filter(partAvailable)
  const folds = Number(o['folds'] ?? 5)
  listwise = o['pointwise'] !== true
  // --orders: the listwise ranker trained in that many seeded orders of the lists' own keys, averaged (0: the one
  // order of before, by index, in which a list more or less reordered all the others)
  const opts: TrainOptions = { epochs: Number(o['epochs'] ?? 10), l2: Number(o['l2'] ?? 0.01), minCount: Number(o['min-count'] ?? 2), orders: Number(o['orders'] ?? 3) }
  leaveOut = Number(o['leave-out'] ?? 0)
  const parts: PartData[] = []
  // --recode: the cached parses coded again by the current coder (a coder change measured without parsing again)
  for (const part of wanted) { const d = await partData(part, dataDir, false, true); parts.push(o['recode'] === true ? recoded(d) : d) }
  const items = parts.flatMap(rankItems)
  const xs = items.flatMap((x) => x.examples)
  process.stderr.write(`${items.length} rankable events, ${xs.length} examples, ${xs.filter((x) => x.label).length} positive\n`)
  if (leaveOut > 0) process.stderr.write(`${items.flatMap((x) => x.lists).filter((l) => !kept(l)).length} lists left out of training\n`)
  if (o['oracle'] === true) oracleReport(parts, items)
  // own bonuses tried (--owns 0,1,2,3,1e6). Overriding the coder's named parties lost on the check parts with the
  // pointwise objective (seventeenth and nineteenth sessions); with the listwise one it gains on the tuning and the check
  // parts (twenty-first session). 2 gains most out of fold but re-chooses the seeds' demands of the Salafists (seed score
  // 0.90), and so does 4 once the ranker is trained on the 70 parts of the twenty-first session's end, so the grid
  // has 6 besides never overriding
  const owns = typeof o['owns'] === 'string' ? o['owns'].split(',').map(Number) : [6, NEVER_OVERRIDE]
  // none bonuses: below 0 the ranker fills an empty slot even when the best candidate scores a little under nobody
  // (twentieth session: -0.5 gains on the tuning and check parts; -1 gains more on the tuning parts but gives the
  // seeds' arrests of Salafists a wrong party, so the grid stops at -0.5)
  const bonuses = owns.flatMap((own) => [...new Set([-0.5, 0, 0.5, 1, own])].map((none) => ({ own, none })))
  const oof = outOfFoldParties(items, folds, bonuses, opts, check)
  const keeps = parts.map(shippedKeep)
  const before = parts.map((d, i) => figures(d, keeps[i]!))
  process.stdout.write(`dyad/eventRecall/precision per part: ${parts.map((d) => d.part).join(', ')}\ncoder    ${r3(total(before))}  ${before.map(brief).join('  ')}\n`)
  let best = { b: { own: 1e6, none: 1e6 }, t: total(before.filter((_, i) => !check.has(parts[i]!.part))), after: before }
  const larger = (a: Bonus, b: Bonus) => a.own > b.own || (a.own === b.own && a.none > b.none)
  for (const b of bonuses) {
    const after = parts.map((d, i) => figures(withParties(d, oof.get(key(b))!), keeps[i]!))
    const split = (inCheck: boolean) => r3(total(after.filter((_, i) => check.has(parts[i]!.part) === inCheck)))
    process.stdout.write(`bonus ${key(b)}  ${r3(total(after))} (tune ${split(false)}, check ${split(true)})  ${after.map(brief).join('  ')}\n`)
    // a tie goes to the larger bonus: the ranker overrides the coder's rules only where that gains
    // chosen on the tuning parts only: the check parts' figures are reported, never tuned on
    const t = total(after.filter((_, i) => !check.has(parts[i]!.part)))
    if (t > best.t + 1e-9 || (t > best.t - 1e-9 && larger(b, best.b))) best = { b, t, after }
  }
  process.stdout.write(`chosen bonus ${key(best.b)} (own/none)\n`)
  const tuning = new Set(parts.map((d) => d.part).filter((p) => !check.has(p)))
  if (o['errors'] === true) errorReport(items, oof.get(key(best.b))!, tuning)
  if (o['kinds'] === true) kindsReport(items, oof.get(key(best.b))!, tuning, parts, typeof o['show'] === 'string' ? o['show'] : undefined)
  if (o['no-write'] === true) return
  const model = train(items.filter((x) => !check.has(x.part)), best.b, opts)
  writeFileSync(join(root, 'models', 'events', 'parties.json'), `${JSON.stringify(model)}\n`)
  const byPart = (fs: readonly Record<string, number>[]) => Object.fromEntries(parts.map((d, i) => [d.part, fs[i]]))
  const meta = {
    model: `party ranker: ${listwise ? 'a softmax over each slot\'s candidates (listwise)' : 'logistic regression'} over candidate features (src/events/parties/candidates.ts)`, trainedOn: wanted.filter((p) => !check.has(p)), heldOut: [...check], options: opts, folds,
    rankableEvents: items.length, examples: xs.length, positives: xs.filter((x) => x.label).length, features: Object.keys(model.weights).length, ownBonus: best.b.own, noneBonus: best.b.none,
    // out of fold, the events kept as the shipped scorer keeps them: the coder's parties, and the ranker's
    crossValidation: { coder: byPart(before), ranker: byPart(best.after) },
  }
  writeFileSync(join(root, 'models', 'events', 'parties.meta.json'), `${JSON.stringify(meta, null, 1)}\n`)
  process.stdout.write(`wrote models/events/parties.json (${Object.keys(model.weights).length} features)\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main()
