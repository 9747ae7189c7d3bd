/**
 * Alternative codes the loose coder proposes for a candidate, for the learned scorer to judge (ExtractOptions.loose):
 * a CAMEO alternation the coder's one-code-per-cue reading cannot settle by rule: an act stated as intended. A
 * cooperative act governed by a commitment or a plan ("committed to supporting the Iraqi government", "will continue
 * to provide aid") may be the intent (03: 031 material, 032 diplomatic, 033 aid, 035 yield, 036 meet), a violent act so
 * governed a threat (138, 137 for repression); the coder keeps the act's own code (planned) and proposes the intent
 * as a loose candidate with the same cue and roles, and the scorer, which reads the governing word, keeps one or both.
 * (Proposing the other side of the violence alternation — 18 for 19 and back, for the scorer to settle by the actor's
 * sector — was tried: out-of-fold objective 3.310 → 3.271, precision down on every part; left out. The twenty-sixth
 * session proposes it where the golds split the cue lemma, split-codes.ts, with the frame in the scorer's features.)
 * @module
 */
import { z } from 'zod'
import type { Event } from '../model/index.js'
import type { Candidate } from './candidate.js'
import { cameoRoot } from './cameo.js'
import { shippedModel } from './json-model.js'
import type { SentenceView } from './sentence-view.js'
import { mayPropose, proposerReading } from './proposer/proposer.js'
import { lookupCue, type LearnedCue } from './learned-cues.js'
import { splitAlternatives, splitKey, SplitTable } from './split-codes.js'

/** Words that state an intent or commitment for the act they govern. */
const INTENT_HEADS: ReadonlySet<string> = new Set(['commit', 'committed', 'commitment', 'intend', 'intention', 'pledge', 'promise', 'vow',
  'determined', 'determination', 'resolve', 'resolved', 'ready', 'prepared', 'willing', 'plan', 'continue', 'agree', 'offer', 'want', 'seek',
  'aim', 'hope', 'decide', 'threaten', 'warn'])

/** The intent code of a cooperative root, the threat code of a conflict root. */
const INTENT_OF: Readonly<Record<string, string>> = {
  '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '15': '138', '17': '137', '18': '138', '19': '138', '20': '138',
}

/** Is the candidate's act stated as intended: planned, or governed (up to two heads up) by an intent word? */
function intended(v: SentenceView, c: Candidate): boolean {
  if (c.modality === 'planned') return true
  let k = c.anchor
  for (let up = 0; up < 2; up++) {
    const h = v.head(k)
    // the intent word governs the act ("committed to supporting", "pledged support"), never as its subject ("the attacks continued")
    if (h < 0 || h === k || /subj/.test(v.deprel(k))) return false
    if (INTENT_HEADS.has(v.lemma(h)) || INTENT_HEADS.has(v.word(h))) return true
    k = h
  }
  return false
}

/**
 * Learned code alternatives (models/events/codes.json, built by `npm run train:events`, scripts/train-events-codes.ts):
 * for a cue lemma, the codes the hand-coded golds give where the coder coded that lemma with another root, each with
 * the number of articles it was seen in, best supported first ("support" coded 062 where the gold has 051).
 */
const CodeTableSchema = z.object({
  minSupport: z.number().int().positive(),
  /** The share of a lemma's gold-linked articles an entry makes up at least (applied when the table is built). */
  minShare: z.number().min(0).max(1).optional(),
  lemmas: z.record(z.string(), z.array(z.tuple([z.string(), z.number().int().nonnegative()]))),
  /**
   * Learned cues: for a predicate the verb dictionary leaves uncoded (its lemma, with its particle: "step down") or a
   * noun no event-noun table lists (its lemma and "/n": "trial/n"), the codes the golds give it, with the articles each was seen in (scripts/train-events-codes.ts `cueTable`).
   */
  uncoded: z.record(z.string(), z.array(z.tuple([z.string(), z.number().int().nonnegative()]))).optional(),
  /** Split cues (split-codes.ts): the roots the golds split a cue lemma between, proposed beside a candidate's own. */
  splits: SplitTable.optional(),
  /** Whether the loose coder's own loose and undone readings get split alternatives too (else its asserted readings only). */
  splitLoose: z.boolean().optional(),
})
export type CodeTable = z.infer<typeof CodeTableSchema>

