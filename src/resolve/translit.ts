/**
 * Transliteration-aware name keys.
 *
 * Names of Arabic origin reach English news in many spellings (Dugmush /
 * Dughmush / Doghmush, Marzook / Marzouk / Marzuq, al-Baghdadi / el Baghdadi).
 * A key folds those differences away so that spellings of one name meet in
 * the same block, while the parts that tell people apart (the other name
 * parts) stay in the key for the guards in `compare.ts` to look at.
 *
 * Folding, in order: Unicode → ASCII (diacritics, ʿayn/hamza marks and
 * apostrophes dropped), lower case, hyphens → spaces, the article al-/el-/ad-/
 * ash-… dropped when written apart or hyphenated, name particles normalised
 * (Abu/Abou/Abo → abu, Bin/Ben/Ibn → bin, Abdel/Abdul/Abd al- + next → abd…),
 * digraphs folded (gh→g, kh→k, ph→f, dh→d, th→t, q→k, ck→k, ch→sh, dj→j,
 * ou/oo→u, ee→i, aa→a, ei/ey/ay→ai, ie→i), doubled letters collapsed.
 * @module
 */
import { stringMemo } from '../model/memo.js'
import { ARTICLES as ARTICLE_WORDS, EUROPEAN_NAME_PARTICLES, NAME_PARTICLES, POSSESSIVE_DETERMINERS, pronounInfo, TITLES as ENGLISH_TITLES } from '../text/english.js'

/** Generational suffixes and regnal numbers, not name parts ("Nebuchadnezzar II", "Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** Article prefixes written apart or with a hyphen: al-Baghdadi, el Sisi, ash-Shabaab, ad-Dawla. */
const ARTICLES = new Set(['al', 'el', 'ul', 'il', 'ad', 'ed', 'ud', 'ar', 'er', 'ur', 'as', 'es', 'us', 'at', 'et', 'az', 'ez', 'an', 'en', 'ash', 'esh', 'ath', 'adh', 'az'])
/** Hyphen-only article forms: "as" and "an" are English words when standing alone. */
const STANDALONE_ARTICLES = new Set(['al', 'el', 'ul'])

const PARTICLES: Record<string, string> = {
  abu: 'abu', abou: 'abu', abo: 'abu', abi: 'abu', aboo: 'abu',
  bin: 'bin', ben: 'bin', ibn: 'bin', bn: 'bin', ibin: 'bin',
  bint: 'bint', umm: 'umm', um: 'umm', oum: 'umm', omm: 'umm',
}

/**
 * Title words dropped from person names ("President Assad", "Sheikh Ahmed Yassin"): the shared lexicon's honorifics
 * and titles, and the religious and military ones of the region's news.
 */
export const TITLES: ReadonlySet<string> = new Set([...ENGLISH_TITLES,
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'imam', 'mullah', 'emir', 'amir', 'caliph', 'ayatollah', 'mufti', 'hajj', 'haji',
  'brigadier', 'lieutenant', 'field', 'marshal', 'chairman', 'leader', 'spokesman', 'spokeswoman', 'father', 'saint', 'st',
])

/**
 * Words of the title phrases news put before a person's name ("Russian Foreign
 * Minister", "Navy Senior Chief Petty Officer", "Pentagon Press Secretary").
 */
