/**
 * The storage interface. SQLite is the default adapter; every method is async
 * so a PostgreSQL adapter can implement the same interface.
 * @module
 */
import type { Affiliation, Article, Claim, DocSyntax, Entity, Event, EventCluster, Judgement, Mention, Relation, Grade, Sentence } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import type { MentionSet } from './mention-set.js'

/** An article's publication date, if it has one, kept apart from the time it was ingested. */
export interface ArticleDates {
  readonly published?: string | undefined
  readonly ingestedAt: string
}

export interface ArticleSummary {
  readonly id: string
  readonly title?: string | undefined
  readonly outlet?: string | undefined
  readonly published?: string | undefined
  readonly source?: string | undefined
  readonly nearDupOf?: string | undefined
}

export interface EntitySummary extends Entity {
  readonly mentionCount: number
  readonly articleCount: number
}

export interface ResolutionResult {
  readonly entities: readonly Entity[]
  readonly mentionEntity: ReadonlyMap<string, string>
  readonly judgements: readonly Judgement[]
  readonly relations: readonly Relation[]
}

export interface ClusterGrade {
  readonly clusterId: string
  readonly grade: Grade
}

export type JournalStatus = 'pending' | 'done' | 'failed' | 'skipped'

export interface JournalItem {
  readonly batchId: string
  readonly item: string
  readonly status: JournalStatus
  readonly articleId?: string | undefined
  readonly error?: string | undefined
}

export interface StoredDoc {
  readonly article: Article
  readonly mentions: readonly Mention[]
  readonly events: readonly Event[]
  readonly claims: readonly Claim[]
  readonly affiliations?: readonly Affiliation[]
  readonly places?: readonly StoredPlace[]
  /** Sentence spans from the pipeline, so read paths never re-run the tokenizer. */
  readonly sentences?: readonly Sentence[]
  /** Tokens' lemma, UPOS, head, label and the sentences' clauses (syntax stage), so reads never re-run the parser. */
  readonly syntax?: DocSyntax | undefined
  /** The stage keys that ran on it successfully (recorded per article, for `dossier status` and reprocess). */
  readonly stages?: readonly string[]
  /** Stages that failed on it; stored with it, in the same transaction. */
  readonly failures?: readonly NewFailure[]
}

/** A failure to record: a stage on a stored article, or a whole input item that gave no article. */
export interface NewFailure {
  readonly articleId?: string | undefined
  readonly item?: string | undefined
  /** The stage key (with its version), `pipeline` for the per-article budget; none for an item that failed to load. */
  readonly stage?: string | undefined
  readonly code: string
  readonly message: string
}

export interface FailureRecord extends NewFailure {
  readonly id: string
  /** ISO time it was (last) recorded. */
  readonly at: string
}

/** What analysed a stored article: the stage keys that ran and how many failures are open on it. */
export interface ArticleAnalysis {
  readonly id: string
  readonly ingestedAt: string
  readonly stages: readonly string[]
  readonly failures: number
}

/** A geocoded place mention (the pipeline's PlaceAnnotation). */
export interface StoredPlace {
  readonly mentionId: string
  readonly name: string
  readonly kind: string
  readonly country?: string | undefined
  readonly lat?: number | undefined
  readonly lon?: number | undefined
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** True when an article with this content hash is already stored. */
  hasArticle(contentHash: string): Promise<string | undefined>
  /** Save one processed article and its annotations atomically. Returns false when it was already stored. */
  saveDoc(doc: StoredDoc): Promise<boolean>
  getArticle(id: string): Promise<Article | undefined>
  listArticles(opts?: { q?: string; limit?: number }): Promise<ArticleSummary[]>
  /** Candidate near-duplicates: articles whose simhash is within `maxDistance` bits. */
  nearDuplicates(simhash: string, maxDistance: number): Promise<string[]>
  countArticles(): Promise<number>
  allMentions(): Promise<Mention[]>
  mentionsOf(articleId: string): Promise<Mention[]>
  eventsOf(articleId?: string): Promise<Event[]>
  claimsOf(articleId?: string): Promise<Claim[]>
  affiliationsOf(articleId?: string): Promise<Affiliation[]>
  placesOf(articleId?: string): Promise<StoredPlace[]>