const shipped = shippedModel(new URL('../../models/events/codes.json', import.meta.url), CodeTableSchema, 'the learned code table', 'npm run train:events')

/** Set the code table the loose coder proposes from (null: none; undefined: the shipped one, models/events/codes.json). */
export const useCodeTable: (t: CodeTable | null | undefined) => void = shipped.use
const codeTable: () => CodeTable | null = shipped.get

/**
 * The learned codes of a cue lemma for another root than `root`: one per root, the best supported. The intent of the
 * act's own root (a threat for a violent act, 03 for a cooperative one) is never among them: that alternation is the
 * clause's to state ("vowed to destroy"), and `alternatives` proposes it where the clause does, whatever the lemma.
 */
export function learnedCodes(lemma: string, root: string, t: CodeTable | null = codeTable()): string[] {
  const intent = INTENT_OF[root]
  const seen = new Set([root, ...(intent ? [cameoRoot(intent)] : [])])
  const out: string[] = []
  for (const [code, n] of t?.lemmas[lemma] ?? []) {
    const r = cameoRoot(code)
    if (n < t!.minSupport || seen.has(r)) continue
    seen.add(r)
    out.push(code)
  }
  return out
}

/**
 * The learned cue of a predicate the verb dictionary leaves uncoded: the best supported entry of its most specific key
 * in the table's `uncoded` cues — the lemma and particle with the predicate's frame ("call +for"), the lemma and
 * particle ("crack down"), the lemma alone; of a noun no event-noun table lists, its lemma marked as a noun ("trial/n";
 * learned-cues.ts). With its support, which the scorer reads.
 */
export function learnedCue(v: SentenceView, p: number, t: CodeTable | null = codeTable()): LearnedCue | undefined {
  return lookupCue(v, p, t?.uncoded)
}

/** The alternative candidates of one candidate (none when no alternation applies). */
export function alternatives(v: SentenceView, c: Candidate): Candidate[] {
  return reread(v, c).alternatives
}

/**
 * A candidate read again by the loose coder: its own code, which the learned re-coder may replace (the proposer's
 * root believed at its `replaceMin`), and the alternative codes proposed beside it.
 */
export function reread(v: SentenceView, c: Candidate): { own: Candidate; alternatives: Candidate[] } {
  const root = cameoRoot(c.code)
  const intent = INTENT_OF[root]
  const { reverse: _mirror, ...base } = c
  // the intent is stated now, in the speaker's or the article's voice
  const out: Candidate[] = intent && intended(v, c) ? [{ ...base, code: intent, modality: c.modality === 'planned' ? 'asserted' : c.modality, loose: true }] : []
  // the coder's own asserted readings only: a loose or undone act's alternatives would be guesses on guesses (but for
  // the split cues when the table says so: their roots are the golds' own for the lemma, and the scorer reads the frame)
  const own = !(c.loose || c.modality === 'negated' || c.modality === 'hypothetical')
  if (!own) return { own: c, alternatives: codeTable()?.splitLoose ? [...out, ...splitCandidates(v, c, base, out)] : out }
  // the split cues before the code table's corrections, as training proposes them (scripts/train-events.ts: the parts
  // are coded again with the splits, the table's alternatives added after for the roots left), so each root an act
  // may take comes with the features the scorer learned it with
  out.push(...splitCandidates(v, c, base, out))
  const taken = new Set(out.map((x) => cameoRoot(x.code)))
  for (const code of learnedCodes(v.lemma(c.anchor).toLowerCase(), root)) if (!taken.has(cameoRoot(code))) out.push({ ...base, code, loose: true })
  // the learned root proposer: the roots the act's context (object, preposition, voice …) says the golds give it
  const skip = new Set([...out.map((x) => cameoRoot(x.code)), ...(intent ? [cameoRoot(intent)] : [])])
  const read = proposerReading(v, c, skip)
  for (const code of read.codes) out.push({ ...base, code, loose: true })
  return { own: read.replace ? { ...c, code: read.replace } : c, alternatives: out }
}

/**
 * The split cue's alternatives of candidate `c` (split-codes.ts): the other roots the golds split its lemma between,
 * none of the act's intent nor of a root `out` proposes already, each flagged loose and carrying its split for the scorer.
 */
