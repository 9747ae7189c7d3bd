/**
 * The curated actor knowledge base (`actors.json`, written by us from public
 * facts) and the actors users import (PETRARCH dictionaries, FtM entities).
 *
 * A `KbActor` is an actor resolution can link mentions to: a canonical name,
 * aliases in the spellings news use, structure (part_of, member_of,
 * leader_of) and the context words that tell apart actors sharing a name
 * (the Gaza and the Syrian "Army of Islam").
 * @module
 */
import { z } from 'zod'
import { InvalidData } from '../model/index.js'
import curated from './actors.json' with { type: 'json' }

export const KbActor = z.object({
  /** Stable id: snake_case for curated actors, `ftm:<id>` / `petrarch:<code>` for imported ones. */
  id: z.string().min(1),
  type: z.enum(['PER', 'ORG', 'LOC']),
  /** armed_group, government, agency, armed_forces, intergovernmental, country, territory, region, city, person… */
  kind: z.string().default('actor'),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  part_of: z.array(z.string()).default([]),
  member_of: z.array(z.string()).default([]),
  leader_of: z.array(z.string()).default([]),
  /** Role of a person in the groups of member_of / leader_of. */
  role: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  /** KB id of the country the actor belongs to. */
  country: z.string().optional(),
  /** Places where the actor operates (names). */
  region: z.array(z.string()).default([]),
  /** Words whose presence in an article points to this actor when its name is ambiguous. */
  context: z.array(z.string()).default([]),
  /** Modifiers a nominal mention may use for this actor ("Salafist", "ruling", "coastal"). */
  descriptors: z.array(z.string()).default([]),
  /** Head nouns of nominal mentions ("group", "movement", "enclave"). */
  nominal_heads: z.array(z.string()).default([]),
  /** Nominals that refer to the actor with no further modifier ("the enclave" → Gaza Strip). */
  bare_nominals: z.array(z.string()).default([]),
  /** Countries: the adjective / people ("Egyptian" → "the Egyptians"). */
  demonym: z.string().optional(),
  /**
   * CAMEO actor code(s) when the build of the shipped dictionaries should not derive them:
   * `IMGMUSISI`, or dated roles `SYRGOV@20000717-20241208;SYRELI` (YYYYMMDD bounds).
   */
  cameo: z.string().optional(),
  notes: z.string().optional(),
  /** Where the entry came from: `curated`, or the imported file. */
  source: z.string().default('curated'),
})
export type KbActor = z.infer<typeof KbActor>
export type KbActorInput = z.input<typeof KbActor>

const KbFile = z.object({ version: z.number().optional(), actors: z.array(z.unknown()) })

