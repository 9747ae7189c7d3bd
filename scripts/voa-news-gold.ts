/**
 * `npx tsx scripts/voa-news-gold.ts [--part vtune|vtune2|tunes|vtrain|vtrain2|…|trains|vfinal|all] [--json] [--verbose] [--keep]`
 *
 * The VOA news gold (eval-gold/voa-news, docs/voa-news-gold.md): assembles the part's articles
 * (`voaArticles()`, rebuilt from the GMB extract in ../shared/data) with `<id>.txt.meta.json` sidecars (title,
 * outlet) and the part's gold file into a temporary folder, and scores Dossier on it exactly as
 * scripts/real-news-gold.ts does (`dossier eval news`, src/eval/news.ts). The texts never enter the repository.
 *
 * Parts: `vtune` (the 20 even-numbered articles, eval-gold/voa-news/vtune.json) for tuning; `vfinal` (the 20
 * odd-numbered ones, vfinal.json) is the frozen final check: aggregate figures only, never error lines (even
 * with --verbose); `all` reads both files (entity, event and claim ids that occur in both are prefixed by part).
 * `vtune2` (the 40 articles of gmb:8000:40, vtune2.json) is a second tuning part; `tunes` is vtune + vtune2
 * (colliding ids prefixed by part), errors shown as for vtune. `all` stays vtune + vfinal.
 * `vtrain` (gmb:12000:30), `vtrain2` (gmb:34000:30), `vtrain3` (gmb:46000:30), `vtrain4` (gmb:16000:30),
 * `vtrain5` (gmb:24000:30), `vtrain6` (gmb:26000:30), `vtrain7` (gmb:18500:30) and the later ones (VOA_TRAIN_REGIONS) are
 * training parts for learned components; `trains` is every one of them whose gold file is present.
 * A figure on a training part after training on it is not a measure.
 * Default part: vtune.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError } from '../src/model/index.js'
import { parseNewsGold, type NewsGold } from '../src/eval/news-gold.js'
import { evalNews, missingAnchors } from '../src/eval/news.js'
import { VOA_TRAIN_PARTS, VOA_TRAIN_REGIONS, voaArticles, type VoaPart, type VoaTrainPart } from './voa-news-texts.js'
import { runScript, scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
type Merged = 'all' | 'tunes' | 'trains'
export type Selection = VoaPart | Merged
/**
 * The parts a selection may read, in merge order (`all` is vtune + vfinal, unchanged since vtune2 was added);
 * `trains` reads those of its parts whose gold file is present (`presentParts`).
 */
const PARTS_OF: Record<Merged, readonly VoaPart[]> = { all: ['vtune', 'vfinal'], tunes: ['vtune', 'vtune2'], trains: VOA_TRAIN_PARTS }
const SINGLE: readonly VoaPart[] = ['vtune', 'vfinal', 'vtune2', ...VOA_TRAIN_PARTS]
/** Selections whose errors may be shown: the tuning and training parts only. */
const TUNING: ReadonlySet<Selection> = new Set<Selection>([...SINGLE.filter((p) => p !== 'vfinal'), 'tunes', 'trains'])

/** How a VOA part is seen by `eval news`: the tuning part as a tuning part, vfinal as a final check (errors hidden). */
const NEWS_PART: Record<VoaPart, 'dev' | 'final'> = {
  vtune: 'dev', vfinal: 'final', vtune2: 'dev', ...Object.fromEntries(VOA_TRAIN_PARTS.map((p) => [p, 'dev'])) as Record<VoaTrainPart, 'dev'>,
}

function selection(value: string | boolean | undefined): Selection {
  const p = value === undefined ? 'vtune' : value
  if (typeof p === 'string' && ((SINGLE as readonly string[]).includes(p) || p in PARTS_OF)) return p as Selection
  throw new DossierError('E_USAGE', `--part ${String(p)}: unknown part`, { hint: `use --part ${[...SINGLE.filter((x) => x !== 'vfinal'), 'tunes', 'trains', 'vfinal', 'all'].join(', ')}` })
}

const goldPath = (part: VoaPart) => join(root, 'eval-gold', 'voa-news', `${part}.json`)
/** The parts a merged selection reads: all of `all` and `tunes`; of `trains`, those whose gold file exists. */
export function presentParts(sel: Merged): VoaPart[] {
  return sel === 'trains' ? PARTS_OF.trains.filter((p) => existsSync(goldPath(p))) : [...PARTS_OF[sel]]
}

/** The document keys of the training parts, for hints: `gmb-12000-K.txt (vtrain), …`. */
const regionKeys = (): string => VOA_TRAIN_PARTS.map((p) => `gmb-${VOA_TRAIN_REGIONS[p].split(':')[1]}-K.txt (${p})`).join(', ')

const formatError = (file: string, what: string, hint: string) => new DossierError('E_EVAL_FORMAT', `${file}: ${what}`, { hint })

/** Read and check one part's gold file; its documents' parts are mapped to the `eval news` parts. */
export function readVoaGold(part: VoaPart): NewsGold {
  const path = goldPath(part)
  const file = relative(root, path)
  if (!existsSync(path)) {
    throw new DossierError('E_EVAL_FORMAT', `${file} not found`, {
      hint: part === 'vfinal' ? 'the vfinal part is written by its own annotator on another branch; merge it first' : `merge the branch that holds the VOA ${part} gold`,
    })
  }
  let raw: unknown
  try { raw = JSON.parse(readFileSync(path, 'utf8')) } catch (e) {
    throw formatError(file, `not valid JSON (${(e as Error).message})`, 'fix the JSON syntax')
  }
  if (typeof raw !== 'object' || raw === null || typeof (raw as { documents?: unknown }).documents !== 'object') {
    throw formatError(file, 'no "documents" object', 'follow the format of eval-gold/real-news/gold.json (docs/real-news-gold.md)')
  }
  const docs = (raw as { documents: Record<string, unknown> }).documents
  const mapped: Record<string, unknown> = {}
  for (const [key, doc] of Object.entries(docs)) {
    const p = (doc as { part?: unknown } | null)?.part
    if (p !== part) throw formatError(file, `documents.${key}.part is ${JSON.stringify(p)}, expected "${part}"`, 'every document of this file belongs to its part')
    mapped[key] = { ...(doc as object), part: NEWS_PART[part] }
  }
  return parseNewsGold({ ...(raw as object), documents: mapped }, file)
}

