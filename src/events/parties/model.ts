/**
 * The party ranker's model: a linear scorer over candidate features (candidates.ts), trained by
 * scripts/train-parties.ts on the hand-coded news golds, shipped as models/events/parties.json.
 * @module
 */
import { z } from 'zod'
import { readJsonModel } from '../json-model.js'

export const PartyModel = z.object({
  /** Format and feature-set version; candidates.ts and this must agree. */
  version: z.literal(1),
  weights: z.record(z.string(), z.number()),
  /** Added to the coder's own choice of each slot: the ranker overrides the coder only by more than this (chosen by cross-validation). */
  ownBonus: z.number(),
  /** Added instead when the coder's choice is nobody (default: `ownBonus`; chosen by cross-validation). */
  noneBonus: z.number().optional(),
})
export type PartyModel = z.infer<typeof PartyModel>

/** models/events/ at the repository root (three levels above src/events/parties and dist/events/parties). */
export const DEFAULT_PARTY_URL = new URL('../../../models/events/parties.json', import.meta.url)

export function readPartyModel(url: URL = DEFAULT_PARTY_URL): PartyModel {
  return readJsonModel(url, PartyModel, 'the party ranker model', 'npx tsx scripts/train-parties.ts')
}

let shipped: PartyModel | undefined
/** The shipped model, read once. */
export function defaultPartyModel(): PartyModel {
  shipped ??= readPartyModel()
  return shipped
}
