/**
 * Request and response schemas of the HTTP API. Routes validate with them and
 * the OpenAPI document at /api/openapi.json is generated from them.
 * @module
 */
import { z } from 'zod'
import { EntityType, Grade } from '../model/index.js'
import { parseDateFilter } from '../service/dates.js'

export const MAX_PAGE = 200

/** Response arrays are read-only (the service returns read-only data). */
export const arr = <T extends z.ZodType>(item: T) => z.array(item).readonly()

/** Paging on every list: a bounded limit and an offset. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20).describe(`page size, at most ${MAX_PAGE}`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip (0, then limit, 2 × limit, …)'),
})

// the CLI's date forms (2016, 2016-03, 2016-03-14), read by the one shared parser and widened to whole days, so
// to=2016 keeps all of 2016; 2026-13-45 is refused (400) instead of quietly matching nothing
const DATE_HINT = 'an ISO date: 2016, 2016-03 or 2016-03-14'
const dateBound = (end: 'first' | 'last', what: string) => z.string().max(40)
  .refine((v) => parseDateFilter(v) !== undefined, DATE_HINT)
  .transform((v) => parseDateFilter(v)![end]).describe(what)
export const Window = z.object({
  from: dateBound('first', 'ISO date, year or month, inclusive (2016 = from 2016-01-01)').optional(),
  to: dateBound('last', 'ISO date, year or month, inclusive (2016 = up to 2016-12-31)').optional(),
})

export const Id = z.string().min(1).max(200)
export const Text = (max = 200) => z.string().max(max)

/** Where a user finds what to pass for an actor (named in a 400's message, from the parameter's description). */
const FIND_ID = 'find ids with /api/entities?q=NAME'
/** A parameter naming an actor: an entity id or any of its names. */
export const ActorRef = (what = "an actor's entity id or name", example = 'Hamas') => Text().describe(`${what} (e.g. ${example}); ${FIND_ID}`)

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  issues: arr(z.object({ path: z.string(), message: z.string() })).optional(),
}).meta({ id: 'Error' })

const SpanText = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })
const SpanOnly = z.object({ start: z.number().int(), end: z.number().int() })

export const ArticleLabel = z.string().describe('what a reader sees: the title, else a label marked "(no headline)" (opening words, file or page); never stored as the title')
const ArticleLabelOf = ArticleLabel.optional()

export const ArticleSummary = z.object({
  id: z.string(), title: z.string().optional(), label: ArticleLabelOf, outlet: z.string().optional(), published: z.string().optional(),
  source: z.string().optional(), nearDupOf: z.string().optional(),
})
export const ArticleHit = ArticleSummary.extend({
  snippet: z.string(), highlights: arr(SpanOnly).describe('offsets of the matched terms in snippet'), rank: z.number(),
})
export const page = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: arr(item) })

const GradeOut = Grade
export const ClusterRef = z.object({ id: z.string(), reports: z.number().int(), independentSources: z.number().int(), grade: GradeOut.optional() })
const RoleView = z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), entityId: z.string().optional(), name: z.string().optional() })

const IngestedAt = z.string().optional().describe('only when there is no date (an undated article): when the article was ingested, never a date of the news')

export const EventView = z.object({
  id: z.string(), articleId: z.string(), articleTitle: z.string().optional(), articleLabel: ArticleLabelOf, date: z.string().optional(), ingestedAt: IngestedAt,
  cameo: z.string(), root: z.string(), label: z.string().optional(), quadClass: z.number().int(), goldstein: z.number(), modality: z.string(),
  actor: RoleView.optional(), target: RoleView.optional(), place: RoleView.optional(),
  cue: SpanText, sentence: SpanText, cluster: ClusterRef.optional(),
}).meta({ id: 'Event' })

export const ClaimView = z.object({
  id: z.string(), articleId: z.string(), articleTitle: z.string().optional(), articleLabel: ArticleLabelOf, date: z.string().optional(), ingestedAt: IngestedAt,
  source: RoleView.extend({ anonymous: z.boolean(), descriptor: z.string().optional(), affiliation: z.string().optional() }),
  cue: SpanText, content: SpanText, stance: z.string(), hedged: z.boolean(), hedges: arr(z.string()), quote: z.boolean(),
  via: z.string().optional(), sentence: SpanText,
  kind: z.enum(['fact', 'position']).describe("fact: a statement about the world (graded and corroborated); position: the speaker's own stance, commitment or act"),
  about: arr(z.object({ eventId: z.string(), cluster: ClusterRef.optional() })),
}).meta({ id: 'Claim' })

