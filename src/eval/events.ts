/**
 * `dossier eval events <records.xml>` — event coding scored on PETRARCH-style
 * validation records (`<Sentence date id>` with `<Text>` and
 * `<EventCoding sourcecode targetcode eventcode>` or `noevents="True"`).
 *
 * Actors are coded with Dossier's shipped actor and agent dictionaries
 * (models/actors); the `actors` option (comma-separated paths) layers a user's
 * PETRARCH/Phoenix dictionaries on top (their actors win ties; their agents, if
 * any, replace the shipped agents), e.g. the toy dictionaries beside the PETRARCH
 * unit-test records. Likewise
 * `verbs`: verb-pattern dictionaries consulted before the shipped cue lexicon,
 * defaulting to `dictionaries/*verbs*` beside the records (`--verbs none` scores
 * the shipped lexicon alone).
 *
 * Scoring (DESIGN.md eval contract): per gold coding, sentences marked noevents
 * excluded from the denominators: rootAccuracy = share with a system event in
 * that sentence with the same 2-digit root; codeAccuracy = same full code;
 * dyadAccuracy = same root and the same source and target codes. precision =
 * system events matching a gold coding of their sentence (same root) ÷ all system
 * events on the file's sentences (noevents sentences included); recall =
 * rootAccuracy; f1 from the two.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { DossierError, hashId } from '../model/index.js'
import type { Article } from '../model/index.js'
import { segmentText } from '../text/segment.js'
import { readPetrarchDictionary, type PetrarchActor } from '../kb/petrarch-actors.js'
import { layeredActorDictionary } from '../kb/shipped-actors.js'
import { createActorMatcher } from '../events/actor-matcher.js'
import { extractEvents } from '../events/extract.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { defaultLexicon, type CueLexicon } from '../events/lexicon.js'
import { parseVerbDictionary } from '../events/verb-dictionary.js'
import type { EvalTask } from './index.js'
import { formatTable } from './report.js'

export interface GoldCoding { readonly source: string; readonly target: string; readonly code: string }
export interface PetrarchRecord {
  readonly id: string
  readonly date?: string
  readonly text: string
  readonly codings: readonly GoldCoding[]
  readonly noEvents: boolean
}

function attr(s: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(s)
  return m ? (m[1] ?? m[2]) : undefined
}

/** Read PETRARCH validation records (XML, comments allowed, not necessarily well-formed). */
export function parsePetrarchRecords(xml: string, file = '<input>'): PetrarchRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '')
  const out: PetrarchRecord[] = []
  const re = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g
  let m: RegExpExecArray | null
  while ((m = re.exec(body)) !== null) {
    const attrs = m[1]!
    const inner = m[2]!
    const textM = /<Text>([\s\S]*?)<\/Text>/.exec(inner)
    if (!textM) continue
    const text = decodeXml(textM[1]!).replace(/\s+/g, ' ').trim()
    const codings: GoldCoding[] = []
    let noEvents = false
    for (const c of inner.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1]!
      if (/noevents\s*=\s*"?true/i.test(a)) { noEvents = true; continue }
      const code = attr(a, 'eventcode')
      if (!code) continue
      codings.push({ source: (attr(a, 'sourcecode') ?? '').toUpperCase(), target: (attr(a, 'targetcode') ?? '').toUpperCase(), code: code.trim() })
    }
    const date = attr(attrs, 'date')
    out.push({ id: attr(attrs, 'id') ?? `record-${out.length + 1}`, ...(date ? { date } : {}), text, codings, noEvents })
  }
  if (out.length === 0) {
    throw new DossierError('E_EVAL_FORMAT', `no <Sentence> records with <Text> found in ${file}`, {
      context: { file }, hint: 'give a PETRARCH records file (e.g. PETR.UnitTest.records.xml)',
    })
  }
  return out
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Actor/agent dictionaries beside the records: `dictionaries/*actors*`, `*agents*`. */
export function defaultDictionaries(recordsPath: string): string[] {
  return besideRecords(recordsPath, /actor|agent/i)
}

/** Verb dictionaries beside the records: `dictionaries/*verbs*`. */
export function defaultVerbDictionaries(recordsPath: string): string[] {
  return besideRecords(recordsPath, /verb/i)
}

function besideRecords(recordsPath: string, re: RegExp): string[] {
  const dir = join(dirname(recordsPath), 'dictionaries')
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f))
}

function pathList(opt: string | boolean | undefined, fallback: () => string[]): string[] {
  if (opt === false || opt === 'none') return []
  return typeof opt === 'string' && opt.trim() !== '' ? opt.split(',').map((s) => s.trim()).filter(Boolean) : fallback()
}

export interface EventsEvalResult {
  readonly metrics: {
    rootAccuracy: number; codeAccuracy: number; dyadAccuracy: number; precision: number; recall: number; f1: number
    sentences: number; goldCodings: number; systemEvents: number; sentencesPerSec: number
  }
  readonly perRecord: Array<{ id: string; gold: GoldCoding[]; system: GoldCoding[] }>
}

