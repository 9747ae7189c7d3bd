/**
 * The ONE place pipeline stages are registered, under versioned keys.
 * Ship a v2 alongside a v1; never change what a v1 does.
 * @module
 */
import { ConfigError } from '../model/index.js'
import type { Stage } from '../model/index.js'
import { affiliationsStage } from './stages/affiliations.js'
import { claimsStage } from './stages/claims.js'
import { corefStage, corefSyntaxStage } from './stages/coref.js'
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
  corefSyntaxStage,
]

const byKey = new Map<string, Stage>(STAGES.map((s) => [s.key, s]))

export function lookupStage(key: string): Stage | undefined {
  return byKey.get(key)
}

export function registeredStageKeys(): string[] {
  return [...byKey.keys()]
}

/**
 * Register a stage at run time: a plug-in, or a test that injects a stage (one that throws, then a fixed one
 * under the same key with `replace`). The shipped stages are the list above; this never runs on import.
 */
export function registerStage(stage: Stage, opts: { replace?: boolean } = {}): void {
  if (byKey.has(stage.key) && !opts.replace) {
    throw new ConfigError('E_CONFIG', `stage "${stage.key}" is already registered`, { hint: 'ship a new version (.v2) or pass { replace: true }' })
  }
  byKey.set(stage.key, stage)
}

/** The default pipeline, in order. */
export const DEFAULT_STAGES: readonly string[] = [
  'segment.wink.v1',
  'syntax.parser.v2',
  'mentions.ner.v11',
  'coref.syntax.v7',
  'affiliations.rules.v1',
  'places.gazetteer.v2',
  'events.cameo.v18',
  'claims.syntax.v13',
]
