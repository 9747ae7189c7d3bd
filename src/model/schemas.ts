/**
 * The data model. These zod schemas are the single source of Dossier's types:
 * every type used elsewhere is `z.infer` of a schema here.
 * @module
 */
import { z } from 'zod'

/** Half-open [start, end) in UTF-16 code units of Article.text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).refine((s) => s.end >= s.start, { message: 'span end must not precede start' })
export type Span = z.infer<typeof Span>

/** A span plus the surface text it covers (checked against Article.text by the conformance suite). */
export const TextSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type TextSpan = z.infer<typeof TextSpan>

export const ArticleMeta = z.object({
  url: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  /** ISO 8601 date or date-time. */
  published: z.string().optional(),
  dateline: z.string().optional(),
  /** Where the article came from: a file path, URL or feed item id. */
  source: z.string().optional(),
  language: z.string().optional(),
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

/** Maps ranges of Article.text back to offsets in the raw input (HTML, feed XML). */
export const SourceMapEntry = z.object({
  textStart: z.number().int(),
  textEnd: z.number().int(),
  rawStart: z.number().int(),
  rawEnd: z.number().int(),
})
export type SourceMapEntry = z.infer<typeof SourceMapEntry>

export const Article = ArticleMeta.extend({
  id: z.string(),
  /** The ONE lossless text; every annotation points into it. */
  text: z.string(),
  /** sha256 of the whitespace-normalised text: exact duplicates share it. */
  contentHash: z.string(),
  /** Near-duplicate fingerprint (simhash, hex). */
  simhash: z.string().optional(),
  nearDupOf: z.string().optional(),
  /** Span of the title line inside text, when the title is part of it. */
  titleSpan: Span.optional(),
  /** Span of the dateline prefix ("TEL AVIV —"): metadata, not event text; stages skip it. */
  datelineSpan: Span.optional(),
  /** Spans of text judged boilerplate (kept in text for losslessness, ignored by stages). */
  boilerplate: z.array(Span).default([]),
  sourceMap: z.array(SourceMapEntry).optional(),
  ingestedAt: z.string().optional(),
})
export type Article = z.infer<typeof Article>

export const Sentence = z.object({ start: z.number().int(), end: z.number().int() })
export type Sentence = z.infer<typeof Sentence>

export const Token = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** Universal POS tag from the tagger (wink-nlp), when known. */
  pos: z.string().optional(),
  /** Index of the sentence this token belongs to. */
  sentence: z.number().int(),
})
export type Token = z.infer<typeof Token>

export const EntityType = z.enum(['PER', 'ORG', 'LOC', 'NORP', 'MISC'])
export type EntityType = z.infer<typeof EntityType>

export const MentionKind = z.enum(['name', 'nominal', 'pronoun', 'acronym'])
export type MentionKind = z.infer<typeof MentionKind>

export const Mention = z.object({
  id: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: EntityType,
  /** Finer type where known: country, city, region, facility, armed_group, agency, outlet, government… */
  subtype: z.string().optional(),
  kind: MentionKind.default('name'),
  /** Confidence 0..1 from the recogniser. */
  score: z.number().min(0).max(1).optional(),
  /** Which stage produced it. */
  stage: z.string(),
  /** Within-document antecedent mention id, for short forms and nominals. */
  antecedentId: z.string().optional(),
  /**
   * Why the antecedent was set, where resolution trusts the link over its name guards: `alias`, the text says the two
   * names are one ("Qayyarah Airfield West, also called “Q-West”", "Myanmar (Burma)").
   */
  linkedBy: z.enum(['alias']).optional(),
  /** Resolved entity; set by resolution, never by rewriting the mention. */
  entityId: z.string().optional(),
})
export type Mention = z.infer<typeof Mention>

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  canonicalName: z.string(),
  aliases: z.array(z.string()).default([]),
  kind: z.string().optional(),
  /** Coordinates for places. */
  lat: z.number().optional(),
  lon: z.number().optional(),
  country: z.string().optional(),
  /** Where the entity came from: `kb` (curated actor knowledge base), `user`, `extracted`. */
  origin: z.enum(['kb', 'user', 'extracted']).default('extracted'),
  /** Names the knowledge base gives the entity that no article used: kept for matching and search, not shown as seen aliases. */
  kbAliases: z.array(z.string()).optional(),
})
export type Entity = z.infer<typeof Entity>

export const Verdict = z.enum(['same', 'different', 'unsure'])
export type Verdict = z.infer<typeof Verdict>

/** A recorded resolution decision between two entities (or entity keys). Reversible by design. */
export const Judgement = z.object({
  id: z.string(),
  a: z.string(),
  b: z.string(),
  verdict: Verdict,
  score: z.number(),
  by: z.enum(['model', 'user', 'kb']),
  reason: z.string().optional(),
  at: z.string(),
})
export type Judgement = z.infer<typeof Judgement>