function splitCandidates(v: SentenceView, c: Candidate, base: Omit<Candidate, 'reverse'>, out: readonly Candidate[]): Candidate[] {
  const root = cameoRoot(c.code)
  const intent = INTENT_OF[root]
  const skip = new Set([...out.map((x) => cameoRoot(x.code)), ...(intent ? [cameoRoot(intent)] : [])])
  const entry = codeTable()?.splits?.[splitKey(v.lemma(c.anchor), v.upos(c.anchor))]
  return splitAlternatives(entry, root, skip, mayPropose).map((learned) => ({ ...base, code: learned.code, loose: true, learned }))
}

/** A sentence's candidates with their alternatives, each own code as the re-coder reads it (the loose coder's output). */
export function withAlternatives(v: SentenceView, cs: readonly Candidate[]): Candidate[] {
  const read = cs.map((c) => reread(v, c))
  return [...read.map((r) => r.own), ...read.flatMap((r) => r.alternatives)]
}

/** The reading of an event: its cue and its parties (an alternative shares it with the coded event and differs in code). */
const readingOf = (e: Event) => `${e.articleId}:${e.cue.start}:${e.cue.end}:${e.actor?.start ?? ''}:${e.target?.start ?? ''}`

/**
 * The coder's own events that an alternative of their reading outscores (`p`: the scorer's probability of each event;
 * `kept`: what the thresholds keep): when the scorer keeps an alternative code of a reading and believes it more than the
 * coder's own code, the own one is dropped, so a reading keeps the code the scorer prefers. `scope` 'all': any kept event
 * of a reading another kept event outscores is dropped, the loose coder's own readings too (a split cue proposes beside
 * those: split-codes.ts).
 */
export function outscored(events: readonly Event[], loose: ReadonlySet<string>, p: (e: Event) => number, kept: (e: Event) => boolean, scope: 'own' | 'all' = 'own'): Set<string> {
  const best = new Map<string, number>()
  const rival = (e: Event) => kept(e) && (scope === 'all' || loose.has(e.id))
  for (const e of events) if (rival(e)) best.set(readingOf(e), Math.max(best.get(readingOf(e)) ?? 0, p(e)))
  const out = new Set<string>()
  for (const e of events) if ((scope === 'all' || !loose.has(e.id)) && best.has(readingOf(e)) && best.get(readingOf(e))! > p(e)) out.add(e.id)
  return out
}

/** The coder's own root of each reading of a document's events (the loose ones left out): what an alternative is read against. */
export function ownRoots(events: readonly Event[], loose: ReadonlySet<string>): ReadonlyMap<string, string> {
  const own = new Map<string, string>()
  for (const x of events) if (!loose.has(x.id)) own.set(readingOf(x), x.cameoRoot)
  return own
}

/**
 * Features of an alternative for the scorer: a loose event sharing its reading with a coded event of another code is
 * an alternative of it (`alt`, with the coder's root and this root).
 */
export function alternativeFeatures(own: ReadonlyMap<string, string>, loose: ReadonlySet<string>, e: Event): string[] {
  if (!loose.has(e.id)) return []
  const from = own.get(readingOf(e))
  return from === undefined || from === e.cameoRoot ? [] : ['alt', `alt=${from}>${e.cameoRoot}`]
}

/**
 * The roots split cues propose beside each reading of a document's events (`learned`: the learned cue behind each
 * event; a split's alternatives carry `from`): what the scorer reads on the candidate the split was proposed beside.
 */
export function splitRoots(events: readonly Event[], learned: ReadonlyMap<string, LearnedCue>): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  for (const e of events) if (learned.get(e.id)?.from !== undefined) out.set(readingOf(e), [...(out.get(readingOf(e)) ?? []), e.cameoRoot])
  return out
}

/** The roots a split proposes beside event `e` (none for a split's own alternative). */
export function splitsBeside(splits: ReadonlyMap<string, readonly string[]>, learned: ReadonlyMap<string, LearnedCue>, e: Event): readonly string[] {
  return learned.get(e.id)?.from !== undefined ? [] : splits.get(readingOf(e)) ?? []
}

