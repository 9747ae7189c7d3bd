/**
 * The ONE English closed-class lexicon: the small, fixed word classes that
 * every analysis folder needs (forms of "be", "have", "do", modals,
 * pronouns with person / number / gender, determiners, subordinators,
 * prepositions, coordinators, negators, titles, months and days).
 *
 * Every entry is lower case; apostrophes are straight ("n't", "'s": fold
 * curly ones with `foldApostrophes` first). Open-class knowledge (verbs and
 * their lemmas) comes from the tagger and lemmatiser in src/syntax, not from
 * here. Exports are stable: other folders import them by name.
 * @module
 */

/** Forms of "be", including clitics ("'s" is ambiguous with "has" and the possessive: callers decide). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'m", "'re", "'s"])

/** Forms of "have" (clitics included). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve", "'d"])

/** Forms of "do". */
export const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done'])

/** Auxiliaries of the present tense ("once ISIL is defeated", "if they have left"). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['am', 'is', 'are', "'m", "'re", "'s", 'has', 'have', "'ve", 'do', 'does'])

/** Modal verbs ("will" and "would" included; "'ll" is the clitic of "will"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', "'ll"])

/** Modals of possibility: the speaker does not assert (a hedge). */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could'])

/** Adverbs of likelihood and of distance from a report: the clause they modify is not asserted outright (a hedge). */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(['probably', 'possibly', 'perhaps', 'maybe', 'likely', 'apparently', 'reportedly',
  'allegedly', 'purportedly', 'supposedly', 'seemingly', 'presumably'])

/** Adjectives of likelihood that predicate a clause: "is likely to be discussed", "it is quite possible to reach …". */
export const LIKELIHOOD_ADJECTIVES: ReadonlySet<string> = new Set(['likely', 'unlikely', 'possible', 'probable'])

/** Raising verbs of appearance, by lemma: "the plane appeared to be on a training flight" is the speaker's impression. */
export const APPEARANCE_VERBS: ReadonlySet<string> = new Set(['seem', 'appear'])

/** Every auxiliary form: be, have, do (finite forms) and the modals. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, 'do', 'does', 'did', ...MODALS])

/** Clause negators ("no" is a determiner and not here). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never'])

/** Words that deny a noun phrase a referent: "no group", "neither party", "nobody", "none". */
export const NEGATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['no', 'neither', 'nor', 'nobody', 'none', 'noone'])

export type Person = 1 | 2 | 3
export type GrammaticalNumber = 'singular' | 'plural' | 'either'
export type Gender = 'masculine' | 'feminine' | 'neuter' | 'any'
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive'

/** What a personal pronoun says about its referent. */
export interface PronounInfo {
  readonly person: Person
  readonly number: GrammaticalNumber
  readonly gender: Gender
  readonly case: PronounCase
}

const p = (person: Person, number: GrammaticalNumber, gender: Gender, c: PronounCase): PronounInfo => ({ person, number, gender, case: c })