export const EventRole = z.object({
  mentionId: z.string().optional(),
  entityId: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** CAMEO actor code (country/IGO + sector, e.g. `SYRMIL`, `IGOUNO`), when the actor dictionaries know the actor. */
  code: z.string().optional(),
})
export type EventRole = z.infer<typeof EventRole>

/** `reported`: told by a source in a neutral reporting frame ("X said Y attacked Z"), not by the article itself. */
export const Modality = z.enum(['asserted', 'attempted', 'planned', 'alleged', 'denied', 'negated', 'hypothetical', 'reported'])
export type Modality = z.infer<typeof Modality>
/**
 * Did the act happen, as far as the text tells? Told in the article's voice (`asserted`) or by a source in a neutral
 * report (`reported`). Relations and counts use these only: negated, planned, hypothetical, attempted, alleged and
 * denied acts stay out.
 */
export const isDoneModality = (m: string | undefined): boolean => m === undefined || m === 'asserted' || m === 'reported'

export const Event = z.object({
  id: z.string(),
  articleId: z.string(),
  cameo: z.string(),
  cameoRoot: z.string(),
  plover: z.string().optional(),
  /** PLOVER mode of the event type, where derivable from the CAMEO code. */
  ploverMode: z.string().optional(),
  quadClass: z.number().int().min(0).max(4).optional(),
  goldstein: z.number().optional(),
  actor: EventRole.optional(),
  target: EventRole.optional(),
  cue: TextSpan,
  sentence: Span,
  location: EventRole.optional(),
  /** ISO date (or date range start) resolved against the article's date, plus the phrase it came from. */
  when: z.object({ date: z.string().optional(), text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
  count: z.number().optional(),
  modality: Modality.default('asserted'),
  clusterId: z.string().optional(),
  /** The learned event scorer's probability (0..1) that this is a real event of its root with these roles. */
  confidence: z.number().min(0).max(1).optional(),
})
export type Event = z.infer<typeof Event>

export const EventCluster = z.object({
  id: z.string(),
  cameoRoot: z.string(),
  actorEntityId: z.string().optional(),
  targetEntityId: z.string().optional(),
  eventIds: z.array(z.string()),
  reports: z.number().int(),
  independentSources: z.number().int(),
})
export type EventCluster = z.infer<typeof EventCluster>

export const Stance = z.enum(['assert', 'confirm', 'deny', 'hedge'])
export type Stance = z.infer<typeof Stance>

export const ClaimSource = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  mentionId: z.string().optional(),
  entityId: z.string().optional(),
  anonymous: z.boolean(),
  /** Descriptor of an anonymous source: "a senior Hamas operative". */
  descriptor: z.string().optional(),
  rank: z.string().optional(),
  /** Entity id (or name) of the organisation the source belongs to. */
  affiliation: z.string().optional(),
  /** For pronoun/nominal sources: the earlier claim source this one continues. */
  antecedentClaimId: z.string().optional(),
})
export type ClaimSource = z.infer<typeof ClaimSource>

/**
 * What a claim reports: `fact`, a statement about the world that can be true or false; `position`, the speaker's own
 * stance, commitment or act ("reiterates support for …", "agreed to …", "responds to the attack"). Only claims of fact
 * are graded, corroborated and counted as facts; absent means `fact` (claims stored before the field existed).
 */
export const ClaimKind = z.enum(['fact', 'position'])
export type ClaimKind = z.infer<typeof ClaimKind>

export const Claim = z.object({
  id: z.string(),
  articleId: z.string(),
  source: ClaimSource,
  cue: TextSpan,
  content: TextSpan,
  stance: Stance,
  hedged: z.boolean().default(false),
  hedges: z.array(z.string()).default([]),
  quote: z.boolean().default(false),
  /** Outlet the claim came through ("told Breitbart Jerusalem"). */
  via: z.string().optional(),
  about: z.array(z.string()).default([]),
  kind: ClaimKind.optional(),
})
export type Claim = z.infer<typeof Claim>

/** A person's (or group's) role in an organisation, read from an apposition or title in one article. */
export const Affiliation = z.object({
  /** The person (or, for part_of, the member organisation). */
  personMentionId: z.string(),
  orgMentionId: z.string(),
  role: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  kind: z.enum(['member_of', 'part_of']),
})
export type Affiliation = z.infer<typeof Affiliation>

export const RelationKind = z.enum(['hostile', 'cooperative', 'member_of', 'part_of', 'leader_of', 'allied_with'])
export type RelationKind = z.infer<typeof RelationKind>

export const Relation = z.object({
  id: z.string(),
  a: z.string(),
  b: z.string(),
  kind: RelationKind,
  role: z.string().optional(),
  score: z.number(),
  from: z.string().optional(),
  to: z.string().optional(),
  evidence: z.array(z.string()).default([]),
})
export type Relation = z.infer<typeof Relation>

export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F'])
export const Credibility = z.enum(['1', '2', '3', '4', '5', '6'])
export const Grade = z.object({
  reliability: Reliability,
  credibility: Credibility,
  reasons: z.array(z.string()),
})
export type Grade = z.infer<typeof Grade>
