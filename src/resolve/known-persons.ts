/**
 * Public persons an actor dictionary knows by name (the shipped Phoenix dictionaries hold thousands of heads of
 * state, ministers and rebel leaders, with the short forms news uses for them: "MUBARAK", "PRESIDENT BUSH",
 * "SECRETARY RICE"). Resolution uses them for lone surnames across articles:
 * - a full name the dictionary knows is someone the news names by surname alone ("Mr. Chavez" is Hugo Chavez when
 *   he is the only Chavez named in full);
 * - a surname the dictionary gives, alone or after a title, to a person other than the corpus's full name is not a
 *   short form of that name ("President Bush" is not the only Bush named in full, Laura Bush).
 * @module
 */
import type { PetrarchActor } from '../kb/petrarch-actors.js'
import { shippedActorDictionary } from '../kb/shipped-actors.js'
import { nameUnits } from './translit.js'

export interface KnownPersons {
  /** Entries (dictionary indices) by the name key of a full name of two or more parts, titles dropped. */
  readonly byFullName: ReadonlyMap<string, ReadonlySet<number>>
  /** Entries the dictionary names by one name part alone or after titles ("MUBARAK", "PRESIDENT BUSH"), by its key. */
  readonly bySurname: ReadonlyMap<string, ReadonlySet<number>>
}

function add(map: Map<string, Set<number>>, key: string, i: number): void {
  const s = map.get(key)
  if (s) s.add(i)
  else map.set(key, new Set([i]))
}

/** Index the actors of a dictionary by their names read as persons' names. */
export function indexKnownPersons(entries: ReadonlyArray<Pick<PetrarchActor, 'kind' | 'terms'>>): KnownPersons {
  const byFullName = new Map<string, Set<number>>()
  const bySurname = new Map<string, Set<number>>()
  entries.forEach((e, i) => {
    if (e.kind !== 'actor') return
    const units = e.terms.map((t) => nameUnits(t.words.join(' '), 'PER'))
    // a one-part term is a short form only of a person the entry also names in full with that last part
    const lastParts = new Set(units.filter((u) => u.length >= 2).map((u) => u[u.length - 1]!))
    for (const u of units) {
      if (u.length >= 2) add(byFullName, u.join(' '), i)
      else if (u.length === 1 && lastParts.has(u[0]!)) add(bySurname, u[0]!, i)
    }
  })
  return { byFullName, bySurname }
}

let shipped: KnownPersons | undefined
/** The persons of the shipped dictionaries, indexed once per process. */
export function shippedKnownPersons(): KnownPersons {
  shipped ??= indexKnownPersons(shippedActorDictionary())
  return shipped
}

/**
 * What the dictionary says about a lone surname (name key `short`) as a short form of a full name (name key `full`):
 * `known` — the dictionary knows the full name; `other` — it gives the surname to someone it does not name so.
 */
export function surnameEvidence(known: KnownPersons, short: string, full: string): { known: boolean; other: boolean } {
  const holders = known.byFullName.get(full)
  const bearers = known.bySurname.get(short)
  return {
    known: holders !== undefined,
    other: bearers !== undefined && ![...bearers].some((b) => holders?.has(b) === true),
  }
}
