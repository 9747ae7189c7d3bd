/**
 * `dossier actors import`: a user's actor dictionary (PETRARCH/Phoenix actor
 * format, FollowTheMoney entities as JSON lines, or Dossier's own
 * `{actors: [...]}` JSON) extends the curated knowledge base of a store.
 * @module
 */
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { curatedActors, kbActorsFromPetrarch, parseKb, type KbActor } from '../kb/actors.js'
import { parseFtmEntities } from '../kb/ftm.js'
import { parsePetrarchDictionaryLenient } from '../kb/petrarch-actors.js'
import { DossierError, InvalidData } from '../model/index.js'
import type { Store } from '../store/index.js'
import { aggregate } from './aggregate.js'

export interface ActorImport {
  readonly format: 'petrarch' | 'ftm' | 'dossier'
  readonly actors: readonly KbActor[]
  /** Lines that could not be read (`file:line: why`); the rest was imported. */
  readonly issues: readonly string[]
  /** Entries read from the file (dictionary entries, entities or actors), and of those agents (roles, not actors). */
  readonly entries: number
  readonly agents: number
}

export interface ActorImportOptions {
  /** Refuse the whole file when any line is malformed (listing every one), instead of skipping those lines. */
  readonly strict?: boolean
}

/** Read an actor file, recognising its format from its content. */
export function readActorFile(path: string, opts: ActorImportOptions = {}): ActorImport {
  let text: string
  try {
    const bytes = readFileSync(path)
    text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `${path}: cannot read actor file`, { cause: e, context: { path }, hint: 'check the path' })
  }
  const head = text.trimStart()
  if (head.startsWith('{')) {
    // one JSON document ({"actors": [...]}, pretty-printed or not), else JSON lines of FtM entities
    let whole: unknown
    try { whole = JSON.parse(text) } catch { whole = undefined }
    if (whole !== undefined && typeof whole === 'object' && whole !== null && 'actors' in whole) {
      const actors = parseKb(whole, path, new Set(curatedActors().map((a) => a.id)))
      return { format: 'dossier', actors, issues: [], entries: actors.length, agents: 0 }
    }
    const r = parseFtmEntities(text, path)
    strictOrWarn(r.issues, path, opts)
    return { format: 'ftm', actors: r.actors, issues: r.issues, entries: r.actors.length + r.issues.length, agents: 0 }
  }
  if (['.jsonl', '.ndjson', '.ftm', '.json'].includes(extname(path.replace(/\.gz$/, '')).toLowerCase())) {
    throw new DossierError('E_INVALID_DATA', `${path}: ${jsonShape(text)}`, { context: { path }, hint: 'expected {"actors": [...]} or FtM entities as JSON lines' })
  }
  // lenient: real Phoenix files carry a few malformed lines; they are reported and the rest imported
  const { entries, issues } = parsePetrarchDictionaryLenient(text, path)
  strictOrWarn(issues, path, opts)
  const agents = entries.filter((e) => e.kind === 'agent').length
  return { format: 'petrarch', actors: kbActorsFromPetrarch(entries, path), issues, entries: entries.length, agents }
}

/** What a .json actor file that is not {"actors": [...]} holds: a parse error, or valid JSON of another shape. */
function jsonShape(text: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    return `not JSON (${e instanceof Error ? e.message : String(e)})`
  }
  return Array.isArray(parsed) ? 'a JSON array, not an object {"actors": [...]}: put the list under "actors"' : `JSON ${parsed === null ? 'null' : typeof parsed}, not an object {"actors": [...]}`
}

function strictOrWarn(issues: readonly string[], path: string, opts: ActorImportOptions): void {
  if (!opts.strict || issues.length === 0) return
  throw new InvalidData(`${issues.length} malformed line(s) in ${path}; nothing imported (--strict)`, { lines: [...issues] }, {
    context: { path }, hint: `fix the lines listed (${issues.slice(0, 3).join('; ')}${issues.length > 3 ? '; …' : ''}), or import without --strict to skip them`,
  })
}

/**
 * Import actors into the store and re-resolve what is already there against them. An agent
 * dictionary (police → COP) holds roles, not actors: it is read and checked, and adds nothing
 * to the knowledge base (the shipped agents code roles; `dossier eval events --actors` takes
 * agent files).
 */
export async function importActors(store: Store, path: string, opts: ActorImportOptions = {}): Promise<ActorImport & { entities: number }> {
  const r = readActorFile(path, opts)
  if (r.actors.length === 0 && r.agents > 0) return { ...r, entities: 0 }
  if (r.actors.length === 0) {
    throw new DossierError('E_INVALID_DATA', `${path}: no actors found${r.issues[0] ? ` (${r.issues[0]}${r.issues.length > 1 ? `, and ${r.issues.length - 1} more` : ''})` : ''}`, {
      hint: 'expected a PETRARCH/Phoenix actor dictionary, FtM entities (JSON lines) or {"actors": [...]}',
    })
  }
  await store.saveActors(r.actors)
  // new actors can make a name ambiguous, which changes how its occurrences are signed: sign every article again
  const summary = (await store.countArticles()) > 0 ? await aggregate(store, { full: true }) : undefined
  return { ...r, entities: summary?.entities ?? 0 }
}
