/**
 * The ONE place pipeline stages are registered, under versioned keys.
 * Ship a v2 alongside a v1; never change what a v1 does.
 * @module
 */
import type { Stage } from './stage.js'
import { affiliationsStage } from './stages/affiliations.js'
import { claimsStage } from './stages/claims.js'
import { corefStage } from './stages/coref.js'
import { eventsStage } from './stages/events.js'
import { nerMentionsStage } from './stages/mentions-ner.js'
import { rulesMentionsStage } from './stages/mentions-rules.js'
import { placesStage } from './stages/places.js'
import { segmentStage } from './stages/segment.js'
import { syntaxStage } from './stages/syntax.js'

const STAGES: readonly Stage[] = [
  segmentStage,
  rulesMentionsStage,
  nerMentionsStage,
  corefStage,
  affiliationsStage,
  placesStage,
  eventsStage,
  claimsStage,
  syntaxStage,
]

const byKey = new Map<string, Stage>(STAGES.map((s) => [s.key, s]))

export function lookupStage(key: string): Stage | undefined {
  return byKey.get(key)
}

export function registeredStageKeys(): string[] {
  return [...byKey.keys()]
}

/** The default pipeline, in order. */
export const DEFAULT_STAGES: readonly string[] = [
  'segment.wink.v1',
  'syntax.parser.v1',
  'mentions.ner.v1',
  'coref.rules.v1',
  'affiliations.rules.v1',
  'places.gazetteer.v1',
  'events.cameo.v1',
  'claims.rules.v1',
]
