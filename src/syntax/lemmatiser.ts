/**
 * Lemmas: a lookup table of the training data's (UPOS, form) → lemma where the
 * suffix rules would get it wrong, and suffix rules learned from the same data
 * for everything else ("VERB …ied" → strip 3, add "y"). Rules key on UPOS and up
 * to five final letters; the longest suffix seen often enough wins.
 * @module
 */

export interface LemmaRule {
  /** Keep the form's case (proper nouns, "I") instead of lower-casing it. */
  readonly keepCase: boolean
  readonly strip: number
  readonly add: string
}

export interface LemmatiserTables {
  /** `${upos}\t${form}` → lemma, only where the rules are wrong. */
  readonly exceptions: Record<string, string>
  /** `${upos}\t${suffix}` → rule encoded as "k|l" + strip + "|" + add. */
  readonly rules: Record<string, string>
  /** Lemmas seen in training (lower-cased): a suffix rule whose output is a known lemma is preferred ("shelled" → "shell", not "shel" as "travelled" → "travel"). */
  readonly known: string[]
}

const MAX_SUFFIX = 5
/** Occurrences a suffix rule needs before it is trusted over a shorter suffix. */
const MIN_RULE_COUNT = 3

export function encodeRule(r: LemmaRule): string {
  return `${r.keepCase ? 'k' : 'l'}${r.strip}|${r.add}`
}

export function decodeRule(s: string): LemmaRule {
  const bar = s.indexOf('|')
  return { keepCase: s[0] === 'k', strip: Number(s.slice(1, bar)), add: s.slice(bar + 1) }
}

/** The rule turning `form` into `lemma`. */
export function ruleFor(form: string, lemma: string): LemmaRule {
  const keepCase = lemma !== lemma.toLowerCase() || (form === lemma && form !== form.toLowerCase())
  const base = keepCase ? form : form.toLowerCase()
  let p = 0
  while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++
  return { keepCase, strip: base.length - p, add: lemma.slice(p) }
}

export function applyRule(form: string, r: LemmaRule): string {
  const base = r.keepCase ? form : form.toLowerCase()
  if (r.strip > base.length) return base
  const out = base.slice(0, base.length - r.strip) + r.add
  return out === '' ? base : out
}

/**
 * English irregular verbs as "base past participle" (a prefixed verb listed whole: "foretell foretold foretold"). Forms that
 * are also the base of another verb are left out ("found", "lay", "saw", "fell", "wound", "ground", "bore"), so a verb's form
 * here has one lemma. The treebank's lemmas cover the common verbs; the table covers the past forms it saw too rarely to
 * learn ("swore" stayed "swore", "strove" "strove", "misled" became "misl", "shook" "shook"; "fled" was learned as "flead").
 */
const IRREGULAR_VERBS = `arise arose arisen, awake awoke awoken, bear - borne, beat beat beaten, become became become, begin began begun,
  bend bent bent, bid bade bidden, bind bound bound, bite bit bitten, bleed bled bled, blow blew blown, break broke broken,
  breed bred bred, bring brought brought, build built built, burn burnt burnt, buy bought bought, catch caught caught,
  choose chose chosen, cling clung clung, come came come, creep crept crept, deal dealt dealt, dig dug dug, do did done,
  draw drew drawn, drink drank drunk, drive drove driven, eat ate eaten, fall - fallen, feed fed fed, feel felt felt,
  fight fought fought, flee fled fled, fling flung flung, fly flew flown, forbid forbade forbidden,
  foresee foresaw foreseen, foretell foretold foretold, forget forgot forgotten, forgive forgave forgiven, freeze froze frozen,
  get got gotten, give gave given, go went gone, grow grew grown, hang hung hung, hear heard heard, hide hid hidden,
  hold held held, keep kept kept, kneel knelt knelt, know knew known, lay laid laid, lead led led, leap leapt leapt,
  leave left left, lend lent lent, lie - lain, light lit lit, lose lost lost, make made made, mean meant meant, meet met met,
  mislead misled misled, mistake mistook mistaken, outrun outran outrun, overcome overcame overcome, overhear overheard overheard,
  override overrode overridden, overrun overran overrun, oversee oversaw overseen, overtake overtook overtaken,
  overthrow overthrew overthrown, partake partook partaken, pay paid paid, rebuild rebuilt rebuilt, repay repaid repaid,
  retake retook retaken, retell retold retold, rewrite rewrote rewritten, ride rode ridden, ring rang rung, rise rose risen,
  run ran run, say said said, see - seen, seek sought sought, sell sold sold, send sent sent, shake shook shaken, shine shone shone,
  shoot shot shot, show - shown, shrink shrank shrunk, sing sang sung, sink sank sunk, sit sat sat, slay slew slain,
  sleep slept slept, slide slid slid, sling slung slung, speak spoke spoken, speed sped sped, spend spent spent, spin spun spun,
  spit spat spat, spring sprang sprung, stand stood stood, steal stole stolen, stick stuck stuck, sting stung stung,
  stink stank stunk, stride strode stridden, strike struck stricken, strive strove striven, swear swore sworn, sweep swept swept,
  swim swam swum, swing swung swung, take took taken, teach taught taught, tear tore torn, tell told told, think thought thought,
  throw threw thrown, tread trod trodden, understand understood understood, undertake undertook undertaken, undo undid undone,
  uphold upheld upheld, wake woke woken, wear wore worn, weave wove woven, weep wept wept, win won won, withdraw withdrew withdrawn,
  withhold withheld withheld, withstand withstood withstood, wring wrung wrung, write wrote written`