export const TITLE_WORDS = new Set([...TITLES,
  'deputy', 'assistant', 'acting', 'senior', 'junior', 'chief', 'press', 'foreign', 'defense', 'defence', 'home', 'interior',
  'state', 'affairs', 'navy', 'naval', 'army', 'air', 'force', 'marine', 'marines', 'corps', 'petty', 'officer', 'spc', 'pfc',
  'cpl', 'specialist', 'private', 'staff', 'first', 'class', 'rear', 'special', 'envoy', 'representative', 'ambassador', 'the',
  'of', 'for', 'and', 'middle', 'east', 'fco', 'dod', 'pentagon', 'us', 'uk', 'un', 'eu', 'nato', 'coalition', 'undersecretary',
  'under', 'secretary-general', 'command', 'commanding', 'cdr', 'director', 'administrator', 'head', 'member', 'mp', 'airman',
  'seaman', 'soldier', 'spokesperson', 'deputy-chief', 'supreme', 'grand', 'crown', 'his', 'her', 'excellency', 'highness',
  'iraqi', 'russian', 'syrian', 'british', 'american', 'french', 'turkish', 'iranian', 'egyptian', 'israeli', 'palestinian',
  'saudi', 'jordanian', 'kurdish', 'australian', 'german', 'danish', 'canadian', 'dutch', 'belgian', 'afghan', 'lebanese',
  'yemeni', 'libyan', 'kuwaiti', 'emirati', 'qatari', 'uzbek', 'italian', 'spanish', 'chinese', 'japanese', 'indian', 'pakistani',
  'hamas', 'isis', 'isil', 'is', 'hezbollah', 'taliban', 'regional', 'national', 'security', 'adviser', 'advisor', 'council',
  'office', 'foreign-minister', 'prime-minister', 'vice-president', 'commodore', 'cmdre', 'brig-gen', 'lt-gen', 'maj-gen', 'lt-col',
])

/** Trailing generic heads that news attach to a group's name and drop at will. */
export const GENERIC_ORG_SUFFIXES = new Set(['group', 'organization', 'organisation', 'organizations', 'movement', 'network', 'militia', 'faction', 'outfit', 'terrorist', 'terror', 'jihadist', 'jihadists', 'militants', 'fighters', 'terrorists', 'militant', 'fighter'])

/** A company's legal form after its name ("Xerox Corp.", "Lukoil Co. Ltd"): the name says the same without it. */
export const COMPANY_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'incorporated', 'co', 'ltd', 'limited', 'plc', 'llc'])

/**
 * Name units of bodies that news put before the names of their agencies and organs ("United Nations World Food
 * Program", "U.N. World Food Program", "EU Commission"): the agency's name says the same without them.
 */
export const PARENT_BODIES: ReadonlyArray<readonly string[]> = [['united', 'nations'], ['un'], ['european', 'union'], ['eu'], ['african', 'union'], ['au']]

/** The units of an organisation's name after a parent body's name opening it (undefined: none opens it, or nothing follows). */
export function withoutParentBody(units: readonly string[]): string[] | undefined {
  for (const p of PARENT_BODIES) {
    if (units.length >= p.length + 2 && p.every((u, i) => units[i] === u)) return units.slice(p.length)
  }
  return undefined
}

/** Words that never carry identity in an ORG/LOC name. */
const STOP: ReadonlySet<string> = new Set([...ARTICLE_WORDS, 'of', 'and', 'for', 'in', 'on', '&'])

/**
 * Unicode → ASCII, lower case; marks, apostrophes and ʿayn/hamza signs dropped. Names and words recur across articles
 * and resolution folds each many times, so a short string is folded once per process; a long one (an article's text
 * for context words) is folded each time rather than kept.
 */
export function foldAscii(s: string): string {
  return s.length <= FOLD_MEMO_MAX_CHARS ? foldMemo(s) : foldAsciiOnce(s)
}

/** Strings up to this length are folded once (names, words); longer ones are not kept. */
const FOLD_MEMO_MAX_CHARS = 80
const foldMemo = stringMemo(foldAsciiOnce)

/** Characters foldAscii changes besides case: anything beyond ASCII, and the apostrophe and grave accent. */
const NEEDS_FOLDING = /[^\x00-\x26\x28-\x5f\x61-\x7f]/

