/**
 * The party ranker's model: a linear scorer over candidate features (candidates.ts), trained by
 * scripts/train-parties.ts on the hand-coded news golds, shipped as models/events/parties.json.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DossierError } from '../../model/index.js'

export const PartyModel = z.object({
  /** Format and feature-set version; candidates.ts and this must agree. */
  version: z.literal(1),
  weights: z.record(z.string(), z.number()),
  /** Added to the coder's own choice of each slot: the ranker overrides the coder only by more than this (chosen by cross-validation). */
  ownBonus: z.number(),
})
export type PartyModel = z.infer<typeof PartyModel>

/** models/events/ at the repository root (three levels above src/events/parties and dist/events/parties). */
export const DEFAULT_PARTY_URL = new URL('../../../models/events/parties.json', import.meta.url)

export function readPartyModel(url: URL = DEFAULT_PARTY_URL): PartyModel {
  const file = fileURLToPath(url)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new DossierError('E_MODEL', `the party ranker model ${file} cannot be read`, {
      cause, context: { file }, hint: 'rebuild it with `npx tsx scripts/train-parties.ts` (needs ../shared/data) or restore models/events/ from git',
    })
  }
  const parsed = PartyModel.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_MODEL', `the party ranker model ${file} is not in the expected format`, {
      context: { file }, hint: 'rebuild it with `npx tsx scripts/train-parties.ts`',
    })
  }
  return parsed.data
}

let shipped: PartyModel | undefined
/** The shipped model, read once. */
export function defaultPartyModel(): PartyModel {
  shipped ??= readPartyModel()
  return shipped
}
