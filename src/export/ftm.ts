/**
 * FollowTheMoney entities as JSON lines (Aleph, `ftm` tools, OpenSanctions' yente): `{id, schema, properties}` with
 * every value a list of strings, schema and property names as in the FtM model. People become Person,
 * organisations Organization (PublicBody for state bodies), places Address; relations Membership, Directorship or
 * UnknownLink; each article an Article with its text; each name found in it a Mention; each event an Event. Every
 * Event and resolved Mention is tied back to its article by a Documentation whose `recordId` names the article and
 * the character span (`article_…#char=start,end`, RFC 5147 style; the same fragment on `sourceUrl` when the
 * article has a URL).
 * @module
 */
import { cameoInfo } from '../events/cameo.js'
import { hashId } from '../model/index.js'
import type { Article, Entity, Mention, Relation } from '../model/index.js'
import type { Store } from '../store/index.js'
import { iso2 } from './codes.js'
import { eventRows, type EventRow } from './context.js'
import { EntityCache } from './entity-cache.js'
import type { ExportFilter } from './filter.js'
import type { ExportProgress, Sink } from './sink.js'
import { articleLabel } from '../service/article-label.js'

type Props = Record<string, Array<string | number | undefined | null> | undefined>

export interface FtmEntity {
  readonly id: string
  readonly schema: string
  readonly properties: Record<string, string[]>
}

function ftm(id: string, schema: string, props: Props): FtmEntity {
  const properties: Record<string, string[]> = {}
  for (const [k, vs] of Object.entries(props)) {
    const clean = (vs ?? []).filter((v): v is string | number => v !== undefined && v !== null && v !== '').map(String)
    if (clean.length) properties[k] = [...new Set(clean)]
  }
  return { id, schema, properties }
}

const STATE_BODY = /govern|ministry|agency|military|army|armed.?forces|police|security.?forces|parliament|legislat|court|intelligence|navy|air.?force|state/i

/** The FtM schema an entity becomes, or undefined for nationalities and other kinds FtM has no schema for. */
export function ftmSchema(e: Pick<Entity, 'type' | 'kind'>): 'Person' | 'Organization' | 'PublicBody' | 'Address' | undefined {
  if (e.type === 'PER') return 'Person'
  if (e.type === 'ORG') return e.kind && STATE_BODY.test(e.kind) ? 'PublicBody' : 'Organization'
  if (e.type === 'LOC') return 'Address'
  return undefined
}

const isLegalEntity = (e: Entity | undefined) => !!e && (e.type === 'PER' || e.type === 'ORG')
const country = (c: string | undefined) => iso2(c)?.toLowerCase()

export function entityToFtm(e: Entity): FtmEntity | undefined {
  const schema = ftmSchema(e)
  if (!schema) return undefined
  if (schema === 'Address') {
    return ftm(e.id, schema, { name: [e.canonicalName], full: [e.canonicalName], alias: e.aliases, latitude: [e.lat], longitude: [e.lon], country: [country(e.country)], summary: [e.kind] })
  }
  return ftm(e.id, schema, { name: [e.canonicalName], alias: e.aliases, country: [country(e.country)], summary: [e.kind] })
}

export function relationToFtm(r: Relation, a: Entity | undefined, b: Entity | undefined): FtmEntity | undefined {
  if (!a || !b || !ftmSchema(a) || !ftmSchema(b)) return undefined
  const when = { startDate: [r.from], endDate: [r.to], role: [r.role ?? r.kind], summary: [`score ${r.score}`] }
  const orgB = b.type === 'ORG'
  if (isLegalEntity(a) && orgB && r.kind === 'leader_of') return ftm(r.id, 'Directorship', { director: [a.id], organization: [b.id], ...when })
  if (isLegalEntity(a) && orgB && (r.kind === 'member_of' || r.kind === 'part_of')) return ftm(r.id, 'Membership', { member: [a.id], organization: [b.id], ...when })
  if (isLegalEntity(a)) return ftm(r.id, 'UnknownLink', { subject: [a.id], object: [b.id], ...when, role: [r.role ? `${r.kind}: ${r.role}` : r.kind] })
  if (isLegalEntity(b)) return ftm(r.id, 'UnknownLink', { subject: [b.id], object: [a.id], ...when, role: [`${r.kind} (reversed)`] })
  return undefined
}

