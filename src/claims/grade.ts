/**
 * Corroboration and NATO Admiralty grading of one event cluster from the claims
 * that report it. Pure functions: the caller supplies who is whose adversary.
 * The rules are written out in docs/grading.md.
 * @module
 */
import type { Grade, Stance } from '../model/index.js'

/** One claim reporting the event, reduced to what grading needs. */
export interface GradeClaim {
  /** Entity id of a named source, or a descriptor key for an anonymous one. */
  readonly sourceKey: string
  readonly anonymous: boolean
  /** Entity id (or name) of the side the source belongs to. */
  readonly affiliation?: string
  readonly stance: Stance
  readonly hedged: boolean
  readonly articleId: string
  /** The article this one is a near-duplicate (wire copy) of. */
  readonly nearDupOf?: string
  /** Outlet the claim came through. */
  readonly outlet?: string
  /** Display text of the source for reasons ("a senior Hamas operative"). */
  readonly label?: string
}

export interface GradeInput {
  readonly claims: readonly GradeClaim[]
  /** Are a and b (entity ids or names) adversaries? Backed by the relation graph. */
  readonly adversaries: (a: string, b: string) => boolean
  /** Same side (member_of / part_of / allied)? Defaults to equality. */
  readonly allied?: (a: string, b: string) => boolean
  /** The parties the event is about: actor and target entity ids. */
  readonly party: { readonly actor?: string; readonly target?: string }
  /** Whether the outlet itself reports the event in its own voice (no attributed source). */
  readonly reportedByOutlet?: boolean
  /**
   * The outlet as a source when it reports in its own voice and the knowledge base knows whose
   * it is: a ministry's or a command's own release is that party's claim, graded as one.
   */
  readonly outletSource?: { readonly label: string; readonly affiliation: string; readonly articleId: string }
  /**
   * The articles that state the event in their own voice (its cue in no claim of theirs): each outlet's own report is
   * a source of unknown reliability (F), so "only denials" is said only when nobody reports the event.
   */
  readonly outletReports?: readonly OutletReport[]
}

/** An article stating the event in the outlet's own voice. */
export interface OutletReport {
  readonly articleId: string
  /** The article this one is a near-duplicate (wire copy) of. */
  readonly nearDupOf?: string
  readonly outlet?: string
}

/**
 * The own-voice reports of a cluster's events: the article of each event that no claim of the same article is about
 * (the outlet states it rather than quoting someone), for `GradeInput.outletReports`.
 */
export function outletReportsOf(
  events: ReadonlyArray<{ readonly id: string; readonly articleId: string }>,
  claimsAbout: (eventId: string) => ReadonlyArray<{ readonly articleId: string }>,
  articleOf: (articleId: string) => { readonly outlet?: string; readonly nearDupOf?: string } | undefined,
): OutletReport[] {
  const out: OutletReport[] = []
  for (const e of events) {
    if (claimsAbout(e.id).some((c) => c.articleId === e.articleId) || out.some((r) => r.articleId === e.articleId)) continue
    const a = articleOf(e.articleId)
    out.push({ articleId: e.articleId, ...(a?.nearDupOf ? { nearDupOf: a.nearDupOf } : {}), ...(a?.outlet ? { outlet: a.outlet } : {}) })
  }
  return out
}

/** Claims grouped by independent source. */
export interface SourceGroup {
  /** The independence key: entity id for named sources; article root + descriptor for anonymous ones. */
  readonly key: string
  readonly label: string
  readonly anonymous: boolean
  readonly affiliation?: string
  /** deny when the source denies, else confirm/assert/hedge (the strongest support it gave). */
  readonly stance: Stance
  readonly hedged: boolean
  /** True when the source belongs to (or is allied with or hostile to) one of the event's parties. */
  readonly partisan: boolean
  readonly claims: readonly GradeClaim[]
  /** An outlet's own report of the event (no attributed source): reliability cannot be judged. */
  readonly ownVoice?: boolean
}

