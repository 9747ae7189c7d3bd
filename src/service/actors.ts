/**
 * `dossier actors import`: a user's actor dictionary (PETRARCH/Phoenix actor
 * format, FollowTheMoney entities as JSON lines, or Dossier's own
 * `{actors: [...]}` JSON) extends the curated knowledge base of a store.
 * @module
 */
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { kbActorsFromPetrarch, parseKb, type KbActor } from '../kb/actors.js'
import { parseFtmEntities } from '../kb/ftm.js'
import { parsePetrarchDictionaryLenient } from '../kb/petrarch-actors.js'
import { DossierError } from '../model/index.js'
import type { Store } from '../store/index.js'
import { aggregate } from './aggregate.js'

export interface ActorImport {
  readonly format: 'petrarch' | 'ftm' | 'dossier'
  readonly actors: readonly KbActor[]
  /** Lines that could not be read (`line N: why`); the rest was imported. */
  readonly issues: readonly string[]
}

/** Read an actor file, recognising its format from its content. */
export function readActorFile(path: string): ActorImport {
  let text: string
  try {
    const bytes = readFileSync(path)
    text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `${path}: cannot read actor file`, { cause: e, context: { path }, hint: 'check the path' })
  }
  const head = text.trimStart()
  if (head.startsWith('{') && /"actors"\s*:/.test(head.slice(0, 2000)) && !/\n\s*\{/.test(head.trimEnd())) {
    return { format: 'dossier', actors: parseKb(JSON.parse(text), path), issues: [] }
  }
  if (head.startsWith('{') || ['.jsonl', '.ndjson', '.ftm'].includes(extname(path.replace(/\.gz$/, '')).toLowerCase())) {
    const r = parseFtmEntities(text, path)
    return { format: 'ftm', actors: r.actors, issues: r.issues }
  }
  // lenient: real Phoenix files carry a few malformed lines; they are reported and the rest imported
  const { entries, issues } = parsePetrarchDictionaryLenient(text, path)
  return { format: 'petrarch', actors: kbActorsFromPetrarch(entries, path), issues }
}

/** Import actors into the store and re-resolve what is already there against them. */
export async function importActors(store: Store, path: string): Promise<ActorImport & { entities: number }> {
  const r = readActorFile(path)
  if (r.actors.length === 0) {
    throw new DossierError('E_INVALID_DATA', `${path}: no actors found`, {
      hint: 'expected a PETRARCH/Phoenix actor dictionary, FtM entities (JSON lines) or {"actors": [...]}',
    })
  }
  await store.saveActors(r.actors)
  const summary = (await store.countArticles()) > 0 ? await aggregate(store) : undefined
  return { ...r, entities: summary?.entities ?? 0 }
}
