/**
 * The CAMEO event code table: code, name, root, QuadClass, Goldstein weight and
 * the PLOVER category each code maps to. The code list (data/cameo-codes.json)
 * is derived from the public CAMEO codebook via the GDELT lookup tables by
 * scripts/build-events-lexicon.ts; the PLOVER mapping is ours.
 * @module
 */
import codes from './data/cameo-codes.json' with { type: 'json' }

export interface CameoCode {
  readonly code: string
  readonly name: string
  /** Two-digit root ("17"). */
  readonly root: string
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number
  /** Goldstein conflict–cooperation weight, −10…+10. */
  readonly goldstein: number
  readonly plover?: string
}

/** PLOVER category per CAMEO root, with overrides for the codes that PLOVER splits off. */
const PLOVER_BY_ROOT: Record<string, string> = {
  '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN',
  '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
}
const PLOVER_BY_CODE: Record<string, string> = {
  '055': 'CONCEDE', '056': 'CONCEDE', '057': 'AGREE', '087': 'RETREAT', '0871': 'RETREAT', '0872': 'RETREAT',
  '0873': 'RETREAT', '0874': 'RETREAT', '081': 'CONCEDE', '016': 'REJECT', '015': 'CONCEDE',
}

const TABLE = new Map<string, CameoCode>()
for (const c of codes as ReadonlyArray<Omit<CameoCode, 'plover'>>) {
  const plover = ploverFor(c.code, c.root)
  TABLE.set(c.code, plover ? { ...c, plover } : c)
}

function ploverFor(code: string, root: string): string | undefined {
  for (let n = code.length; n >= 3; n--) {
    const p = PLOVER_BY_CODE[code.slice(0, n)]
    if (p) return p
  }
  return PLOVER_BY_ROOT[root]
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
