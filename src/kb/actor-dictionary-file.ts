/**
 * The compact file format of Dossier's shipped actor and agent dictionaries
 * (models/actors/dictionaries.json.gz, built by scripts/build-actor-dictionaries.ts).
 *
 * One line of text per entry, so the file stays small and diffs stay readable:
 * `NAME|NAME…<TAB>CODES`. A name is its words joined by `_`; a trailing `_` means
 * the last word must match exactly (as in PETRARCH files); a leading `^` asks for
 * a capital letter in the text ("Turkey", not "turkey"), a leading `=` for capitals
 * throughout ("IS", not "is"). CODES is `;`-separated: `AFGGOV@20011001-20050420`
 * (inclusive YYYYMMDD bounds, either side may be empty), `AFGELI` (undated).
 * Agents carry one code with its position: `~COP` (after the actor's code) or
 * `NGO~` (before it).
 * @module
 */
import { InvalidData } from '../model/index.js'
import type { DatedCode, DictionaryTerm, PetrarchActor } from './petrarch-actors.js'

export interface ActorDictionaryFile {
  readonly about: string
  readonly version: number
  readonly actors: readonly string[]
  readonly agents: readonly string[]
}

/** Encode one term: words, exact marker, case marker. */
export function encodeTerm(t: DictionaryTerm): string {
  const mark = t.cased === 'upper' ? '=' : t.cased === 'name' ? '^' : ''
  return `${mark}${t.words.join('_')}${t.exact ? '_' : ''}`
}

function decodeTerm(s: string): DictionaryTerm | undefined {
  const cased = s.startsWith('=') ? 'upper' as const : s.startsWith('^') ? 'name' as const : undefined
  const body = cased ? s.slice(1) : s
  const exact = body.endsWith('_')
  const words = body.replace(/_+$/, '').split('_').filter(Boolean)
  if (words.length === 0) return undefined
  return { words, exact, ...(cased ? { cased } : {}) }
}

function encodeCode(c: DatedCode): string {
  return c.from === undefined && c.to === undefined ? c.code : `${c.code}@${c.from ?? ''}-${c.to ?? ''}`
}

function decodeCode(s: string): DatedCode | undefined {
  const m = /^([A-Z0-9/+-]*)(?:@(\d{8})?-(\d{8})?)?$/.exec(s)
  if (!m) return undefined
  return { code: m[1]!, ...(m[2] ? { from: m[2] } : {}), ...(m[3] ? { to: m[3] } : {}) }
}

/** One actor or agent as a line of the file. */
export function encodeEntry(e: PetrarchActor): string {
  const names = e.terms.map(encodeTerm).join('|')
  if (e.kind === 'agent') return `${names}\t${e.agentPosition === 'prefix' ? `${e.code}~` : `~${e.code}`}`
  return `${names}\t${e.codes.map(encodeCode).join(';')}`
}

/** Read one line back; undefined when it is not an entry. */
export function decodeEntry(line: string, kind: 'actor' | 'agent', source: string): PetrarchActor | undefined {
  const tab = line.indexOf('\t')
  if (tab <= 0) return undefined
  const terms = line.slice(0, tab).split('|').map(decodeTerm).filter((t): t is DictionaryTerm => t !== undefined)
  const codeText = line.slice(tab + 1)
  if (terms.length === 0) return undefined
  const names = terms.map((t) => t.words.join(' '))
  if (kind === 'agent') {
    const prefix = codeText.endsWith('~')
    const code = codeText.replace(/~/g, '')
    return { code, codes: [{ code }], names, terms, kind, agentPosition: prefix ? 'prefix' : 'suffix', source }
  }
  const codes = codeText.split(';').map(decodeCode).filter((c): c is DatedCode => c !== undefined)
  if (codes.length === 0) return undefined
  const undated = codes.find((c) => c.from === undefined && c.to === undefined)
  return { code: (undated ?? codes[codes.length - 1]!).code, codes, names, terms, kind, source }
}

/** Decode a whole file (already gunzipped and parsed as JSON). */
export function decodeActorDictionaryFile(data: unknown, file: string): PetrarchActor[] {
  const d = data as Partial<ActorDictionaryFile> | undefined
  if (!d || !Array.isArray(d.actors) || !Array.isArray(d.agents)) {
    throw new InvalidData(`${file} is not an actor dictionary file`, { file: ['expected {actors: [...], agents: [...]}'] }, {
      context: { file }, hint: 'rebuild it with `npm run build:actors` (needs ../shared/data) or restore models/actors/ from git',
    })
  }
  const out: PetrarchActor[] = []
  d.actors.forEach((line, i) => { const e = decodeEntry(line, 'actor', `${file}#actors[${i}]`); if (e) out.push(e) })
  d.agents.forEach((line, i) => { const e = decodeEntry(line, 'agent', `${file}#agents[${i}]`); if (e) out.push(e) })
  return out
}
