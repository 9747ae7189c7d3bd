/**
 * What kind of content an attribution reports, read from doc.syntax: a claim of fact (something about the world that
 * can be true or false: "said the road was closed", "confirmed the attack") or a position (the speaker's own stance,
 * commitment or act stated: "reiterates UK support for Iraq", "reaffirms its commitment to …", "have agreed to target
 * …", "responds to the attack", "Our condolences go out to …").
 *
 * Attribution corpora such as PolNeAR annotate both as attributions; the news golds' conventions (docs/real-news-gold.md)
 * code positions as events (welcome, support, agree, condolences) and not as claims of fact. So a position stays an
 * attribution and a claim, with `kind: 'position'`; what the product grades, corroborates and counts as facts are the
 * claims of fact.
 *
 * A position is:
 * - a noun phrase headed by a noun of attitude or commitment ("support", "commitment", "condolences", "solidarity");
 * - a "to"-infinitive with no subject of its own after a verb of committing ("agreed to target …");
 * - a content that opens with the "to" of a subjectless infinitive after any other verb ("hopes to win", "voted to
 *   dismiss the government", "has declined to comment", "has sought to forge closer ties": an intention, an attempt or
 *   an act), except after a verb of alleging ("claims to have foiled plots" is a claim of fact) — the training golds
 *   code 1 of 45 such contents as a claim (twenty-sixth session);
 * - a noun phrase after a verb of reacting ("responds to the attack", "reacted to the news") or of keeping up
 *   ("maintains its campaign of terror", "still maintains peacekeeping forces"; not "maintained his innocence");
 * - a verb coordinated with the cue ("are advising and assisting the forces": two acts);
 * - a noun phrase after a verb of decreeing with no second predicate ("declared a state of emergency": the act itself);
 * - a clause whose subject is the speaker's own attitude noun ("Our condolences go out to …", "our support remains").
 * A quote, a "that"-clause or any other clause stays a claim of fact, and so does an accusation ("accused the police of
 * …", "blamed the rebels for …"): the news golds code it as an event (112) and as a claim of the accuser
 * (docs/voa-news-gold.md, "Accusations are claims").
 * @module
 */
