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
import { jaroWinkler } from './compare.js'
import { freshNameUnits } from './translit.js'

/** Two last names of one dictionary entry this close (Jaro-Winkler) are two spellings of one name. */
const SAME_NAME_SPELLING = 0.8

export interface KnownPersons {
  /** Entries (dictionary indices) by the name key of a full name of two or more parts, titles dropped. */
  readonly byFullName: ReadonlyMap<string, ReadonlySet<number>>
  /** Entries the dictionary names by one name part alone or after titles ("MUBARAK", "PRESIDENT BUSH"), by its key. */
  readonly bySurname: ReadonlyMap<string, ReadonlySet<number>>
  /** The last parts of an entry's full names ("gadafi", "kadafi" for Gaddafi / Qadhafi; "bush", "administration"), by entry. */
  readonly lastNames: ReadonlyMap<number, ReadonlySet<string>>
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
  const lastNames = new Map<number, Set<string>>()
  entries.forEach((e, i) => {
    if (e.kind !== 'actor') return
    const units = e.terms.map((t) => freshNameUnits(t.words.join(' '), 'PER'))
    // a one-part term is a short form only of a person the entry also names in full with that last part
    const lastParts = new Set(units.filter((u) => u.length >= 2).map((u) => u[u.length - 1]!))
    if (lastParts.size > 0) lastNames.set(i, lastParts)
    for (const u of units) {
      if (u.length >= 2) add(byFullName, u.join(' '), i)
      else if (u.length === 1 && lastParts.has(u[0]!)) add(bySurname, u[0]!, i)
    }
  })
  return { byFullName, bySurname, lastNames }
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

/**
 * The dictionary's word on a lone surname (`short`) as a short form of one of several full names (`fulls`) that the
 * corpus reads as one person, `best` the one it would join. When the dictionary gives every one of those full names to
 * one entry, it confirms they are one person and may know him by any of them ("Ayman al-Zawahiri" beside "Ayman
 * al-Zawahri", listed once more under the first spelling alone); otherwise only `best` speaks, since the corpus may
 * have joined two persons by their names ("George Bush" beside "George H.W. Bush").
 */
export function surnameEvidenceOfAll(known: KnownPersons, short: string, fulls: readonly string[], best: string): { known: boolean; other: boolean } {
  const entries = fulls.map((f) => known.byFullName.get(f))
  const common = entries.reduce<Set<number> | undefined>((acc, e) => (e === undefined ? new Set<number>() : acc === undefined ? new Set(e) : new Set([...acc].filter((i) => e.has(i)))), undefined)
  if (fulls.length < 2 || common === undefined || common.size === 0) return surnameEvidence(known, short, best)
  const evidence = fulls.map((f) => surnameEvidence(known, short, f))
  return { known: true, other: evidence.every((e) => e.other) }
}

/**
 * Does the dictionary deny that two spellings of a last name (name units `x`, `y`: "bush" / "bosh", same consonants)
 * are one name? It does when it gives one of them as a surname only to persons it spells just that one way: a name with
 * a fixed spelling ("Bush") has no vowel variants, while the dictionary lists a transliterated name under several
 * ("Gaddafi", "Qadhafi", "Gadhafi"), and a name it does not know proves nothing.
 */
export function spellingVariantDenied(known: KnownPersons, x: string, y: string): boolean {
  if (x === y) return false
  const fixed = (s: string, other: string): boolean => {
    const bearers = known.bySurname.get(s)
    if (bearers === undefined) return false
    // the entry's other last names close to this one are its other spellings ("kadafi" beside "gadafi"; not
    // "administration" of "Bush administration")
    return [...bearers].every((b) => {
      const lasts = [...(known.lastNames.get(b) ?? [])]
      return !lasts.includes(other) && !lasts.some((l) => l !== s && jaroWinkler(l, s) >= SAME_NAME_SPELLING)
    })
  }
  return fixed(x, y) || fixed(y, x)
}
