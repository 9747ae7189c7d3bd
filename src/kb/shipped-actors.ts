/**
 * Dossier's shipped actor and agent dictionaries (models/actors/dictionaries.json.gz):
 * the Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) plus the
 * curated knowledge base, with a CAMEO code (country + sector, date-bounded roles)
 * for every actor. Built by `npm run build:actors`; read lazily, once per process.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { DossierError } from '../model/index.js'
import { decodeActorDictionaryFile } from './actor-dictionary-file.js'
import type { PetrarchActor } from './petrarch-actors.js'

/** models/actors/ at the repository root (two levels above src/kb and dist/kb). */
export const SHIPPED_ACTORS_URL = new URL('../../models/actors/dictionaries.json.gz', import.meta.url)

let cache: PetrarchActor[] | undefined

/** The shipped actors and agents, in dictionary order (curated actors first, so they win ties). */
export function shippedActorDictionary(): readonly PetrarchActor[] {
  cache ??= readShipped(fileURLToPath(SHIPPED_ACTORS_URL))
  return cache
}

function readShipped(file: string): PetrarchActor[] {
  let data: unknown
  try {
    data = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `cannot read the shipped actor dictionaries ${file}`, {
      cause: e, context: { file }, hint: 'rebuild them with `npm run build:actors` (needs ../shared/data) or restore models/actors/ from git',
    })
  }
  return decodeActorDictionaryFile(data, 'models/actors/dictionaries.json.gz')
}

/**
 * A user's dictionaries layered over the shipped ones: the user's actors first (they win
 * ties), then the shipped actors. Agents are a vocabulary, read from one file as PETRARCH
 * does: a user's agent dictionary replaces the shipped agents, else the shipped agents apply.
 */
export function layeredActorDictionary(user: readonly PetrarchActor[]): PetrarchActor[] {
  const shipped = shippedActorDictionary()
  const userAgents = user.some((e) => e.kind === 'agent')
  return [...user, ...shipped.filter((e) => e.kind === 'actor' || !userAgents)]
}
