/**
 * The CAMEO event code table: code, name, root, QuadClass, Goldstein weight and
 * the PLOVER type and mode each code maps to. The code list (data/cameo-codes.json)
 * is derived from the public CAMEO codebook via the GDELT lookup tables by
 * scripts/build-events-lexicon.ts; the PLOVER crosswalk (data/cameo-plover.json) is ours.
 * @module
 */
import codes from './data/cameo-codes.json' with { type: 'json' }
import { ploverFor } from './plover.js'

export interface CameoCode {
  readonly code: string
  readonly name: string
  /** Two-digit root ("17"). */
  readonly root: string
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number
  /** Goldstein conflict–cooperation weight, −10…+10. */
  readonly goldstein: number
  /** PLOVER event type and mode (data/cameo-plover.json, see plover.ts). */
  readonly plover?: string
  readonly ploverMode?: string
}

const TABLE = new Map<string, CameoCode>()
for (const c of codes as ReadonlyArray<Omit<CameoCode, 'plover' | 'ploverMode'>>) {
  const p = ploverFor(c.code)
  TABLE.set(c.code, p ? { ...c, plover: p.type, ...(p.mode ? { ploverMode: p.mode } : {}) } : c)
}

/** Look up a CAMEO code ("173", "0231", "19"); unknown leaf codes fall back to their base code. */
export function cameoInfo(code: string): CameoCode | undefined {
  const exact = TABLE.get(code)
  if (exact) return exact
  for (let n = code.length - 1; n >= 2; n--) {
    const c = TABLE.get(code.slice(0, n))
    if (c) return { ...c, code }
  }
  return undefined
}

/** The two-digit root of a code. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2)
}

/** Every code in the table, in code order. */
export function cameoCodes(): readonly CameoCode[] {
  return [...TABLE.values()]
}
