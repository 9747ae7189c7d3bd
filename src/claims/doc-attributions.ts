/**
 * Attributions of an annotated doc: the word patterns of attributions.ts,
 * then, when the doc has syntax and `speakers` is set, sources read from the cue's clause
 * (syntax-sources.ts), the constructions only syntax finds (complement
 * clauses, "X said:" statements) and each cue's reporting lemma and stance.
 * @module
 */
import type { AnnotatedDoc } from '../model/index.js'
import { findAttributions, type Attribution, type FindOptions } from './attributions.js'
import { isClaimContent } from './claim-content.js'
import { claimKind } from './claim-kind.js'
import { appendedDenials, beforeAppended } from './appended-denial.js'
import { claimedActs } from './claimed-acts.js'
import { colonStatements } from './colon-statement.js'
import { complementAttributions } from './complement-clause.js'
import { cueClause } from './cue-clause.js'
import { contentHedged } from './content-stance.js'
import { uninvert } from './inverted-order.js'
import { quotedAsSaying } from './quoted-as-saying.js'
import { relativeAccusations } from './relative-accusations.js'
import { relativeSayings } from './relative-say.js'
import { reportsSlips } from './reports-slip.js'
import { reportNouns } from './report-nouns.js'
import { withoutTimeAndDateline } from './source-edges.js'
import { sourceFromSyntax } from './syntax-sources.js'
import { docSyntaxView, type SyntaxView } from './syntax-view.js'

export interface DocAttributionOptions extends FindOptions {
  /**
   * Sources must be speakers (a claim's source): read them from the cue's clause, drop fragments, and add the
   * constructions only syntax finds. Off, the word patterns' attributions are kept as found — what an
   * attribution corpus such as PolNeAR counts, where "the evidence suggests" has a source too.
   */
  readonly speakers?: boolean
}

export function docAttributions(doc: AnnotatedDoc, opts: DocAttributionOptions = {}): Attribution[] {
  if (!doc.sentences || !doc.tokens) return []
  const patterns = findAttributions(doc.article.text, doc.sentences, doc.tokens, doc.syntax ? { ...opts, syntax: doc.syntax } : opts)
  const v = docSyntaxView(doc)
  if (!v) return patterns
  const found = patterns.map((a) => uninvert(v, a))
  const mentions = doc.mentions ?? []
  if (!opts.speakers) return found.map((a) => withReporting(v, a))
  // acts claimed in a clause on the act's noun ("one in Baghdad claimed by Daesh") replace what the patterns read there
  const acts = claimedActs(v, mentions)
  // "X quotes Y as saying Z": Y's claim replaces the pattern's "X quotes …"
  const quoted = quotedAsSaying(v, doc.sentences)
  // "…, a charge Tehran denies": the appended denial replaces what the patterns read at its cue (a source-less "post" report)
  const denials = appendedDenials(v)
  const replaced = (a: Attribution) => [...acts.map((x) => x.cue), ...quoted.flatMap((x) => [x.quoting, x.attribution.cue]), ...denials.map((x) => x.cue)].some((c) => c.start < a.cue.end && a.cue.start < c.end)
  const refined = [...found.map((a) => sourceFromSyntax(v, a, mentions)).filter((a) => !replaced(a)).map((a) => beforeAppended(a, denials, v.text)), ...quoted.map((x) => x.attribution)]
  // a pattern's reading whose content is no claim ("made it clear during his press conference that …" read from
  // "during") leaves its cue to the complement clause the parse gives it
  const claims = refined.filter((a) => isClaimContent(v, withReporting(v, a), mentions))
  const complements = complementAttributions(v, [...claims, ...acts], mentions)
  const relatives = relativeAccusations(v, [...refined, ...acts, ...complements], mentions)
  const sayings = relativeSayings(v, doc.sentences, [...refined, ...complements, ...relatives])
  const slips = reportsSlips(v, doc.sentences, [...refined, ...complements, ...relatives, ...sayings], mentions)
  const extra = [...acts, ...complements, ...relatives, ...sayings, ...slips, ...denials, ...colonStatements(v, doc.sentences, refined, mentions), ...reportNouns(v, [...refined, ...acts, ...complements, ...relatives])]
  return [...refined, ...extra].sort((a, b) => a.cue.start - b.cue.start).map((a) => withReporting(v, a)).filter((a) => isClaimContent(v, a, mentions)).map((a) => withKind(v, trimmedSource(v, a)))
}

/** The source without a time adverbial or a dateline at its edges ("The pope Thursday", "BAGHDAD — Iraqi officials"). */
function trimmedSource(v: SyntaxView, a: Attribution): Attribution {
  if (!a.source) return a
  const source = withoutTimeAndDateline(v, a.source)
  return source === a.source ? a : { ...a, source }
}

/** A position ("reiterates support for …") is marked; a claim of fact carries no kind. */
function withKind(v: SyntaxView, a: Attribution): Attribution {
  return claimKind(v, a) === 'position' ? { ...a, kind: 'position' } : a
}

function withReporting(v: SyntaxView, a: Attribution): Attribution {
  if (a.pattern === 'according') return a
  const cc = cueClause(v, a.cue)
  if (!cc) return a
  const hedged = contentHedged(v, a, cc.lemma)
  return { ...a, reporting: { lemma: cc.lemma, ...(cc.stance ? { stance: cc.stance } : {}), negated: cc.clause?.negated ?? false, ...(hedged ? { contentHedged: true } : {}) } }
}
