/**
 * FollowTheMoney entities (JSON lines, as exported by OpenSanctions, Aleph and
 * `ftm` tools) → KB actors.
 *
 * Persons become PER actors, organisations ORG; names come from `name`,
 * `alias`, `weakAlias` and `previousName`. Membership, Directorship,
 * Employment and Representation entities become member_of / leader_of links
 * (with `role`). Other schemata (addresses, vessels, sanctions…) are skipped
 * and counted.
 * @module
 */
import { KbActor } from './actors.js'

const PERSON = new Set(['Person'])
const ORGANISATION = new Set(['Organization', 'Company', 'LegalEntity', 'PublicBody', 'Airline'])
const PLACE = new Set(['Address'])
/** Link schemata: [member property, organisation property, leads?] */
const LINKS: Record<string, readonly [string, string, boolean]> = {
  Membership: ['member', 'organization', false],
  Employment: ['employee', 'employer', false],
  Directorship: ['director', 'organization', true],
  Representation: ['agent', 'client', false],
}
const LEADER_ROLE = /\b(leader|head|chief|chair(man|woman|person)?|president|director|commander|emir|founder|secretary[- ]general)\b/i

export interface FtmImport {
  readonly actors: KbActor[]
  /** Lines that could not be read, as `line N: why`. */
  readonly issues: string[]
  /** Entities of schemata that are not actors (counted, not imported). */
  readonly skipped: number
}

interface FtmEntity {
  id: string
  schema: string
  properties: Record<string, unknown>
}

function strings(props: Record<string, unknown>, key: string): string[] {
  const v = props[key]
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : []
}

/** Parse FtM JSON lines. Bad lines are reported in `issues`; the rest is imported. */
export function parseFtmEntities(text: string, source = '<input>'): FtmImport {
  const issues: string[] = []
  const entities: FtmEntity[] = []
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    let raw: unknown
    try {
      raw = JSON.parse(line)
    } catch (e) {
      issues.push(`line ${i + 1}: not JSON (${e instanceof Error ? e.message : String(e)})`)
      return
    }
    const o = raw as Record<string, unknown>
    if (typeof o !== 'object' || o === null || typeof o['id'] !== 'string' || typeof o['schema'] !== 'string') {
      issues.push(`line ${i + 1}: an FtM entity needs "id" and "schema"`)
      return
    }
    const props = typeof o['properties'] === 'object' && o['properties'] !== null ? o['properties'] as Record<string, unknown> : {}
    entities.push({ id: o['id'], schema: o['schema'], properties: props })
  })

  const actors = new Map<string, KbActor>()
  let skipped = 0
  for (const e of entities) {
    const type = PERSON.has(e.schema) ? 'PER' : ORGANISATION.has(e.schema) ? 'ORG' : PLACE.has(e.schema) ? 'LOC' : undefined
    if (type === undefined) {
      if (!(e.schema in LINKS)) skipped++
      continue
    }
    const names = strings(e.properties, 'name')
    const aliases = [...names, ...strings(e.properties, 'alias'), ...strings(e.properties, 'weakAlias'), ...strings(e.properties, 'previousName'), ...strings(e.properties, 'full')]
    if (aliases.length === 0) {
      issues.push(`entity ${e.id}: ${e.schema} without a name`)
      continue
    }
    const country = strings(e.properties, 'country')[0] ?? strings(e.properties, 'nationality')[0] ?? strings(e.properties, 'jurisdiction')[0]
    const notes = [...strings(e.properties, 'notes'), ...strings(e.properties, 'summary')].join(' ').slice(0, 500)
    actors.set(e.id, KbActor.parse({
      id: `ftm:${e.id}`, type, kind: e.schema === 'Person' ? 'person' : e.schema === 'PublicBody' ? 'government' : e.schema.toLowerCase(),
      name: names[0] ?? aliases[0]!, aliases: [...new Set(aliases)], country, source, notes: notes === '' ? undefined : notes,
      ...(strings(e.properties, 'position')[0] !== undefined ? { role: strings(e.properties, 'position')[0] } : {}),
    }))
  }
  for (const e of entities) {
    const link = LINKS[e.schema]
    if (!link) continue
    const [memberProp, orgProp, leads] = link
    const role = strings(e.properties, 'role')[0]
    for (const m of strings(e.properties, memberProp)) {
      const member = actors.get(m)
      if (!member) continue
      for (const org of strings(e.properties, orgProp)) {
        if (!actors.has(org)) continue
        const target = `ftm:${org}`
        const isLeader = leads && (role === undefined || LEADER_ROLE.test(role))
        const next: KbActor = isLeader
          ? { ...member, leader_of: [...new Set([...member.leader_of, target])] }
          : { ...member, member_of: [...new Set([...member.member_of, target])] }
        actors.set(m, role !== undefined && member.role === undefined ? { ...next, role } : next)
      }
    }
  }
  return { actors: [...actors.values()], issues, skipped }
}

