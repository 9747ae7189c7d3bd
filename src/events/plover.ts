/**
 * PLOVER alongside CAMEO: the PLOVER event type and, where the CAMEO sub-code
 * fixes one, the mode of an event (042 Make a visit → CONSULT / visit, 195 Employ
 * aerial weapons → ASSAULT / aerial, 0871 Declare truce → RETREAT / ceasefire).
 * The table (data/cameo-plover.json) is meant to be read: roots give types, codes
 * give modes and the few types PLOVER files elsewhere (055 Apologize → CONCEDE).
 * @module
 */
import table from './data/cameo-plover.json' with { type: 'json' }

export interface PloverCoding {
  /** PLOVER event type: AGREE, CONSULT, …, ASSAULT. */
  readonly type: string
  readonly mode?: string
}

const ROOTS: Readonly<Record<string, string>> = table.roots
const CODES: Readonly<Record<string, { type?: string; mode?: string }>> = table.codes

/** The PLOVER type and mode of a CAMEO code; undefined for codes PLOVER leaves out (root 01 statements). */
export function ploverFor(cameo: string): PloverCoding | undefined {
  let type: string | undefined
  let mode: string | undefined
  for (let n = cameo.length; n >= 2; n--) {
    const e = CODES[cameo.slice(0, n)]
    if (!e) continue
    mode ??= e.mode
    type ??= e.type
    if (type && mode) break
  }
  type ??= ROOTS[cameo.slice(0, 2)]
  if (!type) return undefined
  return mode ? { type, mode } : { type }
}
