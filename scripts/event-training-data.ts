/**
 * Training data of the event scorer (scripts/train-events.ts): runs Dossier's pipeline on one gold part with the
 * unscored coder (every coded event kept), pairs the coded events with the gold (src/eval/news.ts, the scorer's own
 * pairing) and keeps, per article, the parsed document and its coded events, so features can be computed again
 * without re-running the pipeline. Results are cached under the OS temp folder by part (the cache is keyed by the
 * part and the commit of the event code; `--fresh` rebuilds it).
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError, type AnnotatedDoc, type Event } from '../src/model/index.js'
import { parseNewsGold, readNewsGold, type NewsGold } from '../src/eval/news-gold.js'
import { scoreNews, type NewsScore } from '../src/eval/news.js'
import { runOnFolder, type SystemOutput } from '../src/eval/seeds.js'
import { DEFAULT_STAGES, registerStage } from '../src/pipeline/registry.js'
import { eventsStageWith } from '../src/pipeline/stages/events.js'
import { extractEvents } from '../src/events/extract.js'
import { defaultActorCoder } from '../src/events/actor-codes.js'
import { setProposerProbe, useProposer } from '../src/events/proposer/proposer.js'
import { tokenAt } from '../src/events/scorer/features.js'
import type { LearnedCue } from '../src/events/learned-cues.js'
import { assembleVoa } from './voa-news-gold.js'
import { VOA_TRAIN_PARTS } from './voa-news-texts.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const REAL_NEWS_PARTS = ['dev', 'dev2', 'train'] as const
/** The VOA parts the trainer may read; `partAvailable` keeps those whose gold file exists (training parts arrive one by one). */
export const VOA_PARTS = ['vtune', 'vtune2', ...VOA_TRAIN_PARTS] as const
export type TrainingPart = (typeof REAL_NEWS_PARTS)[number] | (typeof VOA_PARTS)[number]

/** One article: the parsed document (what features read) and its coded events, before any scoring. */
export interface ArticleData {
  readonly doc: AnnotatedDoc; readonly coded: Event[]; readonly loose: string[]
  /** The learned root proposer's features of each of the coder's own events (by id; set by `recoded`). */
  readonly proposer?: ReadonlyMap<string, string[]>
  /** The learned cue behind each event coded from one (by id; set by `recoded`), which the scorer's features read. */
  readonly learned?: ReadonlyMap<string, LearnedCue>
}
export interface PartData {
  readonly part: TrainingPart
  readonly gold: NewsGold
  readonly sys: SystemOutput
  readonly texts: Map<string, string>
  readonly articles: ArticleData[]
}

const TRAINING_KEY = 'events.training.v9'
/** Where the training stage puts the articles of the part being read (one part at a time). */
let sink: ArticleData[] = []

/** Is the part's gold file present (training parts are added by their annotators' branches)? */
export function partAvailable(part: TrainingPart): boolean {
  if ((VOA_PARTS as readonly string[]).includes(part)) return existsSync(join(root, 'eval-gold', 'voa-news', `${part}.json`))
  return Object.values(readRealNewsRaw().documents).some((d) => d.part === part)
}

type RawGold = Record<string, unknown> & {
  documents: Record<string, { id: string; part: string }>; entities: Array<{ part?: string }>; events: Array<{ doc: string }>; claims: Array<{ doc: string }>
}

/** eval-gold/real-news/gold.json with the training part's train.json (when present) appended. */
function readRealNewsRaw(): RawGold {
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'eval-gold', 'real-news', f), 'utf8')) as RawGold
  const raw = read('gold.json')
  if (!existsSync(join(root, 'eval-gold', 'real-news', 'train.json'))) return raw
  const t = read('train.json')
  return { ...raw, documents: { ...raw.documents, ...t.documents }, entities: [...raw.entities, ...t.entities], events: [...raw.events, ...t.events], claims: [...raw.claims, ...t.claims] }
}

/** The real-news articles of one part with the part's gold in a fresh folder (its documents seen as part `dev`). */
function assembleRealNews(part: string, dataDir: string): string {
  const raw = readRealNewsRaw()
  const docs = Object.fromEntries(Object.entries(raw.documents).filter(([, d]) => d.part === part).map(([k, d]) => [k, { ...d, part: 'dev' }]))
  const keep = new Set(Object.keys(docs))
  const gold = parseNewsGold({
    ...raw, documents: docs, entities: raw.entities.filter((e) => e.part === undefined || e.part === part).map((e) => ({ ...e, ...(e.part ? { part: 'dev' } : {}) })),
    events: raw.events.filter((e) => keep.has(e.doc)), claims: raw.claims.filter((c) => keep.has(c.doc)),
  }, `eval-gold/real-news/gold.json (${part})`)
  const corpus = new Map(readFileSync(join(dataDir, 'demo-news-conflict-pd', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; source: string; url?: string; title?: string; text: string }).map((a) => [a.id, a]))
  const dir = mkdtempSync(join(tmpdir(), 'dossier-events-train-'))
  for (const [key, doc] of Object.entries(gold.documents)) {
    const a = corpus.get(doc.id)
    if (!a) throw new DossierError('E_EVAL_FORMAT', `article ${doc.id} is not in ${dataDir}/demo-news-conflict-pd/articles.jsonl`, { hint: 'pass --data ../shared/data' })
    writeFileSync(join(dir, key), a.text)
    writeFileSync(join(dir, `${key}.meta.json`), JSON.stringify({ title: a.title, outlet: a.source, ...(a.url ? { url: a.url } : {}) }))
  }
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ ...raw, documents: gold.documents, entities: gold.entities, events: gold.events, claims: gold.claims }))
  return dir
}