export const EntitySummary = z.object({
  id: z.string(), type: EntityType, canonicalName: z.string(), aliases: arr(z.string()), kind: z.string().optional(),
  lat: z.number().optional(), lon: z.number().optional(), country: z.string().optional(), origin: z.enum(['kb', 'user', 'extracted']),
  mentionCount: z.number().int(), articleCount: z.number().int(),
  kbAliases: arr(z.string()).optional().describe("the knowledge base's other names, not seen in any article (aliases are the names seen)"),
}).meta({ id: 'EntitySummary' })

export const EntityHit = z.object({ entity: EntitySummary, score: z.number(), matched: z.string(), how: z.string() })

export const Evidence = z.object({
  kind: z.enum(['event', 'claim', 'mention', 'kb']), id: z.string(), articleId: z.string().optional(), articleTitle: z.string().optional(), articleLabel: ArticleLabelOf,
  date: z.string().optional(), ingestedAt: IngestedAt, clusterId: z.string().optional(), span: SpanText.optional(), sentence: SpanText.optional(),
}).meta({ id: 'Evidence' })

const EntityRef = z.object({ id: z.string(), name: z.string(), type: z.string().optional() })
const DyadSummary = {
  kind: z.enum(['hostile', 'cooperative']), score: z.number(), hostile: z.number(), cooperative: z.number(), clusters: z.number().int(),
  firstSeen: z.string().optional(), lastSeen: z.string().optional(),
}
export const DyadRelation = z.object({
  other: EntityRef, ...DyadSummary,
  buckets: arr(z.object({ period: z.string(), ...DyadSummary })),
  evidence: arr(z.object({
    clusterId: z.string(), value: z.number(), gradeWeight: z.number(), direct: z.boolean(), date: z.string().optional(), eventCount: z.number().int(), events: arr(Evidence),
  })),
}).meta({ id: 'DyadRelation' })

export const StructuralView = z.object({
  label: z.string(), kind: z.string(), other: EntityRef, roles: arr(z.string()), from: z.string().optional(), to: z.string().optional(),
  firstSeen: z.string().optional(), lastSeen: z.string().optional(), evidenceCount: z.number().int(), evidence: arr(Evidence),
})

export const MentionView = z.object({
  id: z.string(), text: z.string(), start: z.number().int(), end: z.number().int(), articleId: z.string(), articleTitle: z.string().optional(), articleLabel: ArticleLabelOf,
  date: z.string().optional(), ingestedAt: IngestedAt, sentence: SpanText,
})

export const Dossier = z.object({
  entity: EntitySummary,
  roles: arr(z.object({ role: z.string(), organisation: EntityRef, kind: z.string() })),
  structural: arr(StructuralView),
  structuralTotal: z.number().int(),
  relations: arr(DyadRelation),
  relationsTotal: z.number().int(),
  events: page(EventView),
  claimsBy: page(ClaimView),
  claimsAbout: page(ClaimView),
  mentions: page(MentionView),
}).meta({ id: 'Dossier' })

export const GraphRelation = z.object({
  source: z.string(), target: z.string(), kind: z.string(), score: z.number(), clusters: z.number().int().optional(),
  roles: arr(z.string()).optional(), firstSeen: z.string().optional(), lastSeen: z.string().optional(), evidence: arr(z.string()),
})
export const GraphNode = z.object({
  id: z.string(), name: z.string(), type: z.string().optional(), hops: z.number().int().optional(), community: z.number().int().optional(),
  degree: z.number().optional(), betweenness: z.number().optional(),
})
export const GraphEdge = z.object({ source: z.string(), target: z.string(), weight: z.number(), relations: arr(GraphRelation) })
export const Subgraph = z.object({
  center: z.string(), nodes: arr(GraphNode), edges: arr(GraphEdge), communities: z.number().int(), truncated: z.boolean(),
}).meta({ id: 'Subgraph' })
