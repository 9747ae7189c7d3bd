/**
 * Word lists for attribution, all written by hand: reporting cues, stance and
 * hedge words. (PolNeAR, the attribution corpus Dossier is measured on, may not
 * train anything that ships, so no list here is learned from it.)
 * @module
 */
import { NEGATORS } from '../text/english.js'

/** Reporting cues written by hand: the core verbs of news attribution in all their forms. */
const HAND_CUES: readonly string[] = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'according to', 'claim', 'claims', 'claimed', 'claiming', 'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying', 'state', 'stated', 'note', 'notes', 'noted', 'noting',
  'insist', 'insists', 'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing', 'warn', 'warns', 'warned', 'warning',
  'explain', 'explains', 'explained', 'announce', 'announces', 'announced', 'report', 'reports', 'reported',
  'write', 'writes', 'wrote', 'believe', 'believes', 'believed', 'think', 'thinks', 'allege', 'alleges', 'alleged',
  'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'reject', 'rejects', 'rejected',
  'dismiss', 'dismissed', 'dismisses', 'suggest', 'suggests', 'suggested', 'assert', 'asserts', 'asserted',
  'declare', 'declares', 'declared', 'maintain', 'maintains', 'maintained', 'tweet', 'tweets', 'tweeted',
  'testify', 'testified', 'revealed', 'disclosed', 'stressed', 'emphasized', 'emphasised', 'reiterated', 'boasted',
  'speculated', 'estimated', 'predicted', 'promised', 'vowed', 'pledged', 'threatened', 'accused', 'recalled',
  'conceded', 'countered', 'replied', 'responded', 'continued', 'asked', 'wondered', 'agreed', 'disputed', 'refuted',
]

/** Cue words (first token, lower case) that confirm or deny what others reported. */
export const CONFIRM_CUES = new Set(['confirm', 'confirms', 'confirmed', 'confirming', 'verified', 'verifies', 'corroborated',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'backed', 'affirmed', 'reaffirmed'])
export const DENY_CUES = new Set(['deny', 'denies', 'denied', 'denying', 'rejected', 'rejects', 'dismissed', 'dismisses',
  'refuted', 'refutes', 'disputed', 'disputes', 'contradicted', 'rebuffed', 'debunked', 'repudiated'])
/** Cues that by themselves mark the speaker's own uncertainty. */
export const SPECULATIVE_CUES = new Set(['suggest', 'suggests', 'suggested', 'suggesting', 'speculated', 'speculates', 'guessed',
  'estimated', 'estimates', 'suspect', 'suspects', 'suspected', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'predicted', 'predicts', 'expects', 'expected', 'hopes', 'hoped', 'wondered', 'feared', 'fears', 'seems', 'seemed', 'appears', 'appeared'])
/** Words that distance the reporter or the speaker from the content ("claimed", "allegedly"). */
export const HEDGE_WORDS = new Set(['claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'allegedly',
  'reportedly', 'purportedly', 'purported', 'supposedly', 'apparently', 'unconfirmed', 'unverified', 'rumored', 'rumoured',
  'possibly', 'perhaps', 'may', 'might', 'could', 'likely', 'unlikely', 'probably', 'suspected', 'presumably', 'seemingly'])
/** Negations that turn an assertion into a denial ("did not say", "never told"). */
export const NEGATIONS: ReadonlySet<string> = new Set([...NEGATORS, 'no'])

/**
 * More reporting, attitude and evidence verbs, as lemmas; their inflected forms
 * are generated. Weaker than the core list (score below 1): after a determiner or
 * a number they are read as nouns ("the estimates", "35 states").
 */
