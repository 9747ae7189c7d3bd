/**
 * `npx tsx scripts/attribution-news.ts --parts P[,P…] [--build] [--errors] [--cache DIR]`
 *
 * Claims on the news golds measured from one cache of the stages before claims: `--build` runs Dossier's pipeline on
 * each part (VOA parts as `npm run eval:voa`, press-release parts dev, dev2, tune, train as scripts/real-news-gold.ts)
 * and keeps, per article, the document the claims stage receives plus the system output without claims; without it,
 * the claims of every cached document are extracted again by the current code (`extractClaims`) and scored with
 * `scoreNews`, so a change in src/claims is measured in seconds and start and end code read the same parses. Prints one
 * line per part and a pooled JSON line (claim recall, source precision, source + verb recall, stance, non-speaker
 * sources); `--errors` prints the claim error lines of each article (tuning and training parts only: the frozen parts and
 * the held-out check groups of scripts/held-out-parts.ts are refused). Cache: `--cache DIR`, else
 * `$TMPDIR/dossier-claims-news-cache`.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError, type AnnotatedDoc, type Claim } from '../src/model/index.js'
import { extractClaims } from '../src/claims/extract.js'
import { readNewsGold, type NewsGold } from '../src/eval/news-gold.js'
import { scoreNews } from '../src/eval/news.js'
import { runOnFolder, type SystemOutput } from '../src/eval/seeds.js'
import { registerStage } from '../src/pipeline/registry.js'
import { claimsStage } from '../src/pipeline/stages/claims.js'
import { placesFor } from '../src/pipeline/stages/places.js'
import { assemble } from './real-news-gold.js'
import { assembleVoa } from './voa-news-gold.js'
import { VOA_TRAIN_PARTS } from './voa-news-texts.js'
import { HELD_OUT_PARTS } from './held-out-parts.js'
import { runScript, scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PRESS = ['dev', 'dev2', 'tune', 'train'] as const
type Part = string

interface Cached {
  readonly part: Part
  readonly gold: NewsGold
  readonly texts: [string, string][]
  readonly sys: Omit<SystemOutput, 'mentionEntity' | 'docOf' | 'claims'> & { mentionEntity: [string, string][]; docOf: [string, string][] }
  readonly docs: AnnotatedDoc[]
}

function checkPart(p: Part): void {
  const known = (PRESS as readonly string[]).includes(p) || p === 'vtune' || p === 'vtune2' || (VOA_TRAIN_PARTS as readonly string[]).includes(p)
  if (!known || HELD_OUT_PARTS.has(p)) throw new DossierError('E_USAGE', `--parts ${p}: not a part this script reads`, { hint: `use ${PRESS.join(', ')}, vtune, vtune2 or a vtrain part outside the held-out ones` })
}

/** Run the pipeline on one part, keeping the document the claims stage receives. */
async function build(part: Part, dataDir: string): Promise<Cached> {
  const docs: AnnotatedDoc[] = []
  registerStage({ ...claimsStage, run(doc, ctx) { docs.push(doc); return claimsStage.run(doc, ctx) } }, { replace: true })
  const dir = (PRESS as readonly string[]).includes(part) ? assemble(part as (typeof PRESS)[number], dataDir) : assembleVoa(part as Parameters<typeof assembleVoa>[0])
  try {
    const { claims: _claims, ...sys } = await runOnFolder(dir)
    const gold = readNewsGold(dir)
    const texts = Object.keys(gold.documents).map((k) => [k, readFileSync(join(dir, k), 'utf8')] as [string, string])
    return { part, gold, texts, docs, sys: { ...sys, mentionEntity: [...sys.mentionEntity], docOf: [...sys.docOf] } }
  } finally {
    registerStage(claimsStage, { replace: true })
    rmSync(dir, { recursive: true, force: true })
  }
}

interface Counts { gold: number; system: number; located: number; rightSource: number; sourceVerb: number; stance: number; nonSpeakers: number }

/** Score the cached part with claims extracted again by the current code. */
function score(c: Cached, errors: boolean): Counts {
  // the places stage again (cheap, and a cache built before places.gazetteer.v3 lacks `capitalOf`)
  const claims: Claim[] = c.docs.flatMap((d) => extractClaims(d.mentions ? { ...d, places: placesFor(d.mentions) } : d))
  const sys: SystemOutput = { ...c.sys, claims, mentionEntity: new Map(c.sys.mentionEntity), docOf: new Map(c.sys.docOf) }
  const s = scoreNews(c.gold, sys, new Map(c.texts))
  const m = s.metrics
  const n = (k: string) => m[k] ?? 0
  const located = Math.round(n('claimRecall') * n('goldClaims'))
  const out: Counts = {
    gold: n('goldClaims'), system: n('systemClaims'), located, rightSource: Math.round(n('sourcePrecision') * n('systemClaims')),
    sourceVerb: Math.round(n('sourceAndVerbRecall') * n('goldClaims')), stance: Math.round(n('stanceAccuracy') * located), nonSpeakers: n('nonSpeakerSources'),
  }
  if (errors) {
    const claimLine = /^(missing claim|wrong claim|non-speaker|claim on no gold|position)/
    for (const [doc, lines] of s.details) {
      const ls = lines.filter((l) => claimLine.test(l))
      if (ls.length) process.stdout.write(`${c.part} ${doc}\n  ${ls.join('\n  ')}\n`)
    }
  }
  return out
}

const r3 = (x: number) => Math.round(x * 1000) / 1000
function figures(k: Counts): Record<string, number> {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : r3(a / b))
  return { claimRecall: ratio(k.located, k.gold), sourcePrecision: ratio(k.rightSource, k.system), sourceAndVerbRecall: ratio(k.sourceVerb, k.gold), stanceAccuracy: ratio(k.stance, k.located), nonSpeakerSources: k.nonSpeakers, goldClaims: k.gold, systemClaims: k.system }
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'cache', 'data'])
  const parts = String(o['parts'] ?? '').split(',').filter(Boolean)
  if (parts.length === 0) throw new DossierError('E_USAGE', 'no --parts', { hint: 'e.g. --parts vtune,vtrain5,dev' })
  parts.forEach(checkPart)
  const cacheDir = typeof o['cache'] === 'string' ? resolve(o['cache']) : join(tmpdir(), 'dossier-claims-news-cache')
  const dataDir = typeof o['data'] === 'string' ? resolve(o['data']) : join(root, '..', 'shared', 'data')
  mkdirSync(cacheDir, { recursive: true })
  const total: Counts = { gold: 0, system: 0, located: 0, rightSource: 0, sourceVerb: 0, stance: 0, nonSpeakers: 0 }
  for (const part of parts) {
    const file = join(cacheDir, `${part}.json`)
    if (o['build'] === true || !existsSync(file)) {
      process.stderr.write(`building ${part} …\n`)
      writeFileSync(file, JSON.stringify(await build(part, dataDir)))
    }
    const k = score(JSON.parse(readFileSync(file, 'utf8')) as Cached, o['errors'] === true)
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += k[key]
    process.stdout.write(`${part} ${JSON.stringify(figures(k))}\n`)
  }
  process.stdout.write(`${JSON.stringify({ parts: parts.join(','), ...figures(total) })}\n`)
}

runScript(main)