/** Only what the features read: article, tokens, sentences, mentions, syntax. */
const slim = (d: AnnotatedDoc): AnnotatedDoc => ({ article: d.article, tokens: d.tokens, sentences: d.sentences, mentions: d.mentions, syntax: d.syntax }) as AnnotatedDoc

async function runPart(part: TrainingPart, dataDir: string, loose: boolean): Promise<PartData> {
  const dir = (VOA_PARTS as readonly string[]).includes(part) ? assembleVoa(part as (typeof VOA_PARTS)[number]) : assembleRealNews(part, dataDir)
  const articles: ArticleData[] = []
  sink = articles
  registerStage(eventsStageWith({ key: TRAINING_KEY, model: null, parties: null, loose, inspect: (doc, coded, loose) => { sink.push({ doc: slim(doc), coded: [...coded], loose: [...loose] }) } }), { replace: true })
  try {
    const sys = await runOnFolder(dir, { stages: DEFAULT_STAGES.map((k) => (k.startsWith('events.cameo.') ? TRAINING_KEY : k)) })
    const gold = readNewsGold(dir)
    const texts = new Map(Object.keys(gold.documents).map((k) => [k, readFileSync(join(dir, k), 'utf8')]))
    return { part, gold, sys, texts, articles }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface Cached { part: TrainingPart; gold: NewsGold; sys: Omit<SystemOutput, 'mentionEntity' | 'docOf'> & { mentionEntity: [string, string][]; docOf: [string, string][] }; texts: [string, string][]; articles: ArticleData[] }

/** The part's data, from the cache when present (`fresh` rebuilds it). */
export async function partData(part: TrainingPart, dataDir: string, fresh = false, loose = false): Promise<PartData> {
  const dir = join(tmpdir(), 'dossier-events-scorer-cache')
  const file = join(dir, `${part}${loose ? '.loose' : ''}.json`)
  if (!fresh && existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Cached
    return { part, gold: c.gold, texts: new Map(c.texts), articles: c.articles, sys: { ...c.sys, mentionEntity: new Map(c.sys.mentionEntity), docOf: new Map(c.sys.docOf) } }
  }
  const d = await runPart(part, dataDir, loose)
  mkdirSync(dir, { recursive: true })
  const cached: Cached = { part, gold: d.gold, texts: [...d.texts], articles: d.articles, sys: { ...d.sys, mentionEntity: [...d.sys.mentionEntity], docOf: [...d.sys.docOf] } }
  writeFileSync(file, JSON.stringify(cached))
  return d
}

/**
 * The part coded again by the current coder from its cached parses (`--recode`): the events stage reads only the
 * sentences, tokens, mentions and syntax the cache keeps, so a change of the coder is measured without parsing the
 * parts again (the cache's own events come from the code that built it). Read without the shipped code table, as
 * training reads the candidates. `before` is called before each article is coded (scripts/train-events.ts sets the
 * learned cues of the other folds there).
 */
export function recoded(d: PartData, loose = true, before?: (articleId: string) => void): PartData {
  const articles = d.articles.map((a) => {
    before?.(a.doc.article.id)
    const looseIds = new Set<string>()
    // the proposer's features of every candidate it reads, by cue token and root (the proposer itself is off: its
    // proposals are added out of fold by scripts/train-events-proposer.ts)
    const byCue = new Map<string, string[]>()
    useProposer(null)
    setProposerProbe((from, root, f) => byCue.set(`${from}:${root}`, f))
    const learned = new Map<string, LearnedCue>()
    const extracted = extractEvents(a.doc, { loose, looseIds, learned })
    setProposerProbe(undefined)
    const coded = defaultActorCoder().forDoc(a.doc).codeEvents(extracted)
    const proposer = new Map<string, string[]>()
    for (const e of coded) {
      const f = looseIds.has(e.id) ? undefined : byCue.get(`${tokenAt(a.doc, e.cue.start)}:${e.cameoRoot}`)
      if (f) proposer.set(e.id, f)
    }
    return { doc: a.doc, coded: [...coded], loose: [...looseIds], proposer, learned }
  })
  return { ...d, articles, sys: { ...d.sys, events: articles.flatMap((a) => a.coded) } }
}

/** Score a part with only the kept events (ids), as the evaluation would see them. */
export function scorePart(d: PartData, keep: (e: Event) => boolean): NewsScore {
  return scoreNews(d.gold, { ...d.sys, events: d.sys.events.filter(keep) }, d.texts)
}


/**
 * The parts named by `--parts` (comma-separated), read from `--data` (default ../shared/data) with the loose coder's
 * candidates and coded again by the current code: the input of the table scripts (train-events-attempts, -statements).
 */
export async function* recodedPartsOf(o: Readonly<Record<string, unknown>>): AsyncGenerator<PartData> {
  const parts = String(o['parts'] ?? '').split(',').filter(Boolean) as TrainingPart[]
  const data = typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data')
  // one part at a time: a part's parses are let go before the next is read
  for (const p of parts) yield recoded(await partData(p, data, false, true))
}

/** Rows tallied by a key, most frequent first, the top `top` as "key:n" (or "key:positives/n" when `positive` is given). */
export function tally<R>(rows: readonly R[], key: (r: R) => string, top: number, positive?: (r: R) => boolean): string {
  const m = new Map<string, [number, number]>()
  for (const r of rows) { const c = m.get(key(r)) ?? [0, 0]; c[0]++; if (positive?.(r)) c[1]++; m.set(key(r), c) }
  return [...m].sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1)).slice(0, top)
    .map(([k, [n, p]]) => (positive ? `${k}:${p}/${n}` : `${k}:${n}`)).join(' ')
}
