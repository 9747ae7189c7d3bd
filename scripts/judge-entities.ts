/**
 * The entity measure of issue 17: ingest the 71 demo news articles into a temp
 * store, then score the entities against hand judgements kept in
 * eval-gold/entities/ (keyed by names and types, never by ids).
 *
 * Sampling (done once, on the code before issue 17): entities sorted by
 * mention count (desc), then article count (desc), canonical name, type; the
 * working sample is ranks 41–140 (judged-sample.json), the final check ranks
 * 141–180 (final-sample.json, aggregates only).
 *
 * An item holds the mentions it had when judged (article title, offsets,
 * text). Scoring finds, for each such mention, the mention now at (or
 * overlapping) that place and the entity it belongs to, so the judgement
 * follows the text however the entities are now named.
 *
 * Usage:
 *   npx tsx scripts/judge-entities.ts                  score the samples (checks: aggregates only; --frozen adds final, final2)
 *   npx tsx scripts/judge-entities.ts --dump 41 140    print ranks with mentions in context, for judging
 *   npx tsx scripts/judge-entities.ts --init 41 140 FILE   write an unjudged skeleton for those ranks
 *   --unjudged  with --dump / --init: only the entities none of whose mentions an earlier demo sample holds
 *   --db PATH  keep the store there (default: a temp file, rebuilt each run); --reuse: score that store as it is
 *   --source gmb:FROM:N   ingest N articles of unseen VOA news from the GMB extract instead of the demo news (gmbArticles)
 *   --sample FILE [--details]   score only that sample (of the --source it was judged on)
 *   --shown N  mentions shown per entity by --dump (default 4)
 *
 * final-sample.json (ranks 141–180) and final2-sample.json (ranks 181–240, judged on the code before the
 * second round of issue 17, with its own catalogue) are frozen: scored, as aggregates, only with --frozen.
 * demo3-sample.json (the first 60 entities from rank 41 on that no earlier sample holds, judged on the start code of
 * the twenty-first session) is tuned on since the twenty-second and prints its items; demo4-sample.json (the 19
 * entities no earlier sample held, judged on the start code of the twenty-second session) is tuned on since the
 * twenty-fourth and prints its items too.
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { ingest } from '../src/service/ingest.js'
import { openStore, type Store, type EntitySummary } from '../src/store/index.js'
import type { Article, Mention } from '../src/model/index.js'
import { gmbArticles } from './gmb-articles.js'

const ARTICLES = '../shared/data/demo-news-conflict-pd/articles.jsonl'
const GOLD = 'eval-gold/entities'

/** One mention of a judged entity, as it was when judged. */
interface Occ { title: string; start: number; end: number; text: string }
type Verdict = 'real' | 'junk' | 'duplicate' | 'wrong-type' | '?'
interface Item {
  rank: number
  name: string
  type: string
  verdict: Verdict
  /** duplicate: canonical name (and type) of the entity it should have joined, as named when judged. */
  dupOf?: string
  dupOfType?: string
  /** wrong-type: the right type. */
  correctType?: string
  /** A false merge: the entity joins two (or more) things; each part lists mention texts (or article titles, when the
   *  texts are equal, or `title@start` when the article is too) of one of them. */
  falseMerge?: string[][]
  note?: string
  occ: Occ[]
}
interface Sample { about: string; items: Item[]; /** its own catalogue file in GOLD (samples judged later) */ catalogue?: string }

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

function sourceArticles(): Array<{ id: string; title: string; text: string }> {
  const src = opt('source') ?? 'demo'
  if (src.startsWith('gmb:')) return gmbArticles(src)
  return readFileSync(ARTICLES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; title: string; text: string })
}

async function buildStore(db: string): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'judge-entities-'))
  for (const a of sourceArticles()) writeFileSync(join(dir, `${a.id}.txt`), `${a.title}\n\n${a.text}`)
  if (existsSync(db)) rmSync(db)
  const store = openStore(db)
  const s = await ingest(store, [dir])
  rmSync(dir, { recursive: true })
  if (s.failures.length > 0) throw new Error(`ingest failed: ${JSON.stringify(s.failures.slice(0, 3))}`)
  return store
}

