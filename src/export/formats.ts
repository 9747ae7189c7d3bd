/**
 * The registry of export formats: name, content type, file extension, the filters it applies, and its writer.
 * The CLI and the API both go through `exportTo`.
 * @module
 */
import type { Store } from '../store/index.js'
import { acledRow, csvLine, ACLED_COLUMNS } from './acled-csv.js'
import { GDELT_COLUMNS, gdeltRow, tsvLine } from './cameo-tsv.js'
import { writeClaimReview } from './claimreview.js'
import { eventRows, type EventRow } from './context.js'
import type { ExportFilter, FilterName } from './filter.js'
import { writeFtm } from './ftm.js'
import { GEOJSON_CLOSE, GEOJSON_OPEN, eventFeature } from './geojson.js'
import { toGexf } from './gexf.js'
import { actorGraph } from './graph.js'
import { toGraphml } from './graphml.js'
import { writeJsonl } from './jsonl.js'
import { ploverRecord } from './plover-json.js'
import type { ExportProgress, Sink } from './sink.js'

export interface ExportContext {
  readonly store: Store
  readonly filter: ExportFilter
  readonly sink: Sink
  readonly onProgress?: ExportProgress | undefined
  /** Base for ClaimReview `url`s (the page where a review can be read); `urn:dossier:claim:` by default. */
  readonly baseUrl?: string | undefined
}

export interface ExportFormat {
  readonly contentType: string
  readonly extension: string
  readonly description: string
  /** Filters this format applies; any other filter given is refused. */
  readonly filters: readonly FilterName[]
  write(ctx: ExportContext): Promise<void>
}

const EVENT_FILTERS: readonly FilterName[] = ['actor', 'from', 'to', 'root', 'minGrade']

async function eachEvent(ctx: ExportContext, line: (row: EventRow) => string | undefined): Promise<void> {
  for await (const row of eventRows(ctx.store, ctx.filter, ctx.onProgress)) {
    const text = line(row)
    if (text !== undefined) await ctx.sink.write(text)
  }
}

/**
 * One table row per distinct event of an article: rows equal in every cell but the first (the event id) are one
 * event to ACLED and GDELT. The event coder reads one event per object of a list ("destroyed an ISIL tank, three ISIL
 * vehicles, …": one event each, the same actor, target entity, place and day), and the tables name entities, not
 * objects. Events are stored article by article, so the rows seen are kept for one article at a time.
 */
async function eachDistinctEvent<C>(ctx: ExportContext, cells: (row: EventRow) => readonly C[] | undefined, line: (cells: readonly C[]) => string): Promise<void> {
  let article = ''
  let seen = new Set<string>()
  await eachEvent(ctx, (row) => {
    const c = cells(row)
    if (!c) return undefined
    if (row.article.id !== article) { article = row.article.id; seen = new Set() }
    const key = JSON.stringify(c.slice(1))
    if (seen.has(key)) return undefined
    seen.add(key)
    return line(c)
  })
}

async function graph(ctx: ExportContext, serialise: typeof toGexf): Promise<void> {
  const g = await actorGraph(ctx.store, ctx.filter)
  await ctx.sink.write(serialise(g))
}

export const exportFormats = {
  jsonl: {
    contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl', filters: [],
    description: "Dossier's own lossless JSON lines (articles with text, every annotation, entities, judgements, relations, clusters, grades); `dossier import` reads it back",
    write: (ctx) => writeJsonl(ctx.store, ctx.sink, ctx.onProgress),
  },
  ftm: {
    contentType: 'application/x-ndjson; charset=utf-8', extension: 'ftm.json', filters: EVENT_FILTERS,
    description: 'FollowTheMoney entities as JSON lines (Aleph, ftm tools); filters select the Event entities',
    write: (ctx) => writeFtm(ctx.store, ctx.filter, ctx.sink, ctx.onProgress),
  },
  'cameo-tsv': {
    contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv', filters: EVENT_FILTERS,
    description: 'events in the GDELT 2.0 event-table column order, with a header line',
    write: async (ctx) => { await ctx.sink.write(tsvLine(GDELT_COLUMNS)); await eachDistinctEvent(ctx, gdeltRow, tsvLine) },
  },
  'plover-json': {
    contentType: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl', filters: EVENT_FILTERS,
    description: 'PLOVER event records as JSON lines (type, mode, actor, recipient, location, date, anchor sentence)',
    write: (ctx) => eachEvent(ctx, (row) => `${JSON.stringify(ploverRecord(row))}\n`),
  },
  'acled-csv': {
    contentType: 'text/csv; charset=utf-8', extension: 'csv', filters: EVENT_FILTERS,
    description: 'ACLED-style event table (CAMEO → ACLED types per src/export/cameo-acled.json; other events left out)',
    write: async (ctx) => {
      await ctx.sink.write(csvLine(ACLED_COLUMNS))
      await eachDistinctEvent(ctx, acledRow, csvLine)
    },
  },
  gexf: {
    contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', filters: ['actor', 'from', 'to'],
    description: 'actors and relations as dynamic GEXF 1.3 (Gephi), edges dated by their validity',
    write: (ctx) => graph(ctx, toGexf),
  },
  graphml: {
    contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', filters: ['actor', 'from', 'to'],
    description: 'actors and relations as GraphML (yEd, Cytoscape, networkx)',
    write: (ctx) => graph(ctx, toGraphml),
  },
  geojson: {
    contentType: 'application/geo+json; charset=utf-8', extension: 'geojson', filters: EVENT_FILTERS,
    description: 'events with coordinates as a GeoJSON FeatureCollection (QGIS, kepler.gl)',
    write: async (ctx) => {
      let first = true
      await ctx.sink.write(GEOJSON_OPEN)
      await eachEvent(ctx, (row) => {
        const f = eventFeature(row)
        if (!f) return undefined
        const text = `${first ? '' : ',\n'}${JSON.stringify(f)}`
        first = false
        return text
      })
      await ctx.sink.write(GEOJSON_CLOSE)
    },
  },
  claimreview: {
    contentType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld', filters: EVENT_FILTERS,
    description: 'schema.org ClaimReview (JSON-LD) for claims about graded events, the Admiralty grade as reviewRating',
    write: (ctx) => writeClaimReview(ctx.store, ctx.filter, ctx.sink, ctx.onProgress, ctx.baseUrl),
  },
} as const satisfies Record<string, ExportFormat>

export type FormatName = keyof typeof exportFormats
export const FORMAT_NAMES = Object.keys(exportFormats) as FormatName[]