/** Code every record and score it. */
export async function scoreEvents(records: readonly PetrarchRecord[], dictionaries: readonly PetrarchActor[], lexicon: CueLexicon = defaultLexicon): Promise<EventsEvalResult> {
  const matcher = createActorMatcher(dictionaries)
  let gold = 0, rootHit = 0, codeHit = 0, dyadHit = 0, sys = 0, sysHit = 0
  const perRecord: EventsEvalResult['perRecord'] = []
  const t0 = performance.now()
  for (const r of records) {
    const id = hashId('article', r.id, r.text)
    const { sentences, tokens } = segmentText(r.text)
    const date = r.date ? `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}` : undefined
    const article: Article = { id, text: r.text, contentHash: id, boilerplate: [], ...(date ? { published: date } : {}) }
    const { mentions, codes } = matcher.match(id, r.text, tokens, r.date)
    // the coder reads clauses: parse the record as the pipeline would (syntax.parser.v2)
    const doc = await syntaxStage.run({ article, sentences, tokens, mentions }, { resources: {} })
    const events = extractEvents(doc, { actorCodes: codes, lexicon })
    // a dictionary code naming several actors ("FRO/BIL/SAM") stands for each of them
    const split = (c: string) => (c.includes('/') ? c.split('/') : [c])
    const system: GoldCoding[] = events.flatMap((e) => {
      const source = e.actor?.mentionId ? (codes.get(e.actor.mentionId) ?? '') : ''
      const target = e.target?.mentionId ? (codes.get(e.target.mentionId) ?? '') : ''
      return split(source).flatMap((s) => split(target).map((t) => ({ source: s, target: t, code: e.cameo })))
    })
    perRecord.push({ id: r.id, gold: [...r.codings], system })
    sys += system.length
    const goldHere = r.noEvents ? [] : r.codings
    for (const s of system) if (goldHere.some((g) => g.code.slice(0, 2) === s.code.slice(0, 2))) sysHit++
    if (r.noEvents) continue
    for (const g of r.codings) {
      gold++
      if (system.some((s) => s.code.slice(0, 2) === g.code.slice(0, 2))) rootHit++
      if (system.some((s) => s.code === g.code)) codeHit++
      if (system.some((s) => s.code.slice(0, 2) === g.code.slice(0, 2) && s.source === g.source && s.target === g.target)) dyadHit++
    }
  }
  const secs = (performance.now() - t0) / 1000
  const rootAccuracy = gold === 0 ? 0 : rootHit / gold
  const precision = sys === 0 ? 0 : sysHit / sys
  // recall is rootAccuracy (gold codings found), so F1 combines it with precision directly
  const f = precision + rootAccuracy === 0 ? 0 : (2 * precision * rootAccuracy) / (precision + rootAccuracy)
  return {
    metrics: {
      rootAccuracy, codeAccuracy: gold === 0 ? 0 : codeHit / gold, dyadAccuracy: gold === 0 ? 0 : dyadHit / gold,
      precision, recall: rootAccuracy, f1: f, sentences: records.length, goldCodings: gold, systemEvents: sys,
      sentencesPerSec: secs > 0 ? records.length / secs : 0,
    },
    perRecord,
  }
}

export const evalEvents: EvalTask = async (path, options) => {
  if (!existsSync(path)) {
    throw new DossierError('E_INPUT_MISSING', `records file ${path} does not exist`, { context: { path }, hint: 'give the path of a PETRARCH records XML file' })
  }
  const xml = readFileSync(path, 'utf8')
  const records = parsePetrarchRecords(xml, path)
  const paths = pathList(options['actors'], () => [])
  const verbPaths = pathList(options['verbs'], () => defaultVerbDictionaries(path))
  const dictionaries = layeredActorDictionary(paths.flatMap((p) => readPetrarchDictionary(p)))
  const lexicon = verbPaths.length === 0 ? defaultLexicon : defaultLexicon.with(...verbPaths.map((p) => parseVerbDictionary(readFileSync(p, 'utf8'))))
  const { metrics } = await scoreEvents(records, dictionaries, lexicon)
  const table = formatTable(['metric', 'value'], [
    ['records', basename(path)],
    ['actor dictionaries', [...paths.map((p) => basename(p)), 'shipped'].join(' + ')],
    ['verb dictionaries', verbPaths.map((p) => basename(p)).join(', ') || '(shipped lexicon only)'],
    ['sentences', metrics.sentences],
    ['gold codings', metrics.goldCodings],
    ['system events', metrics.systemEvents],
    ['root accuracy', metrics.rootAccuracy],
    ['code accuracy', metrics.codeAccuracy],
    ['dyad accuracy', metrics.dyadAccuracy],
    ['precision', metrics.precision],
    ['recall', metrics.recall],
    ['f1', metrics.f1],
    ['sentences/s', Math.round(metrics.sentencesPerSec)],
  ])
  return { task: 'events', metrics, table }
}