/** Past form or participle → base, from IRREGULAR_VERBS. */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.split(',').flatMap((row) => {
    const [base, ...forms] = row.trim().split(/\s+/) as [string, ...string[]]
    return forms.filter((f) => f !== '-' && f !== base).map((f) => [f, base] as const)
  }),
)

/** The base of an irregular verb's past form or participle ("swore" → "swear"), or undefined. */
export function irregularLemma(form: string): string | undefined {
  return IRREGULAR_FORMS.get(form.toLowerCase())
}

export function lemmatise(t: LemmatiserTables, form: string, upos: string, known?: ReadonlySet<string>): string {
  const irregular = upos === 'VERB' ? irregularLemma(form) : undefined
  if (irregular !== undefined) return irregular
  const ex = t.exceptions[`${upos}\t${form}`] ?? t.exceptions[`${upos}\t${form.toLowerCase()}`]
  if (ex !== undefined) return ex
  return applyRule(form, ruleByRules(t, form, upos, known))
}

/** The longest-suffix rule, or with `known` lemmas the longest one whose output is a known lemma. */
function ruleByRules(t: LemmatiserTables, form: string, upos: string, known?: ReadonlySet<string>): LemmaRule {
  const lower = form.toLowerCase()
  let first: LemmaRule | undefined
  for (let len = Math.min(MAX_SUFFIX, lower.length); len >= 0; len--) {
    const r = t.rules[`${upos}\t${lower.slice(lower.length - len)}`]
    if (r === undefined) continue
    const rule = decodeRule(r)
    if (!known || upos === 'PROPN') return rule
    first ??= rule
    if (known.has(applyRule(lower, rule))) return rule
  }
  return first ?? { keepCase: upos === 'PROPN', strip: 0, add: '' }
}

/** Learn the tables from (form, UPOS, lemma) triples. Deterministic: ties break by rule string. */
export function trainLemmatiser(words: Iterable<{ form: string; upos: string; lemma: string }>): LemmatiserTables {
  const ruleCounts = new Map<string, Map<string, number>>()
  const formCounts = new Map<string, Map<string, number>>()
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let c = m.get(k)
    if (!c) { c = new Map(); m.set(k, c) }
    c.set(v, (c.get(v) ?? 0) + 1)
  }
  for (const w of words) {
    if (w.lemma === '_' || w.lemma === '') continue
    const rule = encodeRule(ruleFor(w.form, w.lemma))
    const lower = w.form.toLowerCase()
    for (let len = 0; len <= Math.min(MAX_SUFFIX, lower.length); len++) bump(ruleCounts, `${w.upos}\t${lower.slice(lower.length - len)}`, rule)
    bump(formCounts, `${w.upos}\t${w.form}`, w.lemma)
  }
  // shortest suffixes first; a longer suffix is kept only where it changes the answer
  const rules: Record<string, string> = {}
  const tables: LemmatiserTables = { exceptions: {}, rules, known: [] }
  const keys = [...ruleCounts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
  for (const k of keys) {
    const [best, count, total] = top(ruleCounts.get(k)!)
    const [upos, suffix] = k.split('\t') as [string, string]
    if (suffix === '') { rules[k] = best; continue }
    if (total < MIN_RULE_COUNT || count / total <= 0.5) continue
    if (encodeRule(ruleByRules(tables, suffix, upos)) !== best) rules[k] = best
  }
  const knownList = [...new Set([...formCounts.keys()].flatMap((k) => [...formCounts.get(k)!.keys()].map((l) => l.toLowerCase())))]
    .filter((l) => /^\p{L}[\p{L}'-]*$/u.test(l)).sort()
  const known = new Set(knownList)
  const exceptions: Record<string, string> = {}
  for (const k of [...formCounts.keys()].sort()) {
    const [lemma] = top(formCounts.get(k)!)
    const [upos, form] = k.split('\t') as [string, string]
    if (lemmatise(tables, form, upos, known) !== lemma) exceptions[k] = lemma
  }
  return { exceptions, rules, known: knownList }
}

function top(counts: Map<string, number>): [string, number, number] {
  let best = ''
  let bestN = -1
  let total = 0
  for (const [v, n] of counts) {
    total += n
    if (n > bestN || (n === bestN && v < best)) { best = v; bestN = n }
  }
  return [best, bestN, total]
}