  /** Actors a user imported (PETRARCH/Phoenix dictionaries, FtM entities); they extend the curated knowledge base. */
  saveActors(actors: readonly KbActor[]): Promise<number>
  actors(): Promise<KbActor[]>

  /** Replace the resolution output (entities, mention→entity, model judgements, relations). User judgements are kept. */
  saveResolution(result: ResolutionResult): Promise<void>
  listEntities(opts?: { type?: string; q?: string; limit?: number; offset?: number }): Promise<EntitySummary[]>
  /** How many entities `listEntities` would list without a limit. */
  countEntities(opts?: { type?: string; q?: string }): Promise<number>
  getEntity(id: string): Promise<Entity | undefined>
  findEntities(name: string): Promise<Entity[]>
  mentionsOfEntity(entityId: string): Promise<Mention[]>
  entityOfMention(mentionId: string): Promise<string | undefined>
  relations(entityId?: string): Promise<Relation[]>

  judgements(by?: Judgement['by']): Promise<Judgement[]>
  /** Add a judgement; a user's verdict replacing an earlier one on the same pair keeps that one for `undoJudgement`. */
  addJudgement(j: Judgement): Promise<void>
  /**
   * Take back the user's judgement `id`: the verdict it replaced comes back (or none, when it was the first), so the
   * store is as it was before it; aggregation becomes pending. Undefined when there is no user judgement `id`.
   */
  undoJudgement(id: string): Promise<{ removed: Judgement; restored?: Judgement | undefined } | undefined>

  saveClusters(clusters: readonly EventCluster[], grades: readonly ClusterGrade[]): Promise<void>
  clusters(): Promise<Array<EventCluster & { grade?: Grade | undefined }>>

  /** Resumable batches: record the items of a batch, then mark each as it finishes. */
  journalStart(batchId: string, items: readonly string[]): Promise<void>
  /** Items not done yet: pending ones, and failed ones (so a re-run retries what failed). */
  journalPending(batchId: string): Promise<string[]>
  /** Mark every item of a batch pending again. */
  journalReset(batchId: string): Promise<void>
  journalMark(batchId: string, item: string, status: JournalStatus, detail?: { articleId?: string; error?: string }): Promise<void>
  journal(batchId: string): Promise<JournalItem[]>

  /** Re-save a stored article's annotations (reprocess): its old ones, stage keys and failures are replaced, atomically. */
  replaceDoc(doc: StoredDoc): Promise<void>
  /** Record a failure; the same article, item and stage recorded again replaces the earlier record. */
  recordFailure(f: NewFailure): Promise<void>
  /**
   * Clear the failures of an article or of an item (it succeeded since); `part`: a URL's failures as any feed's
   * entry (`feed.xml#url`), once that URL was ingested by itself.
   */
  clearFailures(where: { articleId?: string; item?: string; part?: string }): Promise<void>
  /** Failures, newest first. */
  failures(opts?: { limit?: number; offset?: number }): Promise<FailureRecord[]>
  countFailures(): Promise<number>
  /** Every stored article with the stage keys that analysed it, oldest first; `since` filters on ingest time. */
  articleAnalyses(opts?: { since?: string }): Promise<ArticleAnalysis[]>
  /** True when articles changed after the last complete aggregation (set with every save, cleared by aggregation). */
  aggregatePending(): Promise<boolean>
  setAggregatePending(pending: boolean): Promise<void>
  /**
   * An aggregation run starts: returns its token. The store stays pending until `endAggregation(token)`, so a run
   * killed half-way is finished by the next one.
   */
  beginAggregation(): Promise<string>
  /**
   * The run of `token` ended: clear the pending flag, unless an article was saved or re-saved since the run began
   * (by any process; the run may not have seen it) or another run began since. True when cleared.
   */
  endAggregation(token: string): Promise<boolean>
  /** Record what the last complete aggregation found (JSON of its summary), so a run with nothing new can answer without work. */
  saveAggregateSummary(json: string): Promise<void>
  /** The summary `saveAggregateSummary` recorded last, if any. */
  aggregateSummary(): Promise<string | undefined>