const MORE_CUE_LEMMAS: readonly string[] = [
  // saying and telling
  'advise', 'affirm', 'answer', 'assure', 'brag', 'caution', 'cite', 'clarify', 'comment', 'complain', 'concede',
  'conclude', 'confess', 'contend', 'counter', 'cry', 'decry', 'demand', 'describe', 'detail', 'disclose', 'emphasize',
  'emphasise', 'exclaim', 'forecast', 'grumble', 'hint', 'imply', 'indicate', 'inform', 'instruct', 'joke', 'lament',
  'mention', 'mutter', 'object', 'observe', 'opine', 'plead', 'pledge', 'posit', 'proclaim', 'promise', 'propose',
  'protest', 'quip', 'reassure', 'recount', 'reiterate', 'remark', 'remind', 'repeat', 'reply', 'respond', 'retort',
  'reveal', 'scoff', 'shout', 'signal', 'speculate', 'stress', 'swear', 'testify', 'threaten', 'underline',
  'underscore', 'urge', 'vow', 'whisper', 'recall', 'predict', 'estimate', 'boast', 'accuse', 'charge', 'blame',
  'criticize', 'criticise', 'condemn', 'denounce', 'praise', 'applaud', 'welcome', 'question', 'refute',
  'lambaste', 'chide', 'scold', 'rebuke', 'berate', 'castigate', 'assail', 'excoriate', 'fault', 'bash', 'skewer', 'hammer', 'knock',
  'trash', 'savage', 'acclaim', 'commend', 'laud', 'salute', 'congratulate', 'credit',
  'deride', 'disparage', 'belittle', 'insult', 'smear', 'demonize', 'vilify', 'denigrate', 'malign', 'ponder', 'mull', 'contemplate',
  'dispute', 'contradict', 'rebut', 'reaffirm', 'recommend', 'request', 'suggest', 'concur', 'agree', 'disagree',
  'wonder', 'ask', 'inquire', 'acknowledge', 'admit', 'announce', 'assert', 'declare', 'explain', 'insist', 'maintain',
  'state', 'tweet', 'post', 'email', 'text', 'telephone', 'write', 'tell', 'add', 'note', 'argue', 'warn', 'claim',
  'allege', 'confirm', 'deny', 'report', 'reject', 'dismiss', 'talk', 'voice',
  // believing and feeling
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'doubt', 'suspect', 'assume', 'guess', 'know',
  'realize', 'realise', 'recognize', 'recognise', 'understand', 'envision', 'imagine', 'reckon', 'presume', 'trust',
  'insinuate', 'figure',
  // stance: backing, opposing, wanting
  'endorse', 'defend', 'oppose', 'back', 'refuse', 'decline', 'seek', 'want', 'intend', 'prefer',
  'favor', 'favour', 'slam', 'blast', 'attack', 'mock', 'ridicule', 'thank', 'discuss', 'compare', 'call',
  'express', 'consider', 'order', 'tout', 'highlight', 'echo', 'learn', 'view', 'regard',
  'offer', 'name', 'decide', 'identify', 'quote', 'deem', 'portray', 'reference', 'remember',
  'characterize', 'characterise', 'label', 'brand', 'dub', 'hail', 'rule', 'determine',
  // raising verbs: the subject's own hedge, read with the verb after them ("seemed to imply")
  'seem', 'appear',
  // evidence ("polls show", "the study found")
  'show', 'demonstrate',
]

/**
 * Single forms of verbs whose other forms mislead more than they find
 * ("the support", "to see", "a vote", "it found its way").
 */
const MORE_CUE_FORMS: readonly string[] = [
  'supports', 'supported', 'supporting', 'voted', 'votes', 'sees', 'saw', 'seen', 'plans', 'found', 'finds', 'shows',
]

/** Several-word cues. */
const MORE_CUE_PHRASES: readonly string[] = [
  'go on to say', 'went on to say', 'goes on to say', 'spell out', 'spelled out', 'spelt out', 'weigh in', 'weighed in',
  'speak about', 'spoke about', 'speaks about', 'speaking about',
  'rail against', 'rails against', 'railed against',
  'go after', 'goes after', 'went after', 'going after', 'agree with', 'agrees with', 'agreed with',
  'shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back', 'pushed back', 'pushes back', 'struck back',
  // a stance held: "was critical of", "is confident that"
  'critical of', 'skeptical of', 'sceptical of', 'supportive of', 'dismissive of', 'wary of',
  'confident that', 'optimistic that', 'sure that', 'certain that', 'hopeful that', 'adamant that',
  'made it clear', 'make it clear', 'makes it clear', 'put it', 'puts it', 'would like', 'ask for', 'asks for', 'asked for',
]