import type { ClaimKind } from '../model/index.js'
import { ATTITUDE_NOUNS } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { reportingStance } from './reporting-verbs.js'
import { deprelOf, lemmaOf, spanHead, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Verbs of reacting: with a noun phrase they name what is reacted to, a topic, not a statement. */
const REACTING: ReadonlySet<string> = new Set(['respond', 'react'])
/** Verbs that with a noun phrase name what the subject keeps up, not what it says: "maintains its campaign", "maintains forces". */
const KEEPING: ReadonlySet<string> = new Set(['maintain'])
/** …unless the noun is what is said: "maintained his innocence". */
const SAID_NOUNS: ReadonlySet<string> = new Set(['innocence', 'claim', 'account', 'version', 'view', 'belief', 'assertion'])

/**
 * Verbs that with a bare noun phrase perform an act rather than report one: "declared a state of emergency", "declared
 * a national day of mourning", "proclaimed a cease-fire" (not "declared the vote a success", a verdict with a predicate).
 */
const DECREEING: ReadonlySet<string> = new Set(['declare', 'proclaim'])

const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my'])

const children = (v: SyntaxView, i: number): readonly number[] => v.children[i] ?? []

/** The content's head is a verb with "to" and no subject of its own: "(agreed) to target individuals …". */
function bareInfinitive(v: SyntaxView, head: number): boolean {
  if (uposOf(v, head) !== 'VERB') return false
  const kids = children(v, head)
  return kids.some((c) => deprelOf(v, c) === 'mark' && lemmaOf(v, c) === 'to' && c < head) && !kids.some((c) => /^nsubj/.test(deprelOf(v, c)))
}

/** The cue is a verb of alleging ("claims to have foiled …", "purports to be …"): its infinitive is what is claimed. */
function alleging(a: Attribution): boolean {
  return reportingStance(a.reporting?.lemma ?? '') === 'allege'
}

/** Verbs whose "to"-infinitive is what the speaker commits to, not what they report. */
const COMMITTING: ReadonlySet<string> = new Set(['agree', 'decide', 'offer', 'commit', 'undertake', 'resolve', 'consent', 'volunteer', 'refuse'])

/** The content's first word is the "to" of its head's subjectless infinitive: "to win their 16th test match". */
function opensWithInfinitive(v: SyntaxView, part: { start: number; end: number }, head: number): boolean {
  const first = tokensIn(v, part)[0]
  return first !== undefined && bareInfinitive(v, head) && v.syntax.tokens[first]!.head === head && lemmaOf(v, first) === 'to'
}

/** A clause whose subject is the speaker's own attitude: "Our condolences go out to …", "my thoughts are with …". */
function ownAttitudeSubject(v: SyntaxView, head: number): boolean {
  const subject = children(v, head).find((c) => /^nsubj/.test(deprelOf(v, c)))
  if (subject === undefined || !ATTITUDE_NOUNS.has(lemmaOf(v, subject))) return false
  return children(v, subject).some((c) => FIRST_PERSON_POSSESSIVES.has(wordOf(v, c).toLowerCase()))
}

/** Is the content's head a noun phrase (no verb, copula, subject or marker of a clause)? */
function nounPhrase(v: SyntaxView, head: number): boolean {
  if (!/^(NOUN|PROPN|PRON|NUM)$/.test(uposOf(v, head))) return false
  return !children(v, head).some((c) => /^(cop|nsubj|nsubj:pass|mark)$/.test(deprelOf(v, c)))
}

/** A verb of decreeing with a noun phrase and no second predicate: the act itself ("declared a state of emergency"). */
function decree(v: SyntaxView, a: Attribution, head: number): boolean {
  if (!DECREEING.has(a.reporting?.lemma ?? '')) return false
  // "declared the vote a success": the verdict is a second predicate, on the verb or on the noun
  const predicate = (i: number, labels: RegExp) => children(v, i).some((c) => labels.test(deprelOf(v, c)) && uposOf(v, c) !== 'VERB')
  const verbs = tokensIn(v, a.cue).filter((i) => DECREEING.has(lemmaOf(v, i)))
  return !verbs.some((i) => predicate(i, /^(xcomp|ccomp)$/)) && !predicate(head, /^(xcomp|acl)$/)
}

/** The kind of what `a` reports (see the module comment). */
export function claimKind(v: SyntaxView, a: Attribution): ClaimKind {
  if (a.quote || a.pattern === 'according' || a.pattern === 'colon') return 'fact'
  const part = a.content[0]
  if (!part || a.content.length > 1) return 'fact'
  const head = spanHead(v, part)
  if (head === undefined) return 'fact'
  // a subordinate clause with "that", "whether", … is a statement whatever it says
  if (children(v, head).some((c) => deprelOf(v, c) === 'mark' && lemmaOf(v, c) !== 'to')) return 'fact'
  // a verb coordinated with the cue is a second act, not what the cue reports: "are advising and assisting the forces"
  if (deprelOf(v, head) === 'conj' && tokensIn(v, a.cue).includes(v.syntax.tokens[head]!.head)) return 'position'
  if ((COMMITTING.has(a.reporting?.lemma ?? '') && bareInfinitive(v, head)) || ownAttitudeSubject(v, head)) return 'position'
  if (opensWithInfinitive(v, part, head) && !alleging(a)) return 'position'
  if (!nounPhrase(v, head)) return 'fact'
  if (ATTITUDE_NOUNS.has(lemmaOf(v, head))) return 'position'
  if (KEEPING.has(a.reporting?.lemma ?? '') && !SAID_NOUNS.has(lemmaOf(v, head))) return 'position'
  if (decree(v, a, head)) return 'position'
  return REACTING.has(a.reporting?.lemma ?? '') || tokensIn(v, a.cue).some((i) => REACTING.has(lemmaOf(v, i))) ? 'position' : 'fact'
}