/** Personal pronouns (and possessive determiners) with person, number, gender and case. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['i', p(1, 'singular', 'any', 'subject')], ['me', p(1, 'singular', 'any', 'object')], ['my', p(1, 'singular', 'any', 'possessive')],
  ['mine', p(1, 'singular', 'any', 'possessive')], ['myself', p(1, 'singular', 'any', 'reflexive')],
  ['we', p(1, 'plural', 'any', 'subject')], ['us', p(1, 'plural', 'any', 'object')], ['our', p(1, 'plural', 'any', 'possessive')],
  ['ours', p(1, 'plural', 'any', 'possessive')], ['ourselves', p(1, 'plural', 'any', 'reflexive')],
  ['you', p(2, 'either', 'any', 'subject')], ['your', p(2, 'either', 'any', 'possessive')], ['yours', p(2, 'either', 'any', 'possessive')],
  ['yourself', p(2, 'singular', 'any', 'reflexive')], ['yourselves', p(2, 'plural', 'any', 'reflexive')],
  ['he', p(3, 'singular', 'masculine', 'subject')], ['him', p(3, 'singular', 'masculine', 'object')], ['his', p(3, 'singular', 'masculine', 'possessive')],
  ['himself', p(3, 'singular', 'masculine', 'reflexive')],
  ['she', p(3, 'singular', 'feminine', 'subject')], ['her', p(3, 'singular', 'feminine', 'object')], ['hers', p(3, 'singular', 'feminine', 'possessive')],
  ['herself', p(3, 'singular', 'feminine', 'reflexive')],
  ['it', p(3, 'singular', 'neuter', 'subject')], ['its', p(3, 'singular', 'neuter', 'possessive')], ['itself', p(3, 'singular', 'neuter', 'reflexive')],
  ['they', p(3, 'plural', 'any', 'subject')], ['them', p(3, 'plural', 'any', 'object')], ['their', p(3, 'plural', 'any', 'possessive')],
  ['theirs', p(3, 'plural', 'any', 'possessive')], ['themselves', p(3, 'plural', 'any', 'reflexive')],
])

/** Possessive determiners ("his office"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their'])

/** Relative pronouns and determiners ("who", "which", "whose", "whom"; "that" is also a subordinator). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that'])

/** Question words, which open an indirect question ("asked whether …", "said why …"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'when', 'where', 'whether'])

/** Demonstratives. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those'])

/** Articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Quantifiers that open a noun phrase ("several officials", "many residents"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'few', 'both', 'all', 'each', 'every', 'any', 'no', 'most',
  'other', 'another', 'multiple', 'various', 'numerous', 'much', 'more', 'less', 'fewer'])

/** Number words up to twelve (and "dozens"-like counts are open class). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]])

/** Determiners: articles, demonstratives, possessives and quantifiers. */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS, ...QUANTIFIERS])

/** Subordinating conjunctions: they open an adverbial or complement clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['that', 'because', 'while', 'although', 'though', 'whereas', 'since', 'if', 'unless',
  'until', 'when', 'whenever', 'where', 'wherever', 'after', 'before', 'once', 'as', 'whether', 'so'])

/** Coordinating conjunctions. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'plus'])

/** Prepositions (single words). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'above', 'across', 'after', 'against', 'along', 'amid', 'amidst', 'among',
  'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down', 'during',
  'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since',
  'through', 'throughout', 'to', 'toward', 'towards', 'under', 'underneath', 'unlike', 'until', 'up', 'upon', 'via', 'with', 'within', 'without'])

/** Honorifics and titles before a name, lower case, without the final period ("Mr.", "Gen.", "President"). */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sir', 'dame', 'lord', 'lady',
  'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cpt', 'sgt', 'sergeant', 'spc', 'pfc', 'pvt', 'cpl', 'adm', 'admiral',
  'brig', 'cmdr', 'cdr', 'commander', 'gov', 'governor', 'sen', 'senator', 'rep', 'representative', 'amb', 'ambassador', 'sec', 'secretary',
  'president', 'vice', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'imam', 'rabbi', 'pope',
  'ayatollah', 'mullah', 'mayor', 'judge', 'justice', 'supt', 'insp'])

/**
 * Heads of phrases that name a room, a designation or a post, never a body or a place of their own: "the [White House
 * Press Briefing Room]", "a [UNESCO World Heritage Site]", "the [U.S. Embassy Chargé] d'Affaires", "a [State Department
 * spokesman]". Lower case, one or two words, matched at a name's end.
 */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set(['briefing room', 'heritage site', 'chargé', 'charge', "chargé d'affaires", "charge d'affaires",
  'spokesman', 'spokeswoman', 'spokesperson'])