  close(): Promise<void>

  /** The stored syntax of an article (doc.syntax), if the syntax stage ran when it was ingested. */
  syntaxOf(articleId: string): Promise<DocSyntax | undefined>

  // Streaming reads for exports: constant memory whatever the store size, in a stable (storage) order.
  iterateArticles(): AsyncIterable<Article>
  /** Every event with the cluster that groups it and that cluster's grade, article by article. */
  iterateEvents(): AsyncIterable<EventRecord>
  /** Every claim with the clusters (and grades) of the events it is about, article by article. */
  iterateClaims(): AsyncIterable<ClaimRecord>
  iterateEntities(): AsyncIterable<Entity>
  iterateRelations(): AsyncIterable<Relation>
  iterateClusters(): AsyncIterable<EventCluster & { grade?: Grade | undefined }>
  /** Mention id → resolved entity id, for one article's mentions. */
  mentionEntitiesOf(articleId: string): Promise<Record<string, string>>

  // ---- read API (search, paging, lookups by id) for the HTTP API and CLI queries

  /** Changes whenever the store's content changes (this connection's writes or another process's commits): keys caches and ETags. */
  revision(): Promise<string>
  /** Stored sentence spans of an article, in order. */
  sentencesOf(articleId: string): Promise<Sentence[]>
  /** The stored sentence that contains [start, end), if any. */
  sentenceAt(articleId: string, start: number, end: number): Promise<Sentence | undefined>
  eventsByIds(ids: readonly string[]): Promise<Event[]>
  claimsByIds(ids: readonly string[]): Promise<Claim[]>
  mentionsByIds(ids: readonly string[]): Promise<Mention[]>
  /** Mention → entity for these mentions (every resolved mention when no ids are given). */
  mentionEntities(ids?: readonly string[]): Promise<Map<string, string>>
  /** A page of articles, newest first, with the total matching the filters. */
  articlesPage(opts: ArticlePageOptions): Promise<{ total: number; items: ArticleSummary[] }>
  /**
   * Full-text search (FTS5) with a snippet of the best-matching text. `q` is user text: it is always turned
   * into quoted phrase/prefix terms, never passed as an FTS expression.
   */
  searchArticles(q: string, opts: { limit: number; offset: number }): Promise<{ total: number; items: ArticleHit[] }>
  /**
   * Every article's publication date (absent when the article has none) and, apart from it, when it was ingested:
   * an ingest time is never a date of the news.
   */
  articleDates(): Promise<Map<string, ArticleDates>>
  /** A page of an entity's mentions, in article and text order. */
  mentionsOfEntityPage(entityId: string, limit: number, offset: number): Promise<Mention[]>
  /** Visit every resolved mention's entity, article and span (no JSON decoded). */
  scanEntityMentions(fn: (entityId: string, articleId: string, start: number, end: number) => void): Promise<void>

  // ---- incremental aggregation
  // Resolution reads one occurrence (the representative) per name signature (see src/service/signatures.ts);
  // every mention reaches its entity through its signature. Plain tables: mention_signatures, signed_articles,
  // signature_entity.

