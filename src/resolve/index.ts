/**
 * Entity resolution: transliteration-aware name keys, name comparison with
 * guards, knowledge-base linking, within-document coreference, affiliations,
 * and cross-document resolution with judgements.
 * @module
 */
export { foldAscii, nameKey, nameUnits, skeleton, blockingKeys, isAcronym, initialsVariants } from './translit.js'
export { compareNames, compareTyped, jaroWinkler, GUARDS, MERGE_THRESHOLD, REVIEW_THRESHOLD } from './compare.js'
export type { ComparisonKind, GuardName, NameComparison } from './compare.js'
export { buildKbIndex, matchKb, pickKbActor } from './kb-match.js'
export type { KbIndex, KbMatch } from './kb-match.js'
export { linkWithinDoc, COREF_STAGE_KEY } from './within-doc.js'
export { extractAffiliations } from './affiliations.js'
export type { Affiliation } from './affiliations.js'
export { resolveEntities, judgementKey, kbKey, kbEntityId, bodyKindsAgree, kbMatchesOfNames, stateOfHead } from './resolve.js'
export type { ResolveInput, ResolveOutput, ResolveArticle } from './resolve.js'