/**
 * Buildings and seats that news name for the government working in them ("the Pentagon said", "the Kremlin denied"),
 * lower case. Before "press" they name the reporters who cover that government, not a body: "[Pentagon Press] will
 * gather", "the [White House Press] corps" (`PRESS_CORPS_HEADS`).
 */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(['pentagon', 'white house', 'kremlin', 'elysee', 'élysée', 'elysée',
  'downing street', 'capitol', 'capitol hill', 'state department', "quai d'orsay", 'blue house', 'zhongnanhai'])

/** Words that, after a seat of government, name its press corps: "Pentagon Press", "the White House press pool". Lower case. */
export const PRESS_CORPS_HEADS: ReadonlySet<string> = new Set(['press', 'press corps', 'press pool'])

/** Abbreviated titles that are written with a period ("Gen.", "Sen."): a sentence never ends on them. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'spc', 'pfc', 'pvt', 'cpl', 'adm', 'brig', 'cmdr', 'cdr', 'gov', 'sen', 'rep', 'amb', 'sec', 'supt', 'insp', 'st'])

/** Particles of Arabic names ("Abu Bakr al-Baghdadi", "bin Laden", "Umm Sayyaf"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'umm'])

/** Particles of European names ("van der Berg", "de Gaulle"); also ordinary words ("la", "de"), so weaker evidence of a name. */
export const EUROPEAN_NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le'])

/** Months: full names and abbreviations → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9],
  ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
])

/** Days of the week → 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
])

/** Words of relative time ("yesterday", "earlier"). */
export const RELATIVE_TIME: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'now', 'recently', 'earlier', 'later'])

/** Nouns of time of day and of calendar units ("on Tuesday morning", "last week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year'])

/** A day of the week, a word of relative time or a time noun (any case); months are left to the caller ("May" is also a name). */
export function isTimeWord(word: string): boolean {
  const w = word.toLowerCase()
  return WEEKDAYS.has(w) || RELATIVE_TIME.has(w) || TIME_NOUNS.has(w)
}

/** Lower-case a word and fold curly apostrophes to straight ones, the form every set here holds. */
export function foldApostrophes(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'")
}

/** The pronoun entry for a word (any case, curly apostrophes allowed), or undefined. */
export function pronounInfo(word: string): PronounInfo | undefined {
  return PRONOUNS.get(foldApostrophes(word))
}

/** Is this word a personal pronoun of the third person that can stand for a speaker (he, she, they, it and case forms)? */
export function isThirdPersonPronoun(word: string): boolean {
  const info = pronounInfo(word)
  return info !== undefined && info.person === 3 && info.case !== 'possessive'
}

/** Words that make an office another, lower one ("Vice President" is not "the president", "Deputy Minister" not "the
 * minister"); unlike "Lieutenant General" or "Major General", which are generals. */
export const SUBORDINATE_OFFICE_WORDS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'under', 'associate'])

/**
 * Nouns that name a person by office or rank, singular lemmas: "the secretary", "the minister" refer back to a
 * person named with that title ("Defense Secretary Ash Carter").
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(('secretary minister president premier chancellor general commander ' +
  'spokesman spokeswoman spokesperson ambassador envoy senator governor mayor prosecutor judge chairman chairwoman director chief ' +
  'colonel admiral captain lieutenant major sergeant king queen prince princess emir sheikh cleric imam pope candidate nominee ' +
  'congressman congresswoman lawmaker representative diplomat negotiator founder leader').split(' '))

/**
 * Nouns beyond offices that describe one person the article names: "The 71-year-old musician", "The man accused of …",
 * "The Republican from Mississippi", "the actress-singer" (singular lemmas; agent nouns in -ist / -ian count too).
 */
export const PERSON_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(('man woman singer actor actress artist star player athlete ' +
  'coach writer author editor poet administrator republican democrat billionaire tycoon businessman businesswoman veteran ' +
  'lawyer attorney').split(' '))

/** Nouns that name a body or group: "the group", "the ministry" refer back to an organisation named just before. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(('group organisation organization militia movement ministry department agency ' +
  'company firm party coalition alliance network faction council committee commission union federation association').split(' '))

/**
 * Plural nouns for the members of an armed or political group: "the rebels", "the militants" refer back to the group
 * named before them (coreference of definite descriptions, src/resolve/definite-descriptions.ts). Singular lemmas.
 */