  /** Stored articles whose name signatures are not recorded yet (new, or reprocessed since), smallest id first. */
  articlesToSign(limit: number): Promise<string[]>
  /** Record an article's name signatures, replacing earlier ones; an article with none counts as signed too. */
  saveSignatures(articleId: string, rows: readonly SignatureRecord[]): Promise<void>
  /** `saveSignatures` of several articles in one transaction (aggregation signs new articles 500 at a time). */
  saveSignatureBatch(batch: readonly ArticleSignatureRows[]): Promise<void>
  /** Representatives: for every distinct signature, the smallest article id that has it. Article id → its signatures. */
  representatives(): Promise<Map<string, string[]>>
  /**
   * Replace the resolution output like `saveResolution`, except that every signed mention gets the entity of its
   * signature (`signatureEntity`), in the same transaction. `result.mentionEntity` is not used.
   */
  saveSignatureResolution(result: ResolutionResult, signatureEntity: ReadonlyMap<string, string>): Promise<void>
  /** The recorded signatures of these mentions (mention id → signature; unsigned ones are absent). */
  signaturesOf(mentionIds: readonly string[]): Promise<Map<string, string>>
  /** Forget every recorded signature (`dossier aggregate --full` signs every article again). */
  clearSignatures(): Promise<void>
  /** Signature → entity as the last aggregation left it (`dossier migrate` copies it). */
  signatureEntities(): Promise<Map<string, string>>
  /** Write signature → entity rows as given (`dossier migrate`); mention links are left as they are. */
  putSignatureEntities(rows: ReadonlyMap<string, string>): Promise<void>

  // ---- incremental read model (optional: without these, a reader rebuilds its read model in full after a write)

  /** A version key per event, claim, cluster and entity; a key changes whenever its row is rewritten (for an entity, also its set of mentions). */
  readModelKeys?(): Promise<ReadModelKeys>
  /** Entity summaries (mention and article counts) of these entities; unknown ids are left out. */
  entitySummaries?(ids: readonly string[]): Promise<EntitySummary[]>
  /** Visit the resolved mentions of these entities: mention id, entity id, article id and span. */
  scanMentionsOfEntities?(ids: readonly string[], fn: (mentionId: string, entityId: string, articleId: string, start: number, end: number) => void): Promise<void>
  /** These clusters with their grades; unknown ids are left out. */
  clustersByIds?(ids: readonly string[]): Promise<Array<EventCluster & { grade?: Grade | undefined }>>
}

/** Version keys of the rows a read model is built from (id → key), compared between two reads to find what changed. */
export interface ReadModelKeys {
  readonly events: ReadonlyMap<string, string>
  readonly claims: ReadonlyMap<string, string>
  readonly clusters: ReadonlyMap<string, string>
  readonly entities: ReadonlyMap<string, string>
  /** Entity → the fingerprint of its set of mentions (entities with none are absent). */
  readonly mentionSets: ReadonlyMap<string, MentionSet>
}

/** One mention's name signature (incremental aggregation). */
export interface SignatureRecord {
  readonly mentionId: string
  readonly signature: string
}

/** An article's name signatures, replacing its earlier ones (`Store.saveSignatureBatch`). */
export interface ArticleSignatureRows {
  readonly articleId: string
  readonly rows: readonly SignatureRecord[]
}

/** An event with its cluster and the cluster's grade (exports). */
export interface EventRecord {
  readonly event: Event
  readonly cluster?: EventCluster | undefined
  readonly grade?: Grade | undefined
}

/** A claim with the clusters of the events it is about (exports). */
export interface ClaimRecord {
  readonly claim: Claim
  readonly clusters: ReadonlyArray<{ readonly cluster: EventCluster; readonly grade?: Grade | undefined }>
}

export interface ArticlePageOptions {
  readonly limit: number
  readonly offset: number
  readonly outlet?: string | undefined
  /** ISO dates, inclusive, compared with the publication date (or the ingest date when none). */
  readonly from?: string | undefined
  readonly to?: string | undefined
}

export interface ArticleHit extends ArticleSummary {
  /** Snippet of the article text; `highlights` are [start, end) offsets into the snippet of the matched terms. */
  readonly snippet: string
  readonly highlights: ReadonlyArray<{ readonly start: number; readonly end: number }>
  readonly rank: number
}

