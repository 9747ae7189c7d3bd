/**
 * events.cameo.v28 — code events (CAMEO root and sub-code, QuadClass, Goldstein,
 * PLOVER) with actor, target, place, time, count and modality, from the
 * article's sentences, tokens and mentions (src/events/extract.ts), re-choose each event's actor and target with the
 * learned party ranker (src/events/parties, models/events/parties.json), then score each with the learned event scorer
 * (src/events/scorer, models/events/scorer.json): every event carries its `confidence`, and events under the model's
 * threshold are dropped before claims and relations see them.
 *
 * Optional resources (StageContext.resources):
 * - `events.lexicon`: a CueLexicon (e.g. the shipped one plus a user's verb dictionary).
 * - `events.actorCoder`: an ActorCoder (default: Dossier's shipped actor and agent dictionaries),
 *   which fills the CAMEO code of every actor and target role.
 * - `events.minConfidence`: a number in 0..1 replacing the model's threshold (0 keeps every coded event).
 * @module
 */
import { defaultActorCoder, type ActorCoder } from '../../events/actor-codes.js'
import { extractEventsMany } from '../../events/extract.js'
import { CueLexicon } from '../../events/lexicon.js'
import type { LearnedCue } from '../../events/learned-cues.js'
import { defaultPartyModel, type PartyModel } from '../../events/parties/model.js'
import { rankParties } from '../../events/parties/ranker.js'
import { defaultScorerModel, type ScorerModel } from '../../events/scorer/model.js'
import { scoreEvents } from '../../events/scorer/score.js'
import { batchStage, type AnnotatedDoc, type Event, type Stage, type StageContext } from '../../model/index.js'

export interface EventsStageOptions {
  readonly key?: `${string}.v${number}`
  /** The scorer's model: default the shipped one; `null` codes without scoring (training reads the raw coder). */
  readonly model?: ScorerModel | null
  readonly minConfidence?: number
  /** The party ranker's model: default the shipped one; `null` keeps the coder's own parties (training reads them). */
  readonly parties?: PartyModel | null
  /** Over-generate candidates for the scorer (ExtractOptions.loose); default: the model's own setting. */
  readonly loose?: boolean
  /** Sees every coded event before scoring (training collects features here). */
  readonly inspect?: (doc: AnnotatedDoc, coded: readonly Event[], loose: ReadonlySet<string>) => void
}

/**
 * The events of a batch of documents, each step over every document before the next (the coder's candidates, its events,
 * the party ranker, the actor coder, the scorer): each step's tables (the verb lexicon and the proposer's, the actor
 * dictionaries and the ranker's, the scorer's) stay in the processor's caches from one document to the next. Each
 * document gets the events it would get alone (no step reads another document).
 */
function eventsOf(docs: readonly AnnotatedDoc[], ctx: StageContext, o: EventsStageOptions): AnnotatedDoc[] {
  const lexicon = ctx.resources['events.lexicon']
  const coder = (ctx.resources['events.actorCoder'] as ActorCoder | undefined) ?? defaultActorCoder()
  const model = o.model === undefined ? defaultScorerModel() : o.model
  const loose = o.loose ?? model?.loose ?? false
  const parties = o.parties === undefined ? defaultPartyModel() : o.parties
  const min = ctx.resources['events.minConfidence']
  const looseIds = docs.map(() => new Set<string>())
  const learned = docs.map(() => new Map<string, LearnedCue>())
  const extracted = extractEventsMany(docs, docs.map((_, i) => ({ ...(lexicon instanceof CueLexicon ? { lexicon } : {}), loose, looseIds: looseIds[i]!, learned: learned[i]! })))
  // one coder of each document for the ranker's candidates and the chosen parties (each role coded once)
  const coders = docs.map((doc) => coder.forDoc(doc))
  const ranked = parties ? docs.map((doc, i) => rankParties(doc, extracted[i]!, parties, coders[i]!)) : extracted
  const coded = ranked.map((events, i) => coders[i]!.codeEvents(events))
  if (o.inspect) docs.forEach((doc, i) => o.inspect!(doc, coded[i]!, looseIds[i]!))
  return docs.map((doc, i) => ({
    ...doc,
    events: model ? scoreEvents(doc, coded[i]!, model, { minConfidence: typeof min === 'number' ? min : o.minConfidence, loose: looseIds[i]!, learned: learned[i]! }) : coded[i]!,
  }))
}

export function eventsStageWith(o: EventsStageOptions = {}): Stage {
  return batchStage({
    key: o.key ?? 'events.cameo.v28',
    requires: ['doc.sentences', 'doc.tokens', 'doc.mentions', 'doc.syntax'],
    assigns: ['doc.events'],
  }, (docs, ctx) => eventsOf(docs, ctx, o))
}

export const eventsStage: Stage = eventsStageWith()