/** `article_…#char=120,145`: where in the article's text a fact was read. */
function spanRef(article: Article, start: number, end: number) {
  const frag = `#char=${start},${end}`
  return { recordId: [`${article.id}${frag}`], sourceUrl: [article.url ? `${article.url}${frag}` : undefined] }
}

export function articleToFtm(a: Article): FtmEntity {
  return ftm(a.id, 'Article', {
    name: [articleLabel(a)], title: [a.title], bodyText: [a.text], sourceUrl: [a.url], publishedAt: [a.published], author: [a.author], publisher: [a.outlet],
    language: [a.language], contentHash: [a.contentHash], fileName: [a.url ? undefined : a.source],
  })
}

export function mentionToFtm(m: Mention, article: Article, resolved: Entity | undefined): FtmEntity[] {
  const detected = ftmSchema({ type: m.type, kind: m.subtype })
  if (!detected) return []
  const mention = ftm(m.id, 'Mention', { document: [article.id], name: [m.text], detectedSchema: [detected], resolved: [isLegalEntity(resolved) ? resolved!.id : undefined] })
  if (!resolved || !ftmSchema(resolved)) return [mention]
  const doc = ftm(hashId('ftmdoc', m.id), 'Documentation', { document: [article.id], entity: [resolved.id], role: ['mention'], summary: [m.text], ...spanRef(article, m.start, m.end) })
  return [mention, doc]
}

export function eventToFtm(row: EventRow, place: Entity | undefined): FtmEntity[] {
  const ev = row.record.event
  const g = row.record.grade
  const parties = [row.actor, row.target].filter(isLegalEntity).map((e) => e!.id)
  const event = ftm(ev.id, 'Event', {
    name: [`${cameoInfo(ev.cameo)?.name ?? `CAMEO ${ev.cameo}`}: ${ev.cue.text}`],
    date: [row.date], involved: parties, organizer: [isLegalEntity(row.actor) ? row.actor!.id : undefined],
    location: [row.place?.name], addressEntity: [place?.type === 'LOC' ? place.id : undefined], country: [country(row.place?.country)],
    description: [row.sentence], keywords: [`CAMEO:${ev.cameo}`, ev.plover ? `PLOVER:${ev.plover}` : undefined, `modality:${ev.modality}`],
    summary: [g ? `Admiralty grade ${g.reliability}${g.credibility}: ${g.reasons.join('; ')}` : undefined],
    sourceUrl: [row.article.url], publisher: [row.article.outlet],
  })
  const doc = ftm(hashId('ftmdoc', ev.id), 'Documentation', {
    document: [row.article.id], entity: [ev.id], role: ['event'], summary: [ev.cue.text], ...spanRef(row.article, ev.sentence.start, ev.sentence.end),
  })
  return [event, doc]
}

export async function writeFtm(store: Store, filter: ExportFilter, sink: Sink, onProgress?: ExportProgress): Promise<void> {
  const out = async (e: FtmEntity | undefined) => { if (e) await sink.write(`${JSON.stringify(e)}\n`) }
  const entities = new EntityCache(store)
  for await (const e of store.iterateEntities()) await out(entityToFtm(e))
  for await (const r of store.iterateRelations()) await out(relationToFtm(r, await entities.get(r.a), await entities.get(r.b)))
  for await (const a of store.iterateArticles()) {
    await out(articleToFtm(a))
    const resolved = await store.mentionEntitiesOf(a.id)
    for (const m of await store.mentionsOf(a.id)) {
      const id = resolved[m.id]
      for (const e of mentionToFtm(m, a, await entities.get(id))) await out(e)
    }
  }
  for await (const row of eventRows(store, filter, onProgress, entities)) {
    const locId = row.record.event.location?.mentionId
    const placeId = locId ? await store.entityOfMention(locId) : undefined
    for (const e of eventToFtm(row, await entities.get(placeId))) await out(e)
  }
}