function ranked(rows: EntitySummary[]): EntitySummary[] {
  return [...rows].sort((a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount ||
    a.canonicalName.localeCompare(b.canonicalName) || a.type.localeCompare(b.type))
}

interface World {
  store: Store
  entities: EntitySummary[]
  byId: Map<string, EntitySummary>
  articles: Map<string, Article>
  /** mentions per article title */
  mentions: Map<string, Mention[]>
  entityOf: Map<string, string>
}

async function world(store: Store): Promise<World> {
  const entities = ranked(await store.listEntities({}))
  const articles = new Map<string, Article>()
  const mentions = new Map<string, Mention[]>()
  const entityOf = new Map<string, string>()
  const titleOf = new Map<string, string>()
  for (const s of await store.listArticles({ limit: 100000 })) {
    const a = await store.getArticle(s.id)
    if (!a) continue
    const title = a.title ?? a.id
    articles.set(title, a)
    titleOf.set(a.id, title)
  }
  for (const m of await store.allMentions()) {
    const t = titleOf.get(m.articleId)
    if (t === undefined) continue
    const list = mentions.get(t) ?? []
    list.push(m)
    mentions.set(t, list)
    const e = await store.entityOfMention(m.id)
    if (e !== undefined) entityOf.set(m.id, e)
  }
  return { store, entities, byId: new Map(entities.map((e) => [e.id, e])), articles, mentions, entityOf }
}

async function occurrences(w: World, e: EntitySummary): Promise<Occ[]> {
  const out: Occ[] = []
  for (const m of await w.store.mentionsOfEntity(e.id)) {
    const a = [...w.articles.values()].find((x) => x.id === m.articleId)
    if (a) out.push({ title: a.title ?? a.id, start: m.start, end: m.end, text: m.text })
  }
  return out.sort((p, q) => p.title.localeCompare(q.title) || p.start - q.start)
}

/** The entity now holding an occurrence: the mention at the same span, else the longest overlapping one. */
function entityNow(w: World, o: Occ): string | undefined {
  const ms = w.mentions.get(o.title) ?? []
  const exact = ms.find((m) => m.start === o.start && m.end === o.end)
  if (exact) return w.entityOf.get(exact.id)
  const over = ms.filter((m) => m.start < o.end && o.start < m.end && w.entityOf.has(m.id))
    .sort((p, q) => (Math.min(q.end, o.end) - Math.max(q.start, o.start)) - (Math.min(p.end, o.end) - Math.max(p.start, o.start)))
  return over[0] ? w.entityOf.get(over[0].id) : undefined
}

/**
 * When no mention now has the occurrence's span or covers it, but one lies inside it: that mention's text and entity
 * (a junk span cut down to the name in it: "DoD Identifies" → "DoD").
 */
function cutTo(w: World, o: Occ): { text: string; entity: string } | undefined {
  const ms = (w.mentions.get(o.title) ?? []).filter((m) => m.start < o.end && o.start < m.end && w.entityOf.has(m.id))
  if (ms.length === 0 || ms.some((m) => m.start <= o.start && m.end >= o.end)) return undefined
  const m = ms.sort((p, q) => (q.end - q.start) - (p.end - p.start))[0]!
  return { text: m.text, entity: w.byId.get(w.entityOf.get(m.id)!)?.canonicalName ?? '?' }
}

/** The entity most of the occurrences belong to now (undefined: none is an entity any more). */
function majority(w: World, occ: readonly Occ[]): { entity?: string; present: number } {
  const n = new Map<string, number>()
  for (const o of occ) { const e = entityNow(w, o); if (e !== undefined) n.set(e, (n.get(e) ?? 0) + 1) }
  const best = [...n.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0]
  return { ...(best ? { entity: best[0] } : {}), present: [...n.values()].reduce((s, x) => s + x, 0) }
}

function context(a: Article | undefined, o: Occ): string {
  if (!a) return o.text
  const s = Math.max(0, o.start - 70)
  return `${a.text.slice(s, o.start)}[[${a.text.slice(o.start, o.end)}]]${a.text.slice(o.end, o.end + 70)}`.replace(/\s+/g, ' ')
}

/** Earlier checks now tuned on; frozen checks (scored only with --frozen, at the end of a round); the current check. */
const WORKING = ['demo3', 'demo4']
const FROZEN = ['final', 'final2']
const CHECKS: string[] = []

/** The demo samples judged so far, whose mentions `--unjudged` leaves out of --dump and --init. */
const DEMO_SAMPLES = ['judged', 'final', 'final2', 'demo3', 'demo4']

/** Ranks FROM..TO, or with --unjudged only the entities none of whose mentions is in a demo sample judged so far. */
async function pick(w: World, from: number, to: number): Promise<Array<{ rank: number; e: EntitySummary; occ: Occ[] }>> {
  const judged: Occ[] = []
  if (args.includes('--unjudged')) {
    for (const n of DEMO_SAMPLES) {
      const f = join(GOLD, `${n}-sample.json`)
      if (existsSync(f)) judged.push(...(JSON.parse(readFileSync(f, 'utf8')) as Sample).items.flatMap((it) => it.occ))
    }
  }
  const out: Array<{ rank: number; e: EntitySummary; occ: Occ[] }> = []
  for (let r = from; r <= to && r <= w.entities.length; r++) {
    const e = w.entities[r - 1]!
    const occ = await occurrences(w, e)
    if (occ.some((o) => judged.some((j) => j.title === o.title && j.start < o.end && o.start < j.end))) continue
    out.push({ rank: r, e, occ })
  }
  return out
}

async function dump(w: World, from: number, to: number): Promise<void> {
  for (const { rank: r, e, occ } of await pick(w, from, to)) {
    console.log(`#${r} ${e.type} "${e.canonicalName}" m=${e.mentionCount} a=${e.articleCount} aliases: ${e.aliases.join('; ')}`)
    for (const o of occ.slice(0, Number(opt('shown') ?? 4))) console.log(`    ${context(w.articles.get(o.title), o)}`)
  }
}

interface Scores {
  items: number
  junk: number
  /** Junk items whose every judged span now holds only a shorter mention inside it (not counted as junk). */
  junkCut: number
  duplicates: number
  falseMerges: number
  wrongTypes: number
  lostReal: number
  junkPct: number
  dupPct: number
  junkPlusDupPct: number
  details: string[]
}

/** The judged items' target entities: the entity now holding the mentions a dupOf name had when judged. */
function targetOccs(catalogue: Record<string, Occ[]>, name: string, type: string | undefined): Occ[] {
  return catalogue[`${type ?? ''}|${name}`] ?? Object.entries(catalogue).filter(([k]) => k.endsWith(`|${name}`)).flatMap(([, v]) => v)
}

function score(w: World, sample: Sample, catalogue: Record<string, Occ[]>): Scores {
  const details: string[] = []
  let junk = 0, dup = 0, fm = 0, wt = 0, lost = 0, junkCut = 0
  for (const it of sample.items) {
    const now = majority(w, it.occ)
    const ent = now.entity !== undefined ? w.byId.get(now.entity) : undefined
    const label = `${it.type} "${it.name}"`
    if (it.verdict === 'junk') {
      const cut = it.occ.map((o) => cutTo(w, o))
      if (now.present > 0 && cut.every((c) => c !== undefined)) {
        // every judged span now holds only a shorter name inside it: the junk span is gone, the name left is new
        junkCut++; details.push(`junk cut to a name inside it: ${label} → ${cut.map((c) => `"${c!.text}" in "${c!.entity}"`).join(', ')}`)
      } else if (now.present > 0) { junk++; details.push(`junk still an entity: ${label} → "${ent?.canonicalName}"`) }
    } else if (it.verdict === 'duplicate') {
      const target = majority(w, targetOccs(catalogue, it.dupOf!, it.dupOfType))
      if (now.present > 0 && (target.entity === undefined || target.entity !== now.entity)) {
        dup++; details.push(`duplicate unmerged: ${label} (of "${it.dupOf}") → "${ent?.canonicalName}"`)
      }
    } else if (it.verdict === 'wrong-type') {
      if (ent && ent.type !== it.correctType) { wt++; details.push(`wrong type: ${label} is ${ent.type}, should be ${it.correctType}`) }
    } else if (it.verdict === 'real') {
      if (now.present === 0) { lost++; details.push(`real entity lost: ${label}`) }
    }
    if (it.falseMerge) {
      const inPart = (o: Occ, keys: string[]) => keys.includes(o.text) || keys.includes(o.title) || keys.includes(`${o.title}@${o.start}`)
      const parts = it.falseMerge.map((keys) => majority(w, it.occ.filter((o) => inPart(o, keys))).entity)
      // still false while any two of its parts are one entity
      if (parts.some((p, k) => p !== undefined && parts.slice(k + 1).includes(p))) { fm++; details.push(`false merge still there: ${label}`) }
    }
  }
  // a new false merge: two judged different real things now in one entity
  const identity = new Map<string, string>()
  for (const it of sample.items) {
    if (it.verdict !== 'real' && it.verdict !== 'wrong-type' && it.verdict !== 'duplicate') continue
    if (it.falseMerge) continue
    const who = it.verdict === 'duplicate' ? `${it.dupOf}` : it.name
    const e = majority(w, it.occ).entity
    if (e === undefined) continue
    const prev = identity.get(e)
    if (prev !== undefined && prev !== who && !sameThing(sample, prev, who)) { fm++; details.push(`false merge: "${prev}" and "${who}" are one entity now`) }
    else identity.set(e, who)
  }
  const n = sample.items.length
  const pct = (x: number) => Math.round((1000 * x) / n) / 10
  return { items: n, junk, junkCut, duplicates: dup, falseMerges: fm, wrongTypes: wt, lostReal: lost, junkPct: pct(junk), dupPct: pct(dup), junkPlusDupPct: pct(junk + dup), details }
}

/** Two identities are one thing when one item is judged a duplicate of the other. */
function sameThing(sample: Sample, a: string, b: string): boolean {
  return sample.items.some((it) => it.verdict === 'duplicate' && ((it.name === a && it.dupOf === b) || (it.name === b && it.dupOf === a)))
}

/** The named cases of the issue: names that must not be entities, pairs that must be one, pairs that must stay apart. */
function issueCases(w: World): void {
  const file = join(GOLD, 'issue-cases.json')
  if (!existsSync(file)) return
  const c = JSON.parse(readFileSync(file, 'utf8')) as { notEntities: string[]; sameEntity: string[][]; differentEntities: string[][] }
  // case-insensitive, as `eval seeds` matches names: aliases show one spelling per case-insensitive form
  const holders = (name: string) => w.entities.filter((e) => [e.canonicalName, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase())).map((e) => e.id)
  const failed: string[] = []
  for (const n of c.notEntities) if (holders(n).length > 0) failed.push(`still an entity: "${n}"`)
  for (const [a, b] of c.sameEntity) {
    const ha = holders(a!); const hb = holders(b!)
    if (!ha.some((x) => hb.includes(x))) failed.push(`not one entity: "${a}" / "${b}"`)
  }
  for (const [a, b] of c.differentEntities) {
    const ha = holders(a!); const hb = holders(b!)
    if (ha.some((x) => hb.includes(x))) failed.push(`wrongly one entity: "${a}" / "${b}"`)
  }
  const total = c.notEntities.length + c.sameEntity.length + c.differentEntities.length
  for (const f of failed) console.log(`  ${f}`)
  console.log(`issue cases (tuned on): ${total - failed.length}/${total} pass`)
}

async function main(): Promise<void> {
  const keep = opt('db')
  const db = keep ?? join(mkdtempSync(join(tmpdir(), 'judge-db-')), 'demo.db')
  const store = args.includes('--reuse') && keep ? openStore(keep) : await buildStore(db)
  try {
    const w = await world(store)
    const d = args.indexOf('--dump')
    if (d >= 0) { await dump(w, Number(args[d + 1]), Number(args[d + 2])); return }
    const i = args.indexOf('--init')
    if (i >= 0) {
      const from = Number(args[i + 1]); const to = Number(args[i + 2]); const file = args[i + 3]!
      const items: Item[] = (await pick(w, from, to)).map(({ rank, e, occ }) => ({ rank, name: e.canonicalName, type: e.type, verdict: '?' as const, occ }))
      mkdirSync(GOLD, { recursive: true })
      // the first sample writes catalogue.json; a later one its own catalogue of the entities as they are now
      const catName = existsSync(join(GOLD, 'catalogue.json')) ? basename(file).replace(/\.json$/, '-catalogue.json') : 'catalogue.json'
      const cat: Record<string, Occ[]> = {}
      for (const e of w.entities) { const k = `${e.type}|${e.canonicalName}`; cat[k] = [...(cat[k] ?? []), ...await occurrences(w, e)] }
      writeFileSync(join(GOLD, catName), `${JSON.stringify(cat)}\n`)
      const about = `ranks ${from}-${to}${args.includes('--unjudged') ? ' (those no earlier demo sample holds)' : ''} of the entities of ${opt('source') ?? 'the demo news'}`
      writeFileSync(file, `${JSON.stringify({ about, ...(catName !== 'catalogue.json' ? { catalogue: catName } : {}), items }, null, 1)}\n`)
      return
    }
    console.log(`${w.entities.length} entities from ${w.articles.size} articles`)
    const one = opt('sample')
    if (one !== undefined) { // one sample of another source (--source gmb:…), with its own catalogue
      const sample = JSON.parse(readFileSync(one, 'utf8')) as Sample
      const cat = JSON.parse(readFileSync(join(GOLD, sample.catalogue ?? 'catalogue.json'), 'utf8')) as Record<string, Occ[]>
      const { details, ...agg } = score(w, sample, cat)
      if (args.includes('--details')) for (const line of details) console.log(`  ${line}`)
      console.log(`${basename(one)}: ${JSON.stringify(agg)}`)
      return
    }
    const catalogue = JSON.parse(readFileSync(join(GOLD, 'catalogue.json'), 'utf8')) as Record<string, Occ[]>
    const work = score(w, JSON.parse(readFileSync(join(GOLD, 'judged-sample.json'), 'utf8')) as Sample, catalogue)
    for (const line of work.details) console.log(`  ${line}`)
    const { details: _d, ...workAgg } = work
    console.log(`judged sample: ${JSON.stringify(workAgg)}`)
    issueCases(w)
    const sampleOf = (name: string): { sample: Sample; cat: Record<string, Occ[]> } | undefined => {
      const file = join(GOLD, `${name}-sample.json`)
      if (!existsSync(file)) return undefined
      const sample = JSON.parse(readFileSync(file, 'utf8')) as Sample
      return { sample, cat: sample.catalogue !== undefined ? JSON.parse(readFileSync(join(GOLD, sample.catalogue), 'utf8')) as Record<string, Occ[]> : catalogue }
    }
    for (const name of WORKING) { // checks of earlier sessions, now tuned on: per-item results shown
      const s = sampleOf(name)
      if (!s) continue
      const { details, ...agg } = score(w, s.sample, s.cat)
      for (const line of details) console.log(`  ${line}`)
      console.log(`${name} sample (tuned on): ${JSON.stringify(agg)}`)
    }
    for (const name of [...(args.includes('--frozen') ? FROZEN : []), ...CHECKS]) {
      const s = sampleOf(name)
      if (!s) continue
      const { details: _f, ...finAgg } = score(w, s.sample, s.cat) // per-item results of the checks stay hidden
      console.log(`${name} sample (aggregates only): ${JSON.stringify(finAgg)}`)
    }
  } finally {
    await store.close()
  }
}

await main()