/** Prefix with the part every id in `ids` (entity, event, claim) that the other part also uses. */
function prefixIds(g: NewsGold, part: VoaPart, clash: ReadonlySet<string>): NewsGold {
  const id = (x: string) => (clash.has(x) ? `${part}_${x}` : x)
  const ref = (x: string | null) => (x === null ? null : id(x))
  return {
    ...g,
    entities: g.entities.map((e) => ({ ...e, id: id(e.id) })),
    events: g.events.map((e) => ({ ...e, id: id(e.id), actor: ref(e.actor), target: ref(e.target) })),
    claims: g.claims.map((c) => ({ ...c, id: id(c.id), speaker: id(c.speaker), ...(c.about ? { about: id(c.about) } : {}) })),
  }
}

/**
 * Any number of parts in one gold, in the order given; an id used by more than one part is prefixed by its part in
 * each of them, so that no part's roles change meaning.
 */
export function mergeAll(parts: ReadonlyArray<readonly [VoaPart, NewsGold]>): NewsGold {
  const idsOf = (g: NewsGold) => new Set([...g.entities.map((e) => e.id), ...g.events.map((e) => e.id), ...g.claims.map((c) => c.id)])
  const seen = new Set<string>()
  const clash = new Set<string>()
  for (const [, g] of parts) for (const x of idsOf(g)) (seen.has(x) ? clash : seen).add(x)
  const ps = parts.map(([part, g]) => prefixIds(g, part, clash))
  return {
    documents: Object.assign({}, ...ps.map((p) => p.documents)) as NewsGold['documents'],
    entities: ps.flatMap((p) => p.entities),
    events: ps.flatMap((p) => p.events),
    claims: ps.flatMap((p) => p.claims),
  }
}

/** Two parts in one gold (`mergeAll` of the two). */
export function mergeParts(a: NewsGold, b: NewsGold, partA: VoaPart = 'vtune', partB: VoaPart = 'vfinal'): NewsGold {
  return mergeAll([[partA, a], [partB, b]])
}

/** The gold of a selection (one part, or the merged parts of `all`, `tunes`, `trains`): for a trainer or a script. */
export function voaGold(sel: Selection): NewsGold {
  if (sel !== 'all' && sel !== 'tunes' && sel !== 'trains') return readVoaGold(sel)
  return mergeAll(presentParts(sel).map((p) => [p, readVoaGold(p)] as const))
}

/** Write the selected articles, their sidecars and the gold into a fresh folder; return its path. */
export function assembleVoa(sel: Selection): string {
  const gold = voaGold(sel)
  const articles = new Map(voaArticles().map((a) => [a.file, a]))
  const texts = new Map<string, string>()
  for (const [key, doc] of Object.entries(gold.documents)) {
    const a = articles.get(key)
    if (!a) throw formatError(`eval-gold/voa-news (${sel})`, `document ${key} is not an article of scripts/voa-news-texts.ts`, `document keys are gmb-6000-K.txt (vtune, vfinal) or gmb-8000-K.txt (vtune2) for K in 0..39, or for K in 0..29 ${regionKeys()}`)
    if (NEWS_PART[a.part] !== doc.part) throw formatError(`eval-gold/voa-news (${sel})`, `document ${key} belongs to part ${a.part}`, `even-numbered gmb-6000 articles are vtune, odd-numbered vfinal; gmb-8000 articles are vtune2; ${regionKeys()}`)
    texts.set(key, a.text)
  }
  const lost = missingAnchors(gold, texts)
  if (lost.length) {
    const shown = TUNING.has(sel) ? lost.join('; ') : lost.map((l) => l.split(':')[0]).join(', ')
    throw formatError(`eval-gold/voa-news (${sel})`, `${lost.length} anchors or contents not found in their article: ${shown}`, 'an anchor must be copied exactly from the article text (npx tsx scripts/voa-news-texts.ts --out DIR)')
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-voa-gold-'))
  for (const [key, doc] of Object.entries(gold.documents)) {
    const text = texts.get(key)!
    writeFileSync(join(dir, key), text)
    writeFileSync(join(dir, `${key}.meta.json`), JSON.stringify({ title: doc.title ?? text.split('\n')[0], outlet: doc.outlet ?? 'VOA' }))
  }
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold, null, 1))
  return dir
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['part'])
  const sel = selection(o['part'])
  const dir = assembleVoa(sel)
  try {
    // vfinal never shows its errors: `eval news` hides those of documents of its `final` part unless verbose.
    const report = await evalNews(dir, { part: 'all', verbose: o['verbose'] === true && TUNING.has(sel) })
    process.stdout.write(`${report.table.replace(/^real-news gold, part all/, `VOA news gold, part ${sel}`)}\n`)
    if (o['json']) process.stdout.write(`${JSON.stringify({ ...report.metrics, part: sel })}\n`)
    if (o['keep']) process.stdout.write(`folder kept: ${dir}\n`)
  } finally {
    if (!o['keep']) rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runScript(main)
}