export const GROUP_MEMBER_NOUNS: ReadonlySet<string> = new Set('rebel militant insurgent guerrilla separatist'.split(' '))

/**
 * Of the group nouns, those that say nothing about the kind of body beyond "a group": "the group", "the movement" may
 * stand for any group named before them whose name says it is no official body (no ministry, court, agency, company …).
 */
export const GENERIC_GROUP_NOUNS: ReadonlySet<string> = new Set('group organisation organization militia movement faction'.split(' '))

/** Modifiers that set a description against the body named before it: "the other group", "a rival faction", "the new party". */
export const CONTRASTIVE_MODIFIERS: ReadonlySet<string> = new Set('other another second third rival new different opposing separate splinter breakaway'.split(' '))

/**
 * Words in a body's name that make it an official body, an outlet or a business, not a group (not "the group", "the
 * militants"): "Interior Ministry", "International Security Assistance Force", "World Food Program", "The New York Times".
 */
export const NOT_GROUP_NAME_WORDS: ReadonlySet<string> = new Set(('ministry ministries department office bureau council committee ' +
  'commission court tribunal agency navy police parliament assembly senate congress house government administration ' +
  'company corporation corp inc ltd bank university school college force forces program programme fund service services ' +
  'embassy mission times post press news television radio journal tribune herald park').split(' '))

/**
 * Last words of newspapers' names, by which news name a paper alone after its full name ("The Washington Post … the
 * Post says", "The New York Times … The Times quoted"); the paper is named after its town, so the name opens with a place.
 */
export const NEWSPAPER_NAME_HEADS: ReadonlySet<string> = new Set(['post', 'times', 'herald', 'journal', 'tribune', 'gazette', 'telegraph',
  'globe', 'chronicle', 'observer', 'guardian', 'courier', 'examiner', 'inquirer', 'dispatch'])

/**
 * Nouns that head a body's name and also name a kind of body alone ("the House", "the Coalition", "Congress", "the
 * Senate"): a capitalised one alone is not the short form of a longer body's name that ends with it.
 */
export const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS, ...('government military army navy police ' +
  'authority administration regime house congress parliament senate assembly court bank office bureau force forces guard ' +
  'corps command brigade brigades battalion front league center centre institute university college school council ' +
  'church mission embassy board cabinet service services team club treasury archive archives agency').split(' ')])

/** Nouns that are plural without a plural ending: "Police say … They say" (claims: a plural source). */
export const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set(['police', 'people', 'personnel'])

/**
 * Nouns through which a state speaks, singular lemmas: "The government said", "Police say", "Authorities say", "A military
 * spokesman said" speak for the country the article is about when no body is named in the phrase (claims).
 */
export const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(('government military army navy police authority official administration ' +
  'regime').split(' '))

/** The gender a title before a name gives its bearer ("Mr", "Mrs", "King"); titles of either gender are absent. */
export const TITLE_GENDER: ReadonlyMap<string, 'masculine' | 'feminine'> = new Map([
  ...['mr', 'sir', 'lord', 'king', 'prince', 'emir', 'sheikh', 'congressman', 'chairman', 'spokesman', 'father', 'brother'].map((w) => [w, 'masculine'] as const),
  ...['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman', 'spokeswoman', 'mother', 'sister'].map((w) => [w, 'feminine'] as const),
])

/**
 * Titles of rulers, nobility and religious rank, lower case: before a name they make a person even of one word the
 * training text also writes capitalised ("King Gyanendra", "Sultan Qaboos", "Crown Prince Naruhito").
 */
export const NOBLE_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir',
  'amir', 'sheikh', 'sheik', 'sheikha', 'shah', 'tsar', 'czar', 'pope', 'ayatollah', 'duke', 'duchess', 'archduke', 'baron', 'baroness',
  'lord', 'lady', 'sir', 'dame', 'cardinal', 'archbishop', 'patriarch', 'maharaja', 'caliph'])