/** Phrasal cues and idioms of a light verb and its object ("point out", "took issue with"), as lemma + rest; every form of the verb is generated. */
const IDIOMS: ReadonlyArray<readonly [string, string]> = [
  ['point', 'out'], ['point', 'to'], ['make', 'clear'], ['call', 'for'], ['call', 'on'], ['refer', 'to'], ['talk', 'about'], ['side', 'with'],
  ['respond', 'to'], ['reply', 'to'],
  ['take', 'issue with'], ['take', 'aim at'], ['take', 'credit for'], ['take', 'a swipe at'], ['take', 'swipes at'], ['take', 'a shot at'],
  ['take', 'shots at'], ['take', 'exception to'], ['take', 'a stand against'], ['take', 'responsibility for'],
  ['make', 'the case'], ['make', 'the case for'], ['make', 'the case that'], ['make', 'no secret of'], ['make', 'no apologies for'],
  ['make', 'a pitch'], ['make', 'a pitch for'], ['make', 'the argument'], ['make', 'light of'],
  ['put', 'forth'], ['put', 'forward'], ['lay', 'out'], ['lash', 'out at'], ['hit', 'out at'], ['speak', 'out'], ['speak', 'out against'],
  ['vote', 'for'], ['vote', 'against'], ['apologize', 'for'], ['apologise', 'for'], ['shrug', 'off'], ['brush', 'off'], ['play', 'down'],
  ['allude', 'to'], ['touch', 'on'], ['balk', 'at'], ['open', 'up about'],
  ['distance', 'himself from'], ['distance', 'herself from'], ['distance', 'themselves from'], ['distance', 'itself from'],
  ['come', 'out against'], ['come', 'out for'], ['come', 'out in favor of'], ['sound', 'off'], ['weigh', 'in on'],
]

const IRREGULAR: Record<string, readonly string[]> = {
  take: ['took', 'taken'], make: ['made'], put: ['put'], lay: ['laid'], come: ['came'], speak: ['spoke', 'spoken'], hit: ['hit'],
  tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], know: ['knew', 'known'],
  swear: ['swore', 'sworn'], forecast: ['forecast', 'forecasted'], find: ['found'], show: ['showed', 'shown'],
  understand: ['understood'], cry: ['cried', 'cries'], text: ['texted', 'texts'], see: ['saw', 'seen'], seek: ['sought'],
  learn: ['learned', 'learnt'],
}

/** The forms of a regular English verb: -s, -ed, -ing (with the usual spelling changes). */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma])
  const irregular = IRREGULAR[lemma]
  if (/[^aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + 'ies').add(lemma.slice(0, -1) + 'ied').add(lemma + 'ing')
  } else if (/ee$/.test(lemma)) {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma + 'ing')
  } else if (/e$/.test(lemma)) {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma.slice(0, -1) + 'ing')
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(lemma + 'es').add(lemma + 'ed').add(lemma + 'ing')
  } else if (/^(quip|admit|commit|regret|plan|dub|slam|put|hit|refer)$/.test(lemma)) {
    const d = lemma + lemma.slice(-1)
    forms.add(lemma + 's').add(d + 'ed').add(d + 'ing')
  } else {
    forms.add(lemma + 's').add(lemma + 'ed').add(lemma + 'ing')
  }
  if (irregular) {
    // irregular past forms replace the regular -ed one
    forms.delete(lemma + 'ed')
    forms.delete(lemma + 'd')
    forms.delete(lemma + lemma.slice(-1) + 'ed')
    for (const f of irregular) forms.add(f)
  }
  return [...forms]
}

/** Score of the cues beyond the core list. */
const MORE_CUE_SCORE = 0.8

export interface CueLexicon {
  /** Cue token sequences (lower case, space-joined) → score in 0..1 (1: the core list). */
  readonly entries: ReadonlyMap<string, number>
  /** Longest entry in tokens. */
  readonly maxLen: number
}

/** The default lexicon: the core cues (score 1) and the wider hand lists. */
export function cueLexicon(): CueLexicon {
  const entries = new Map<string, number>()
  for (const c of HAND_CUES) entries.set(c, 1)
  for (const lemma of MORE_CUE_LEMMAS) for (const f of verbForms(lemma)) if (!entries.has(f)) entries.set(f, MORE_CUE_SCORE)
  for (const f of MORE_CUE_FORMS) if (!entries.has(f)) entries.set(f, MORE_CUE_SCORE)
  for (const p of MORE_CUE_PHRASES) if (!entries.has(p)) entries.set(p, MORE_CUE_SCORE)
  for (const [lemma, rest] of IDIOMS) for (const f of verbForms(lemma)) if (!entries.has(`${f} ${rest}`)) entries.set(`${f} ${rest}`, MORE_CUE_SCORE)
  let maxLen = 1
  for (const k of entries.keys()) maxLen = Math.max(maxLen, k.split(' ').length)
  return { entries, maxLen }
}

/**
 * Can this single token be a reporting cue? Verbs can; so can a word the tagger
 * calls a noun when "that" follows and no determiner precedes it ("filings show
 * that …").
 */
export function singleCueTokenOk(pos: string | undefined, nextLower: string | undefined, prevPos: string | undefined): boolean {
  if (pos === 'VERB' || pos === 'AUX') return true
  return pos === 'NOUN' && nextLower === 'that' && prevPos !== 'DET' && prevPos !== 'ADJ' && prevPos !== 'ADP'
}