function foldAsciiOnce(s: string): string {
  // plain ASCII without apostrophes (most names): Unicode normalisation and the replacements change nothing
  if (!NEEDS_FOLDING.test(s)) return s.toLowerCase()
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʿʾʻʼ`´'’‘]/g, '')
    .replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe').replace(/[ø]/g, 'o').replace(/[đ]/g, 'd').replace(/[ł]/g, 'l').replace(/[ı]/g, 'i')
    .toLowerCase()
}

/** Fold spelling variants inside one token (already ASCII lower case); a token's once per process (words recur across names). */
export function foldToken(t: string): string {
  return t.length <= FOLD_MEMO_MAX_CHARS ? tokenMemo(t) : foldTokenOnce(t)
}

const tokenMemo = stringMemo(foldTokenOnce)

function foldTokenOnce(t: string): string {
  let s = t
  // Russian / Ukrainian щ is written shch, sch or sh (Yushchenko / Yuschenko, Khrushchev / Khruschev)
  s = s.replace(/sh?ch/g, 'sh').replace(/ck/g, 'k').replace(/ch/g, 'sh').replace(/dj/g, 'j')
    .replace(/gh/g, 'g').replace(/kh/g, 'k').replace(/ph/g, 'f').replace(/dh/g, 'd').replace(/th/g, 't')
    .replace(/q/g, 'k').replace(/x/g, 'ks')
    .replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/ie/g, 'i')
    .replace(/e[iy](?![aeiou])/g, 'ai').replace(/ay(?![aeiou])/g, 'ai')
  s = s.replace(/(.)\1+/g, '$1')
  // final -ah / -eh is one Arabic ending spelt three ways (Raqqah / Raqqa, Haniyeh / Haniya)
  if (s.length > 3) s = s.replace(/[ae]h$/, 'a')
  return s
}

/** Consonant skeleton of a folded token: first letter kept, later vowels (and the w/y glides) dropped. */
export function skeletonToken(folded: string): string {
  if (folded.length === 0) return ''
  // an initial vowel is kept as a vowel mark: Osama / Usama, Omar / Umar
  const first = /[aeiou]/.test(folded[0]!) ? 'a' : folded[0]!
  return first + folded.slice(1).replace(/[aeiouwy]/g, '')
}

export type NameType = 'PER' | 'ORG' | 'LOC' | 'NORP' | 'MISC'

/** Raw lower-case ASCII words of a name, with hyphens split and articles marked (a name's once per process). */
function rawWords(name: string): readonly string[] {
  return name.length <= FOLD_MEMO_MAX_CHARS ? rawWordsMemo(name) : rawWordsOnce(name)
}

const rawWordsMemo = stringMemo((name: string): readonly string[] => rawWordsOnce(name))

function rawWordsOnce(name: string): string[] {
  // possessive endings are not part of the name ("Assad's regime")
  const ascii = foldAscii(name.replace(/['’]s\b/g, '')).replace(/\./g, '')
  const out: string[] = []
  for (const w of ascii.split(/[^a-z0-9-]+/)) {
    if (w === '') continue
    const parts = w.split('-').filter((p) => p !== '')
    // hyphenated article: al-Baghdadi, ash-Shabaab, ad-Dawla (assimilated ones only: "US-led" stays)
    if (parts.length >= 2 && ARTICLES.has(parts[0]!) && (STANDALONE_ARTICLES.has(parts[0]!) || parts[1]!.startsWith(parts[0]!.slice(1)))) {
      out.push(...parts.slice(1))
      continue
    }
    out.push(...parts)
  }
  // articles written apart: "al Baghdadi", "el Sisi" (only al/el/ul: "as", "an", "ash" are English words),
  // and assimilated ones inside a name, where the article's consonant doubles the next word's
  // first letter: "Dayr Az Zawr", "Abd ar Rahman" (but not "Ash Carter")
  const assimilated = (w: string, next: string | undefined) => next !== undefined && ARTICLES.has(w) && !STANDALONE_ARTICLES.has(w) && next.startsWith(w.slice(1))
  return out.filter((w, i) => !((STANDALONE_ARTICLES.has(w) && i < out.length - 1) || (i > 0 && assimilated(w, out[i + 1]))))
    .filter((w, i, all) => !(i > 0 && NAME_SUFFIXES.has(w)) || all.length === 1)
}

/**
 * Name units: tokens after folding, with particles bound to the next word
 * ("abu bakr" is one unit, like a given name) and titles / stop words dropped.
 */
export function nameUnits(name: string, type: NameType): string[] {
  return [...unitsMemo(name, type)]
}

/**
 * `f` of a name and its type, computed once per pair: resolution asks for a name's units and keys many times (every
 * comparison, the canonical name's sort) and names recur across articles. Callers of the memoised functions get copies.
 */
function perTypeMemo<T>(f: (name: string, type: NameType) => T): (name: string, type: NameType) => T {
  const memos = new Map<NameType, (name: string) => T>()
  return (name, type) => {
    let memo = memos.get(type)
    if (!memo) memos.set(type, (memo = stringMemo((n) => f(n, type))))
    return memo(name)
  }
}

const unitsMemo = perTypeMemo((name, type): readonly string[] => computeNameUnits(name, type))

/**
 * `nameUnits` without keeping the result: for one-time indexes over many names that are not asked for again (the
 * shipped dictionaries' tens of thousands of persons), which would only fill the per-name memo.
 */
export function freshNameUnits(name: string, type: NameType): string[] {
  return computeNameUnits(name, type, rawWordsOnce)
}

function computeNameUnits(name: string, type: NameType, wordsOf: (name: string) => readonly string[] = rawWords): string[] {
  // a person has no acronym: "KERRY" in a transcript is Kerry written in capitals
  if (isAcronym(name) && type !== 'PER') return [name.trim().replace(/^the\s+/i, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase()]
  let words: readonly string[] = wordsOf(name)
  if (type === 'PER') {
    // "The Prime Minister" is a description, not a name: keep it whole
    if (words.every((w) => TITLE_WORDS.has(w))) return words.length > 0 ? [words.join(' ')] : []
    while (words.length > 1 && TITLE_WORDS.has(words[0]!)) words = words.slice(1)
  } else {
    if (words.length > 1) words = words.filter((w) => !STOP.has(w))
    if (type === 'ORG') {
      while (words.length > 1 && GENERIC_ORG_SUFFIXES.has(words[words.length - 1]!)) words = words.slice(0, -1)
      // "Xerox Corp." is the company "Xerox" names
      while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words = words.slice(0, -1)
    }
  }
  const units: string[] = []
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!
    // Abdel / Abdul / Abd al- / Abdessalam → abd + name
    const abd = /^abd(?:[aeu][lsrtdzn]?)?$/.exec(w)
    if (abd && i + 1 < words.length) {
      const nxt = words[++i]!
      const afterArticle = ARTICLES.has(nxt) && i + 1 < words.length ? words[++i]! : nxt
      units.push(foldToken('abd' + afterArticle))
      continue
    }
    const m = /^abd(?:[aeu][lsrtdzn])(.{3,})$/.exec(w)
    if (m) w = 'abd' + m[1]
    const particle = PARTICLES[w]
    if (particle !== undefined && i + 1 < words.length && type === 'PER') {
      const nxt = words[++i]!
      units.push(`${particle} ${foldToken(nxt)}`)
      continue
    }
    if (particle !== undefined && type !== 'PER') { units.push(particle); continue }
    units.push(foldToken(w))
  }
  return units.filter((u) => u !== '')
}

/**
 * The blocking key of a name: folded units joined by spaces.
 * "Abu Bakr al-Baghdadi" → "abu bakr bagdadi"; "Mumtaz Dughmush" → "mumtaz dugmush".
 */
export function nameKey(name: string, type: NameType): string {
  return nameUnits(name, type).join(' ')
}

/** Consonant skeleton of the whole name: "Mumtaz Dugmash" → "mmtz dgmsh". */
export function skeleton(name: string, type: NameType): string {
  return nameUnits(name, type).map((u) => u.split(' ').map(skeletonToken).join(' ')).join(' ')
}

/** A unit with an attached article dropped ("almuhajer" → "muhajer"), or undefined. */
export function withoutAttachedArticle(unit: string): string | undefined {
  const m = /^(?:al|el)([a-z]{4,})$/.exec(unit)
  return m ? m[1] : undefined
}

/**
 * The word a people's name is made on, from its plural or its adjective ("kurds", "kurdish" → "kurd"; "croatian" →
 * "croat"; "egyptians" → "egypt"): one folded name unit; the unit itself when it has neither ending.
 */
export function peopleStem(unit: string): string {
  const singular = /^[a-z]{3,}s$/.test(unit) ? unit.slice(0, -1) : unit
  return /^[a-z]{3,}(?:ish|ian)$/.test(singular) ? singular.replace(/(?:ish|ian)$/, '') : singular
}

/**
 * Keys under which a name is blocked for comparison: its skeleton, the
 * skeleton of its last unit (persons: surname short forms) and variants with
 * an attached article dropped ("Almuhajer" meets "al-Muhajer").
 */
export function blockingKeys(name: string, type: NameType): string[] {
  return [...keysMemo(name, type)]
}

const keysMemo = perTypeMemo((name, type): readonly string[] => computeBlockingKeys(name, type))

function computeBlockingKeys(name: string, type: NameType): string[] {
  const units = nameUnits(name, type)
  if (units.length === 0) return []
  const skel = (u: string) => u.split(' ').map(skeletonToken).join(' ')
  const keys = new Set<string>()
  keys.add(`${type}|${units.map(skel).join(' ')}`)
  // the same name in capitals and in title case ("KERRY" / "Kerry", "SYRIA" / "Syria") meets here
  keys.add(`${type}|case:${foldAscii(name).replace(/[^a-z0-9]+/g, ' ').trim()}`)
  // names of numbered units meet on their number ("407th AEG" / "407th Air Expeditionary Group")
  const firstWord = name.trim().split(/\s+/)[0] ?? ''
  if (type === 'ORG' && /\d/.test(firstWord)) keys.add(`${type}|num:${firstWord.toLowerCase()}`)
  // a people named in the plural and the singular ("Iraqis" / "Iraqi"), and by its adjective ("Kurds" / "Kurdish")
  if (type === 'NORP' && units.length === 1 && /[a-z]{3}s$/.test(units[0]!)) keys.add(`${type}|${skel(units[0]!.slice(0, -1))}`)
  if (type === 'NORP' && units.length === 1 && peopleStem(units[0]!) !== units[0]) keys.add(`${type}|people:${peopleStem(units[0]!)}`)
  // an agency with and without its parent body's name ("United Nations World Food Program" / "World Food Program")
  const agency = type === 'ORG' ? withoutParentBody(units) : undefined
  if (agency) keys.add(`${type}|${agency.map(skel).join(' ')}`)
  const variants = units.map((u) => withoutAttachedArticle(u) ?? u)
  keys.add(`${type}|${variants.map(skel).join(' ')}`)
  for (const k of acronymTailKeys(name, type)) keys.add(k)
  if (type === 'PER') {
    const last = variants[variants.length - 1]!
    keys.add(`${type}|last:${skel(last.replace(/^(abu|bin|bint|umm) /, ''))}`)
  } else if (units.length > 1) {
    // acronym block: initials of the significant words ("Islamic State group" → is)
    // with and without a generic last word: "WHO" spells "World Health Organization" whole, "IS" "Islamic State group" without it
    for (const a of [...initialsVariants(stripGenericSuffix(name)), ...initialsVariants(name)]) keys.add(`${type}|acr:${a}`)
  } else if (isAcronym(name)) {
    keys.add(`${type}|acr:${name.replace(/[^A-Za-z]/g, '').toLowerCase()}`)
  }
  return [...keys].sort()
}

/**
 * Keys on which a name abbreviated only at its end meets its full form ("Dravia ANG" / "Dravia Air National Guard"):
 * the leading words and the acronym's letters on one side, the leading words and the initials of the rest on the other.
 */
function acronymTailKeys(name: string, type: NameType): string[] {
  if (type !== 'ORG' && type !== 'LOC') return []
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/)
  if (words.length < 2 || words.length > 8) return []
  const lead = (k: number) => words.slice(0, k).map((w) => foldAscii(w)).join(' ')
  const last = words[words.length - 1]!
  if (isAcronym(last)) return [`${type}|tail:${lead(words.length - 1)}|${last.replace(/[^A-Za-z]/g, '').toLowerCase()}`]
  const out: string[] = []
  for (let k = 1; k <= words.length - 2; k++) for (const i of initialsVariants(words.slice(k).join(' '))) out.push(`${type}|tail:${lead(k)}|${i}`)
  return out
}

/** Bidirectional marks, zero-width and soft-hyphen characters that articles carry invisibly around names. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g

/**
 * Is a mention's text a name of its entity: a named mention (kind "name" or "acronym"), and not a pronoun or possessive
 * a recogniser took for one ("It", "Their")? A pronoun or a description joined by within-document coreference ("he",
 * "the coalition") is a mention of the entity, not a name of it: it stays in the mention list, out of the aliases shown
 * to users and the store's name index.
 */
export function namesItsEntity(kind: string | undefined, text: string): boolean {
  if (kind !== undefined && kind !== 'name' && kind !== 'acronym') return false
  const t = text.replace(INVISIBLE, '').trim()
  return t !== '' && pronounInfo(t) === undefined && !POSSESSIVE_DETERMINERS.has(t.toLowerCase())
}

/**
 * The aliases to show for an entity: the names its named mentions used (`namesItsEntity`; a name may describe: "the
 * ruling movement in Gaza"), without invisible characters, a sentence-initial "The" before a name also seen bare or,
 * for persons, the title phrase before the name; one spelling per case-insensitive form, none equal to the canonical name.
 */
export function seenAliases(names: readonly string[], canonical: string, type: NameType): string[] {
  const out: string[] = []
  const seen = new Set([canonical.toLowerCase()])
  const clean = (x: string) => x.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  const all = new Set([canonical, ...names].map((x) => clean(x).toLowerCase()))
  for (const raw of names) {
    let n = clean(raw)
    // "The UK" beside "UK": the article only opened a sentence with it ("The Hague" alone stays)
    if (/^The \S/.test(n) && all.has(n.slice(4).toLowerCase())) n = n.slice(4)
    if (type === 'PER' && !isDescription(n)) n = stripTitles(n)
    if (n === '' || seen.has(n.toLowerCase())) continue
    seen.add(n.toLowerCase())
    out.push(n)
  }
  return out
}

/** A person's name without the title phrase before it, surface case kept ("Pentagon Press Secretary Peter Cook" → "Peter Cook"). */
export function stripTitles(name: string): string {
  const parts = name.trim().split(/\s+/)
  let i = 0
  const folded = (w: string) => foldAscii(w).replace(/[.,]/g, '')
  while (i < parts.length - 1 && TITLE_WORDS.has(folded(parts[i]!))) i++
  return i === 0 || i >= parts.length ? name.trim() : parts.slice(i).join(' ')
}

/** Lower-case words inside names: articles, a few prepositions, name particles (shared lexicon) and Arabic connectives. */
const LOWER_NAME_WORDS: ReadonlySet<string> = new Set([...ARTICLE_WORDS, 'of', 'and', 'for', 'in', 'on', 'at', 'to', ...NAME_PARTICLES,
  ...EUROPEAN_NAME_PARTICLES, 'del', 'den', 'bint', 'wa', 'fi', 'li', 'lil', 'wal'])

/**
 * Is a mention a description rather than a name: does it hold a lower-case
 * content word ("ISIL-held buildings", "Syrian civilians", "ISIL tactical
 * unit")? Descriptions of the same words in two articles usually mean
 * different things, so resolution does not join them across articles.
 */
export function isDescriptivePhrase(surface: string): boolean {
  for (const w of surface.trim().split(/[\s\-‐‑–—/]+/)) {
    const bare = w.replace(/^[("“'‘]+|[)"”'’.,:;]+$/g, '')
    if (bare === '' || !/^[a-z]/.test(bare)) continue
    const lw = bare.toLowerCase()
    if (LOWER_NAME_WORDS.has(lw) || ARTICLES.has(lw) || GENERIC_ORG_SUFFIXES.has(lw) || /^['’]?s$/.test(lw)) continue
    return true
  }
  return false
}

/** Is a person "name" only title words ("The Prime Minister", "the Foreign Secretary")? */
export function isDescription(name: string): boolean {
  const words = rawWords(name)
  return words.length > 0 && words.every((w) => TITLE_WORDS.has(w))
}

/** Is a surface form an acronym: 2–6 letters, upper case, dots allowed, "the" ignored ("IS", "U.S.", "the UK"). */
export function isAcronym(surface: string): boolean {
  const s = surface.trim().replace(/^the\s+/i, '').replace(/\./g, '')
  return /^[A-Z][A-Z0-9]{1,5}$/.test(s) && /[A-Z].*[A-Z]/.test(s)
}

/** A name without trailing generic heads ("Islamic State group" → "Islamic State"). */
export function stripGenericSuffix(name: string): string {
  let s = name.trim()
  for (;;) {
    const m = /^(.*\S)\s+([A-Za-z]+)$/.exec(s)
    if (!m || !GENERIC_ORG_SUFFIXES.has(m[2]!.toLowerCase())) return s
    s = m[1]!
  }
}

/** A leading qualifier written as a code: a state or parent body ("U.S.", "UN", "EU"), two or three capitals, dots allowed. */
const LEADING_CODE = /^(?:(?:[A-Z]\.){2,3}|[A-Z]{2,3})\s+(?=[A-Z])/
/** A trailing complement: a lower-case preposition and capitalised words to the end ("on Syria", "in Europe"). */
const TRAILING_COMPLEMENT = /\s+(?:on|in|for|at)\s+(?:the\s+)?[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*$/

/**
 * The cores of an organisation's name that its acronym may spell: the name without a leading qualifier (a state or
 * parent body: "U.S.", "UN", "United Nations"), without a trailing complement ("on Syria"), and without both, when at
 * least two words remain. "UN Commission of Inquiry on Syria" → "Commission of Inquiry" (the COI), "U.S. Food and Drug
 * Administration" → "Food and Drug Administration" (the FDA).
 */
export function nameCores(name: string): string[] {
  const s = name.trim().replace(/\s+/g, ' ').replace(/^the /i, '')
  const units = s.split(' ')
  const parent = PARENT_BODIES.find((p) => units.length > p.length && p.every((u, i) => foldAscii(units[i]!).replace(/[^a-z]/g, '') === u))
  const lead = LEADING_CODE.test(s) ? s.replace(LEADING_CODE, '') : parent !== undefined ? units.slice(parent.length).join(' ') : s
  const out = new Set([lead, s.replace(TRAILING_COMPLEMENT, ''), lead.replace(TRAILING_COMPLEMENT, '')])
  out.delete(s)
  return [...out].filter((c) => c.split(' ').length >= 2)
}

/** Initials a name's acronym may have: of the whole name, and (three letters at least) of its cores (`nameCores`). */
export function acronymsOfName(name: string): string[] {
  const whole = [...initialsVariants(stripGenericSuffix(name)), ...initialsVariants(name)]
  const cores = nameCores(name).flatMap((c) => [...initialsVariants(stripGenericSuffix(c)), ...initialsVariants(c)]).filter((x) => x.length >= 3)
  return [...new Set([...whole, ...cores])]
}

/** Initials of the capitalised words of a name ("Islamic State of Iraq and Syria" → "isis"). */
export function initials(name: string): string {
  const words = foldAscii(name).split(/[^a-z0-9]+/).filter((w) => w !== '' && !(STOP.has(w) && w !== 'and'))
  return words.filter((w) => w !== 'and').map((w) => w[0]!).join('')
}

/** Initials variants: with and without "and"/"of" words ("ISIS" for "Islamic State in Iraq and Syria"). */
export function initialsVariants(name: string): string[] {
  const words = foldAscii(name).replace(/-/g, ' ').split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'the')
  const out = new Set<string>()
  out.add(words.filter((w) => !STOP.has(w)).map((w) => w[0]!).join(''))
  out.add(words.filter((w) => !STOP.has(w) || w === 'and').map((w) => w[0]!).join(''))
  out.add(words.map((w) => w[0]!).join(''))
  out.add(words.filter((w) => !ARTICLES.has(w) && !STOP.has(w)).map((w) => w[0]!).join(''))
  return [...out].filter((x) => x.length >= 2)
}