/** Military and police ranks, lower case: before a name of two or more words they make a person ("Lieutenant-General Soe Win"). */
export const RANK_TITLES: ReadonlySet<string> = new Set(['general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'corporal',
  'admiral', 'commodore', 'brigadier', 'marshal', 'commander', 'gen', 'col', 'maj', 'capt', 'lt', 'sgt', 'cpl', 'adm', 'brig', 'cmdr'])

/** Words that open a compound title without being one: "Crown Prince", "Grand Ayatollah", "Field Marshal", "Rear Admiral". */
export const TITLE_OPENERS: ReadonlySet<string> = new Set(['crown', 'grand', 'field', 'rear', 'vice', 'lieutenant', 'major', 'brigadier', 'staff'])

/**
 * Nouns of attitude, sympathy and commitment: what a party holds or offers rather than a fact it reports ("reiterates
 * UK support", "reaffirms its commitment", "Our condolences go out …"). By lemma. Not "concern": the real-news gold
 * counts "raised these concerns" as a claim.
 */
export const ATTITUDE_NOUNS: ReadonlySet<string> = new Set(('support commitment solidarity condolence sympathy gratitude appreciation ' +
  'thanks determination resolve readiness willingness opposition need regret sorrow outrage dismay ' +
  'disappointment anger admiration respect backing endorsement pledge position stance desire intention wish hope thought prayer welcome praise').split(/\s+/))

/**
 * Adjectives of expectation: the speaker is sure of, or hopes or fears, something still to be seen ("said she was
 * confident the talks would succeed", "remains hopeful", "X is convinced that …"). What such a speaker reports is a
 * hedge ("said she was certain the ceasefire would hold" too: a belief about what is still to be seen). By lemma.
 */
export const EXPECTATION_ADJECTIVES: ReadonlySet<string> = new Set(['confident', 'hopeful', 'optimistic', 'pessimistic', 'convinced',
  'doubtful', 'skeptical', 'sceptical', 'certain', 'sure', 'afraid', 'worried', 'concerned', 'fearful'])

/** Adjectives that say the speaker does not know: "it is unclear whether …", by lemma. */
export const UNCERTAINTY_ADJECTIVES: ReadonlySet<string> = new Set(['unclear', 'uncertain', 'unknown'])

/** Predicates of knowing, negated in "it is not clear whether …", "they do not know who …", "can not confirm whether …", by lemma. */
export const KNOWLEDGE_PREDICATES: ReadonlySet<string> = new Set(['clear', 'certain', 'sure', 'known', 'know', 'confirm', 'verify', 'determine'])

/** Nouns of an accusation or a report that a speaker can deny or confirm ("…, a charge Tehran denies"), by lemma. */
export const ACCUSATION_NOUNS: ReadonlySet<string> = new Set(['charge', 'accusation', 'allegation', 'claim', 'assertion', 'report', 'suggestion'])

/**
 * Verbs that only frame what is said, by lemma: never events themselves, whatever follows ("said the visit was …",
 * "according to"). With "manage" and "fail", verbs of success or failure whose infinitive carries the event.
 */
export const SPEECH_VERB_LEMMAS: ReadonlySet<string> = new Set(('say tell claim add accord according confirm state note explain ' +
  'report write quote speak manage fail').split(/\s+/))

/**
 * Discourse openers: words that link a sentence to the one before and set off the clause with a comma ("Meantime, the
 * group says", "Separately, officials said"); never the subject (the tagger reads some as nouns).
 */
export const DISCOURSE_OPENERS: ReadonlySet<string> = new Set(('meantime meanwhile however also earlier later separately elsewhere ' +
  'additionally moreover furthermore still instead nevertheless nonetheless likewise similarly besides thus hence therefore then now').split(' '))
