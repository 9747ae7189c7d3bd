/**
 * events.cameo.v24 — code events (CAMEO root and sub-code, QuadClass, Goldstein,
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
import { extractEvents } from '../../events/extract.js'
import { CueLexicon } from '../../events/lexicon.js'
import type { LearnedCue } from '../../events/learned-cues.js'
import { defaultPartyModel, type PartyModel } from '../../events/parties/model.js'
import { rankParties } from '../../events/parties/ranker.js'
import { defaultScorerModel, type ScorerModel } from '../../events/scorer/model.js'
import { scoreEvents } from '../../events/scorer/score.js'
import type { AnnotatedDoc, Event, Stage } from '../../model/index.js'

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

export function eventsStageWith(o: EventsStageOptions = {}): Stage {
  return {
    key: o.key ?? 'events.cameo.v24',
    requires: ['doc.sentences', 'doc.tokens', 'doc.mentions', 'doc.syntax'],
    assigns: ['doc.events'],
    run(doc, ctx) {
      const lexicon = ctx.resources['events.lexicon']
      const coder = (ctx.resources['events.actorCoder'] as ActorCoder | undefined) ?? defaultActorCoder()
      const model = o.model === undefined ? defaultScorerModel() : o.model
      const loose = o.loose ?? model?.loose ?? false
      const looseIds = new Set<string>()
      const learned = new Map<string, LearnedCue>()
      const extracted = extractEvents(doc, { ...(lexicon instanceof CueLexicon ? { lexicon } : {}), loose, looseIds, learned })
      const parties = o.parties === undefined ? defaultPartyModel() : o.parties
      // one coder of this document for the ranker's candidates and the chosen parties (each role coded once)
      const docCoder = coder.forDoc(doc)
      const coded = docCoder.codeEvents(parties ? rankParties(doc, extracted, parties, docCoder) : extracted)
      o.inspect?.(doc, coded, looseIds)
      const min = ctx.resources['events.minConfidence']
      const events = model ? scoreEvents(doc, coded, model, { minConfidence: typeof min === 'number' ? min : o.minConfidence, loose: looseIds, learned }) : coded
      return { ...doc, events }
    },
  }
}

export const eventsStage: Stage = eventsStageWith()
