/** The shapes of the API's answers that the UI reads (see /api/openapi.json). */
export interface Page<T> { total: number; limit: number; offset: number; items: T[] }
export interface SpanText { start: number; end: number; text: string }
export interface Grade { reliability: string; credibility: number; reasons: string[] }
export interface ClusterRef { id: string; reports: number; independentSources: number; grade?: Grade }
export interface RoleView { text: string; start: number; end: number; entityId?: string; name?: string }
export interface EventView {
  id: string; articleId: string; articleTitle?: string; articleLabel?: string; date?: string; ingestedAt?: string; cameo: string; root: string; label?: string
  quadClass: number; goldstein: number; modality: string; actor?: RoleView; target?: RoleView; place?: RoleView
  cue: SpanText; sentence: SpanText; cluster?: ClusterRef
}
export interface ClaimView {
  id: string; articleId: string; articleTitle?: string; articleLabel?: string; date?: string; ingestedAt?: string
  source: RoleView & { anonymous: boolean; descriptor?: string; affiliation?: string }
  cue: SpanText; content: SpanText; stance: string; hedged: boolean; hedges: string[]; quote: boolean; via?: string
  sentence: SpanText; about: Array<{ eventId: string; cluster?: ClusterRef }>
}
export interface EntitySummary {
  id: string; type: string; canonicalName: string; aliases: string[]; kind?: string; lat?: number; lon?: number; country?: string
  origin: string; mentionCount: number; articleCount: number; kbAliases?: string[]
}
export interface EntityHit { entity: EntitySummary; score: number; matched: string; how: string }
export interface ArticleHit { id: string; title?: string; label?: string; outlet?: string; published?: string; snippet?: string; highlights?: Array<{ start: number; end: number }>; nearDupOf?: string }
export interface Evidence { kind: string; id: string; articleId?: string; articleTitle?: string; articleLabel?: string; date?: string; ingestedAt?: string; clusterId?: string; span?: SpanText; sentence?: SpanText }
export interface EntityRef { id: string; name: string; type?: string }
export interface DyadSummary { kind: 'hostile' | 'cooperative'; score: number; hostile: number; cooperative: number; clusters: number; firstSeen?: string; lastSeen?: string }
export interface DyadRelation extends DyadSummary {
  other: EntityRef; buckets: Array<DyadSummary & { period: string }>
  evidence: Array<{ clusterId: string; value: number; gradeWeight: number; direct: boolean; date?: string; events: Evidence[] }>
}
export interface Structural { label: string; kind: string; other: EntityRef; roles: string[]; firstSeen?: string; lastSeen?: string; evidence: Evidence[] }
export interface MentionView { id: string; text: string; start: number; end: number; articleId: string; articleTitle?: string; articleLabel?: string; date?: string; ingestedAt?: string; sentence: SpanText }
export interface Dossier {
  entity: EntitySummary; roles: Array<{ role: string; organisation: EntityRef; kind: string }>; structural: Structural[]
  relations: DyadRelation[]; events: Page<EventView>; claimsBy: Page<ClaimView>; claimsAbout: Page<ClaimView>; mentions: Page<MentionView>
}
export interface Span { start: number; end: number }
export interface RoleSpan extends Span { mentionId?: string; text?: string }
export interface ArticleFull {
  article: { id: string; text: string; title?: string; label?: string; outlet?: string; url?: string; author?: string; published?: string; dateline?: string; source?: string; nearDupOf?: string; ingestedAt?: string }
  sentences: Span[]
  mentions: Array<Span & { id: string; text: string; type: string; subtype?: string; entityId?: string }>
  events: Array<{ id: string; cameo: string; quadClass: number; goldstein: number; plover?: string; modality?: string; cue: Span; sentence: Span; actor?: RoleSpan; target?: RoleSpan; location?: RoleSpan }>
  claims: Array<{ id: string; source: Span & { text?: string; descriptor?: string; anonymous?: boolean; affiliation?: string }; cue: Span; content: Span; stance: string; hedged: boolean; hedges?: string[] }>
  places: Array<{ mentionId: string; name: string; kind: string; lat?: number; lon?: number }>
}
export interface GraphNode { id: string; name: string; type?: string; hops?: number; community?: number; degree?: number }
export interface GraphRelation { source: string; target: string; kind: string; score: number; clusters?: number; firstSeen?: string; lastSeen?: string; evidence: string[] }
export interface GraphEdge { source: string; target: string; weight: number; relations: GraphRelation[] }
export interface Subgraph { center: string; nodes: GraphNode[]; edges: GraphEdge[]; communities: number; truncated: boolean }
export interface ReviewSide { key: string; label: string; entityId?: string; names: string[]; mentions: MentionView[] }
export interface ReviewItem { id: string; score: number; reason?: string; a: ReviewSide; b: ReviewSide }