export interface Corroboration {
  readonly groups: readonly SourceGroup[]
  readonly supporting: readonly SourceGroup[]
  readonly denying: readonly SourceGroup[]
  /** A supporting source whose side is the adversary of another supporting source's side (the first claimant's, first). */
  readonly crossSide?: { readonly claimant: SourceGroup; readonly confirmer: SourceGroup }
  /** Pairs of a supporting and a denying source. */
  readonly contradictions: ReadonlyArray<{ readonly supports: SourceGroup; readonly denies: SourceGroup }>
  readonly outlets: readonly string[]
}

type AdvFn = (a: string, b: string) => boolean

/** An article (of a claim or an outlet's own report) and the article it is a wire copy of. */
interface ArticleRef { readonly articleId: string; readonly nearDupOf?: string | undefined }

function articleRoot(c: ArticleRef): string {
  return c.nearDupOf ?? c.articleId
}

/** Union-find roots for articles that are near-duplicates of each other (wire copies count once). */
function articleRoots(claims: readonly ArticleRef[]): Map<string, string> {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!
    return r
  }
  for (const c of claims) {
    if (!parent.has(c.articleId)) parent.set(c.articleId, c.articleId)
    const root = articleRoot(c)
    if (!parent.has(root)) parent.set(root, root)
    const a = find(c.articleId)
    const b = find(root)
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b)
  }
  const out = new Map<string, string>()
  for (const k of parent.keys()) out.set(k, find(k))
  return out
}

function isParty(aff: string | undefined, party: GradeInput['party'], adversaries: AdvFn, allied: AdvFn): boolean {
  if (!aff) return false
  for (const p of [party.actor, party.target]) {
    if (!p) continue
    if (aff === p || allied(aff, p) || adversaries(aff, p)) return true
  }
  return false
}

/**
 * Group claims by independent source and find cross-side confirmation and
 * contradictions. The same named speaker counts once however many articles
 * quote them; an anonymous descriptor counts once per article family (an
 * article and its wire copies), since two outlets' "a senior official" may be
 * different people but a wire copy is the same report.
 */
