/**
 * Who can be a source: a speaker — a person, a group or body, an outlet, a
 * document or poll, or an anonymous descriptor ("a senior official") — never
 * a fragment ("as", "These sanctions", "Photographs of …"). Decided on the
 * head of the source phrase from doc.syntax: a proper noun, a personal
 * pronoun, a name the mention finder found, or a common noun whose lemma is a
 * speaker noun below.
 * @module
 */
import type { Mention } from '../model/index.js'
import { isTimeWord, NEGATIVE_QUANTIFIERS, PRONOUNS, WEEKDAYS } from '../text/english.js'
import { lemmaOf, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Lemmas of common nouns that name speakers: roles of people, bodies, outlets, documents and polls. */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set((
  // people by role
  'source official spokesman spokeswoman spokesperson spokespeople operative jihadist commander member militant fighter officer diplomat aide ' +
  'adviser advisor analyst expert insider person people leader activist witness resident minister lawmaker staffer employee agent investigator ' +
  'strategist representative figure associate supporter critic observer man woman individual cleric journalist reporter correspondent secretary ' +
  'president chairman chairwoman chair director chief head envoy ambassador general colonel admiral captain commissioner senator governor mayor ' +
  'prosecutor judge lawyer attorney doctor medic nurse physician scientist researcher economist historian professor scholar author writer editor ' +
  'negotiator mediator monitor inspector auditor survivor victim relative parent mother father son daughter brother sister wife husband friend neighbour ' +
  'neighbor villager farmer worker soldier troop pilot student teacher voter citizen refugee protester demonstrator official candidate politician ' +
  'participant delegate delegation team crew staff colleague partner ally rebel insurgent guard owner manager executive founder coordinator administrator ' +
  // bodies and groups
  'government ministry department office administration agency authority council committee commission board court tribunal parliament congress ' +
  'senate assembly cabinet army military police force coalition alliance command headquarters embassy consulate mission organisation organization ' +
  'group movement party campaign union federation association institute foundation company firm corporation bank charity regime state country nation ' +
  'side leadership presidency palace kremlin pentagon navy unit brigade battalion division service intelligence security ' +
  // outlets, documents and polls
  'media newspaper paper outlet channel network station agency broadcaster website magazine journal report statement study poll survey document ' +
  'investigation inquiry review analysis assessment letter memo note communique release briefing record data finding evidence account footage ' +
  'video image photograph satellite monitor observatory census tally count estimate figure resolution declaration announcement ' +
  'television tv radio press wire tabloid daily weekly blog ' +
  // shares of those polled ("Twenty-four percent said", "a majority say") and more roles of people
  'percent percentage majority minority plurality share proportion half third quarter respondent ' +
  'donor producer host anchor moderator pollster consultant counsel tycoon magnate businessman businesswoman billionaire ' +
  'republican democrat conservative liberal progressive incumbent nominee challenger contender hopeful frontrunner front-runner ' +
  // documents, records and results that state something ("the emails show", "the results suggest", "a legal opinion concluded")
  'email e-mail message file filing opinion ruling verdict disclosure remark page post platform research result statistic polling projection ' +
  // more people and bodies by role
  'opponent rival investor actor actress star celebrity organizer organiser advocate elder couple family panel jury airline school university ' +
  'hospital church nonprofit non-profit charity ngo opposition').split(/\s+/))

/** Agent nouns by their suffix: "economist", "unionist", "anthropologist", "politician", "historian", "guardian". */
const AGENT_SUFFIX = /^[a-z-]{3,}(?:ist|ian)$/

/** Words with an agent's suffix that name no agent. */
const NOT_AGENTS: ReadonlySet<string> = new Set(['list', 'wishlist', 'checklist', 'playlist', 'shortlist', 'wrist', 'twist', 'mist', 'median', 'meridian'])

/** An acronym in capitals names a body or an office ("CEO", "FBI", "NGO"). */
const ACRONYM = /^[A-Z]{2,5}s?$/

/**
 * Lemmas of verbs whose subject must speak: a verb of saying, not of evidence ("the data show", "the photographs
 * suggest"). Any noun that is the subject of one of these is a speaker ("the gambling tycoon told Reuters"). Verbs
 * with a sense that is no speech are left out ("the liberation would deny IS a haven", "the attack claimed lives",
 * "the strike added to tensions").
 */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set((
  'say tell state announce write declare insist argue warn reiterate repeat remark comment testify tweet ' +
  'reply respond answer acknowledge admit concede ask complain caution assure retort quip shout recount ' +
  // verbs of saying that take a clause and have no sense of evidence ("the actress explained why …", "the airline added", "the panel concluded")
  'note explain recall observe mention disclose conclude reaffirm allege contend reject refute predict lament clarify report describe ' +
  // an accusation has an accuser ("The suit accused him of …", "The opposition blamed the government for …")
  'accuse blame').split(/\s+/))

/** A time word heading a phrase: a day, or a time word in lower case ("CBS This Morning co-Anchor DeMarco Morgan" is a name). */
function timeHead(v: SyntaxView, head: number): boolean {
  const w = wordOf(v, head)
  return isTimeWord(w) && (WEEKDAYS.has(w.toLowerCase()) || w === w.toLowerCase())
}

/** A name in apposition after token i, within `depth` steps down ("Wednesday, Mr. Larijani", "Saturday at the convention Sen. Warren"). */
function apposedName(v: SyntaxView, i: number, mentions: readonly Mention[], depth: number): boolean {
  return depth > 0 && (v.children[i] ?? []).some((d) => d > i && ((v.syntax.tokens[d]!.deprel === 'appos' && isSpeakerHead(v, d, mentions)) || apposedName(v, d, mentions, depth - 1)))
}

/**
 * A phrase that names nobody ("No group has claimed responsibility", "No one could decide", "Neither party conceded"):
 * the negative word itself, or a negative determiner on a common noun.
 */
function negated(v: SyntaxView, head: number): boolean {
  if (NEGATIVE_QUANTIFIERS.has(wordOf(v, head).toLowerCase())) return true
  // a name keeps its speaker ("Neither Cruz nor Christie acknowledged …" reports what both did not say)
  if (uposOf(v, head) === 'PROPN') return false
  return (v.children[head] ?? []).some((d) => d < head && v.syntax.tokens[d]!.deprel === 'det' && NEGATIVE_QUANTIFIERS.has(wordOf(v, d).toLowerCase()))
}

/** Words that stand for speakers without a noun: "others said", "many believe", "both agreed". */
const SPEAKING_QUANTIFIERS: ReadonlySet<string> = new Set(['others', 'many', 'some', 'several', 'both', 'few', 'most', 'all', 'everyone', 'someone', 'somebody', 'one'])

/**
 * Is the token at `head` a speaker (see the module comment)? With `cueLemma`, the lemma of the verb it is the subject
 * of: any noun that says something (SPEECH_LEMMAS) is a speaker. A noun right before a person's name is a title
 * ("FBI general counsel James Baker", "donor Sheldon Adelson"), whichever of the two the parser makes the head.
 */
export function isSpeakerHead(v: SyntaxView, head: number, mentions: readonly Mention[], cueLemma?: string): boolean {
  const t = v.tokens[head]!
  // "No group has claimed", "Neither party conceded": a phrase that names nobody
  if (negated(v, head)) return false
  // a time word is when something was said, never who said it ("Friday said", "whose party won … last week, who said")
  // ("Asked about the dispute Wednesday, Mr. Larijani said", "Saturday at the party convention Sen. Elizabeth Warren said":
  // the name the parser hung in apposition under the day speaks)
  if (timeHead(v, head)) return apposedName(v, head, mentions, 3)
  if (mentions.some((m) => m.start <= t.start && t.end <= m.end && m.type !== 'MISC')) return true
  const upos = uposOf(v, head)
  const w = wordOf(v, head).toLowerCase().replace(/’/g, "'")
  if (upos === 'PROPN') return true
  // "Those surveyed said", "those who back her say": a subject "those" stands for people ("support those who reject
  // violence" names no speaker of "reject")
  if (w === 'those' && /^nsubj/.test(v.syntax.tokens[head]!.deprel)) return true
  if (upos === 'PRON') {
    const p = PRONOUNS.get(w)
    return (p !== undefined && p.case !== 'possessive' && p.case !== 'reflexive') || w === 'who' || SPEAKING_QUANTIFIERS.has(w)
  }
  if (SPEAKING_QUANTIFIERS.has(w) && (upos === 'ADJ' || upos === 'DET' || upos === 'NUM' || upos === 'NOUN')) return true
  // "Officials familiar with the case said" parsed with the adjective as the subject and the noun as its subject
  const inner = upos === 'ADJ' ? (v.children[head] ?? []).find((d) => d < head && /^nsubj/.test(v.syntax.tokens[d]!.deprel) && uposOf(v, d) === 'NOUN') : undefined
  if (inner !== undefined) return isSpeakerHead(v, inner, mentions, cueLemma)
  // "An official, who …": a speaker noun the tagger read as an adjective, with its determiner
  if (upos === 'ADJ' && SPEAKER_NOUNS.has(w) && (v.children[head] ?? []).some((d) => v.syntax.tokens[d]!.deprel === 'det')) return true
  if (upos !== 'NOUN' && upos !== 'X' && !(upos === 'ADJ' && v.syntax.tokens[head]!.deprel.startsWith('nsubj'))) return false
  if (SPEAKER_NOUNS.has(lemmaOf(v, head)) || SPEAKER_NOUNS.has(w)) return true
  if ((AGENT_SUFFIX.test(lemmaOf(v, head)) && !NOT_AGENTS.has(lemmaOf(v, head))) || ACRONYM.test(wordOf(v, head))) return true
  if (cueLemma !== undefined && SPEECH_LEMMAS.has(cueLemma) && upos === 'NOUN') return true
  const next = v.tokens[head + 1]
  return next !== undefined && mentions.some((m) => m.type === 'PER' && m.start === next.start)
}