/** Validate a list of actors, collecting every issue before throwing. Also checks that links point to known ids. */
export function parseKb(data: unknown, source = '<input>', known: ReadonlySet<string> = new Set()): KbActor[] {
  const file = KbFile.safeParse(data)
  if (!file.success) {
    throw new InvalidData(`actor knowledge base ${source} is not {actors: [...]}`, { file: file.error.issues.map((i) => i.message) }, {
      context: { source }, hint: 'the file must be a JSON object with an "actors" array',
    })
  }
  const issues: Record<string, string[]> = {}
  const actors: KbActor[] = []
  file.data.actors.forEach((raw, i) => {
    const r = KbActor.safeParse(raw)
    if (r.success) actors.push(r.data)
    else issues[`actors[${i}]`] = r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`)
  })
  const ids = new Set([...known, ...actors.map((a) => a.id)])
  const seen = new Set<string>()
  for (const a of actors) {
    if (seen.has(a.id)) (issues[a.id] ??= []).push('duplicate id')
    seen.add(a.id)
    for (const ref of [...a.part_of, ...a.member_of, ...a.leader_of]) {
      if (!ids.has(ref)) (issues[a.id] ??= []).push(`links to unknown actor "${ref}"`)
    }
  }
  if (Object.keys(issues).length > 0) {
    throw new InvalidData(`actor knowledge base ${source} has ${Object.keys(issues).length} invalid entries`, issues, {
      context: { source }, hint: 'fix the listed entries; every link must name an actor id in the knowledge base',
    })
  }
  return actors
}

let curatedCache: KbActor[] | undefined

/** The curated knowledge base shipped with Dossier (validated once). */
export function curatedActors(): KbActor[] {
  curatedCache ??= parseKb(curated, 'src/kb/actors.json')
  return curatedCache
}

/**
 * Merge user actors into a base knowledge base. A user actor with the id of a
 * base actor replaces it; others are added.
 */
export function mergeKb(base: readonly KbActor[], extra: readonly KbActor[]): KbActor[] {
  const byId = new Map(base.map((a) => [a.id, a]))
  for (const a of extra) byId.set(a.id, a)
  return [...byId.values()]
}

/** Minimal shape of a PETRARCH/Phoenix dictionary entry (see petrarch-actors.ts). */
export interface PetrarchLikeActor {
  readonly code: string
  readonly names: readonly string[]
  readonly kind?: 'actor' | 'agent'
  /** Dated codes: an entry with any is a person holding offices (CountryInfo leaders). */
  readonly codes?: ReadonlyArray<{ readonly code: string; readonly from?: string; readonly to?: string }>
}

/** "ISLAMIC_RESISTANCE_MOVEMENT" / "HAMAS" → "Islamic Resistance Movement" / "Hamas" (acronyms kept). */
export function titleCaseDictionaryName(name: string): string {
  const words = name.replace(/_/g, ' ').trim().split(/\s+/)
  const small = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el'])
  return words.map((w, i) => {
    const lw = w.toLowerCase()
    if (w.length <= 3 && !/[AEIOU]/.test(w) && /^[A-Z]+$/.test(w)) return w // ISIL-like consonant acronyms stay upper case
    if (i > 0 && small.has(lw)) return lw
    return lw.split('-').map((p) => (small.has(p) && i > 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('-')
  }).join(' ')
}

const isDated = (e: PetrarchLikeActor) => (e.codes ?? []).some((c) => c.from !== undefined || c.to !== undefined)

/**
 * Convert PETRARCH/Phoenix actor entries to KB actors. Entries with dated codes are persons
 * (the CountryInfo office holders): one PER actor each, carrying their dated codes in `cameo`,
 * so two ministers with the same code stay two people. Other entries are grouped by code (the
 * names of one country, one army, one party): a bare country code becomes a LOC country, the
 * rest ORG. Agents are skipped: they are roles, not actors.
 */
export function kbActorsFromPetrarch(entries: readonly PetrarchLikeActor[], source: string): KbActor[] {
  const byId = new Map<string, { names: string[]; person?: PetrarchLikeActor }>()
  for (const e of entries) {
    if (e.kind === 'agent' || e.code === '' || e.names.length === 0) continue
    const person = isDated(e)
    const id = person ? `petrarch:${e.code}:${e.names[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}` : `petrarch:${e.code}`
    const slot = byId.get(id) ?? (person ? { names: [], person: e } : { names: [] })
    slot.names.push(...e.names.map(titleCaseDictionaryName))
    byId.set(id, slot)
  }
  const out: KbActor[] = []
  for (const [id, { names, person }] of [...byId.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const unique = [...new Set(names)]
    const code = person?.code ?? id.slice('petrarch:'.length)
    const isCountry = !person && /^[A-Z]{3}$/.test(code)
    const cameo = person ? (person.codes ?? []).map((c) => (c.from || c.to ? `${c.code}@${c.from ?? ''}-${c.to ?? ''}` : c.code)).join(';') : code
    out.push(KbActor.parse({
      id, type: person ? 'PER' : isCountry ? 'LOC' : 'ORG', kind: person ? 'person' : isCountry ? 'country' : 'actor',
      name: unique[0]!, aliases: unique, source, cameo, notes: `PETRARCH code ${person ? cameo : code}`,
    }))
  }
  return out
}