export function corroborate(claims: readonly GradeClaim[], adversaries: AdvFn, party: GradeInput['party'] = {}, allied: AdvFn = (a, b) => a === b): Corroboration {
  const roots = articleRoots(claims)
  const byKey = new Map<string, GradeClaim[]>()
  const order: string[] = []
  for (const c of claims) {
    const root = roots.get(c.articleId) ?? c.articleId
    const key = c.anonymous ? `${root}|${c.sourceKey.toLowerCase()}` : c.sourceKey
    if (!byKey.has(key)) { byKey.set(key, []); order.push(key) }
    byKey.get(key)!.push(c)
  }
  const groups: SourceGroup[] = order.map((key) => {
    const cs = byKey.get(key)!
    const deny = cs.some((c) => c.stance === 'deny')
    const support = cs.filter((c) => c.stance !== 'deny')
    const stance: Stance = deny && support.length === 0 ? 'deny'
      : support.some((c) => c.stance === 'confirm') ? 'confirm'
      : support.some((c) => c.stance === 'assert') ? 'assert' : support.length > 0 ? 'hedge' : 'deny'
    const affiliation = cs.find((c) => c.affiliation)?.affiliation
    const first = cs[0]!
    return {
      key, label: first.label ?? first.sourceKey, anonymous: cs.every((c) => c.anonymous),
      ...(affiliation ? { affiliation } : {}),
      stance,
      hedged: support.length > 0 ? support.every((c) => c.hedged || c.stance === 'hedge') : cs.every((c) => c.hedged),
      partisan: isParty(affiliation, party, adversaries, allied),
      claims: cs,
    }
  })
  const supporting = groups.filter((g) => g.stance !== 'deny')
  const denying = groups.filter((g) => g.stance === 'deny')
  let crossSide: Corroboration['crossSide']
  for (let i = 0; i < supporting.length && !crossSide; i++) {
    for (let j = i + 1; j < supporting.length && !crossSide; j++) {
      const a = supporting[i]!
      const b = supporting[j]!
      if (a.affiliation && b.affiliation && a.affiliation !== b.affiliation && adversaries(a.affiliation, b.affiliation)) crossSide = { claimant: a, confirmer: b }
    }
  }
  const contradictions = supporting.flatMap((s) => denying.map((d) => ({ supports: s, denies: d })))
  const outlets = [...new Set(claims.map((c) => c.outlet).filter((o): o is string => o !== undefined))]
  return { groups, supporting, denying, ...(crossSide ? { crossSide } : {}), contradictions, outlets }
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const

function describe(g: SourceGroup): string {
  return g.affiliation && !g.label.toLowerCase().includes(g.affiliation.toLowerCase()) ? `${g.label} (${g.affiliation})` : g.label
}

/** How many sources a reason names before it gives the rest as a count. */
export const REASON_SOURCES = 3

/**
 * A short list of sources for a reason: the most reliable first (the deciding ones), at most
 * REASON_SOURCES named, the rest as a count ("A; B; C and 27 more"), so a grade of a
 * much-reported event keeps readable reasons and a small stored row.
 */
function sourceList(groups: readonly SourceGroup[]): string {
  const ranked = groups.map((g, i) => ({ g, i })).sort((a, b) => sourceLetter(a.g) - sourceLetter(b.g) || a.i - b.i)
  const named = ranked.slice(0, REASON_SOURCES).map((x) => describe(x.g)).join('; ')
  const rest = groups.length - REASON_SOURCES
  return rest > 0 ? `${named} and ${rest} more` : named
}

/** Base reliability of one source: named beats anonymous; a neutral source beats a party to the event; an outlet's own voice is F. */
function sourceLetter(g: SourceGroup): number {
  if (g.ownVoice) return 5 // F
  if (!g.anonymous) return g.partisan ? 2 : 1 // C : B
  if (!g.affiliation) return 3 // D
  return g.partisan ? 4 : 3 // E : D
}

/**
 * The outlets' own reports as sources: one per outlet and article family (wire copies count once), none for a family
 * or an outlet whose claims already support the event (the outlet writes down what its sources said).
 */
function ownVoiceGroups(reports: readonly OutletReport[], claims: readonly GradeClaim[]): SourceGroup[] {
  const roots = articleRoots([...claims, ...reports])
  const rootOf = (x: { articleId: string }) => roots.get(x.articleId) ?? x.articleId
  // the families and outlets whose claims already support the event
  const seen = new Set(claims.filter((c) => c.stance !== 'deny').flatMap((c) => [rootOf(c), ...(c.outlet ? [`outlet:${c.outlet}`] : [])]))
  const out: SourceGroup[] = []
  for (const r of reports) {
    const root = rootOf(r)
    const key = `outlet:${r.outlet ?? root}`
    if (seen.has(root) || seen.has(key)) continue
    seen.add(root)
    seen.add(key)
    const label = r.outlet ? `${r.outlet}'s own report` : "an outlet's own report"
    out.push({ key, label, anonymous: false, stance: 'assert', hedged: false, partisan: false, claims: [], ownVoice: true })
  }
  return out
}

/**
 * Grade an event cluster, NATO Admiralty style: source reliability A–F and
 * information credibility 1–6, with the reasons in plain words.
 */
export function gradeEvent(input: GradeInput): Grade {
  const allied = input.allied ?? ((a: string, b: string) => a === b)
  const o = input.claims.length === 0 ? input.outletSource : undefined
  const claims: readonly GradeClaim[] = o
    ? [{ sourceKey: `outlet:${o.label}`, anonymous: false, affiliation: o.affiliation, stance: 'assert', hedged: false, articleId: o.articleId, outlet: o.label, label: o.label }]
    : input.claims
  const c = corroborate(claims, input.adversaries, input.party, allied)
  const own = o ? [] : ownVoiceGroups(input.outletReports ?? [], claims)
  const reasons: string[] = o ? [`the outlet's own release: ${o.label} speaks for ${o.affiliation}`] : []
  if (c.groups.length === 0 && own.length <= 1) {
    reasons.push(input.reportedByOutlet || own.length > 0 ? 'reported in the outlet\'s own voice, with no attributed source' : 'no source reports it')
    return { reliability: 'F', credibility: '6', reasons }
  }
  const sup = [...c.supporting, ...own]
  const n = sup.length
  // Reliability: the best supporting source, raised by cross-side confirmation and by three or more independent sources.
  const basis = n > 0 ? sup : c.groups
  let letter = Math.min(...basis.map(sourceLetter))
  const best = basis.find((g) => sourceLetter(g) === letter)!
  if (n === 1) {
    const g = sup[0]!
    reasons.push(g.ownVoice ? `single report, in its own voice: ${g.label}` : `single ${g.anonymous ? 'anonymous' : 'named'}${g.partisan ? ' partisan' : ''} source: ${describe(g)}`)
  } else if (n > 1) {
    reasons.push(`${n} independent sources: ${sourceList(sup)}`)
  }
  if (n > 1 && letter === sourceLetter(best) && !best.ownVoice) reasons.push(`most reliable source: ${describe(best)}`)
  if (c.crossSide) {
    letter -= 1
    reasons.push(`confirmed by the opposing side: ${describe(c.crossSide.confirmer)} confirms what ${describe(c.crossSide.claimant)} reported`)
  }
  // a reliability that cannot be judged (F: only outlets' own reports) is not raised by their number
  if (n >= 3 && letter < 5) letter -= 1
  letter = Math.max(0, Math.min(5, letter))
  const cred = credibility(c, sup, reasons)
  const outlets = new Set([...c.outlets, ...(input.outletReports ?? []).map((r) => r.outlet ?? '')])
  if (!o && outlets.size === 1 && c.outlets.length === 1 && input.claims.every((x) => x.outlet === c.outlets[0])) reasons.push(`all reports came through one outlet: ${c.outlets[0]}`)
  if (sup.length > 0 && sup.every((g) => g.anonymous)) reasons.push('no named source')
  return { reliability: LETTERS[letter]!, credibility: String(cred) as Grade['credibility'], reasons }
}

/** Information credibility (1–6) from the supporting sources (claims' and outlets' own reports) and the denials. */
function credibility(c: Corroboration, sup: readonly SourceGroup[], reasons: string[]): number {
  const n = sup.length
  let cred: number
  const hedgedAll = n > 0 && sup.every((g) => g.hedged)
  if (n === 0) {
    cred = 5
    reasons.push(`only denials: ${sourceList(c.denying)}`)
  } else if (c.crossSide) {
    cred = 1
  } else if (n >= 2) {
    cred = 2
  } else {
    // one outlet stating it in its own voice: its truth cannot be judged
    cred = sup[0]!.ownVoice ? 6 : 3
  }
  if (hedgedAll && n > 0) {
    cred = Math.max(cred, 4)
    reasons.push(`hedged by every source that reports it (${[...new Set(sup.flatMap((g) => g.claims.map((x) => x.stance === 'hedge' ? 'speculative' : 'claimed')))].join(', ')})`)
  }
  if (c.denying.length > 0 && n > 0) {
    cred = Math.max(cred, c.denying.length >= n ? 5 : 4)
    reasons.push(c.denying.length === 1 ? `denied by ${describe(c.denying[0]!)}` : `denied by ${c.denying.length} sources: ${sourceList(c.denying)}`)
  }
  return cred
}
