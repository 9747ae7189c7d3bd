/**
 * The keys of the shipped stages and the default pipeline, apart from the stage code: `dossier status` and the
 * read side compare stored stage keys with these without loading the stages (the syntax, NER and event models'
 * code). `stage-keys.test.ts` checks that this table equals the keys of the stages registry.ts registers.
 * @module
 */

/** Every shipped stage's key, in registry.ts order. */
export const SHIPPED_STAGE_KEYS: readonly string[] = [
  'segment.wink.v1',
  'mentions.rules.v1',
  'mentions.ner.v17',
  'coref.rules.v1',
  'affiliations.rules.v1',
  'places.gazetteer.v4',
  'events.cameo.v28',
  'claims.syntax.v26',
  'syntax.parser.v2',
  'coref.syntax.v15',
]

/** The default pipeline, in order. */
export const DEFAULT_STAGES: readonly string[] = [
  'segment.wink.v1',
  'syntax.parser.v2',
  'mentions.ner.v17',
  'coref.syntax.v15',
  'affiliations.rules.v1',
  'places.gazetteer.v4',
  'events.cameo.v28',
  'claims.syntax.v26',
]
