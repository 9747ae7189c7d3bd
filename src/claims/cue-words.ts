/**
 * Word lists of attribution finding that are not cues: the words that bound a source, join a cue, open a
 * content or a time phrase. Closed-class words come from the one English lexicon (src/text/english.ts).
 * @module
 */
import { BE_FORMS, MONTHS, RELATIVE_PRONOUNS, TIME_NOUNS as TIME_NOUNS_EN, WEEKDAYS } from '../text/english.js'
import { addressee } from './verb-cue.js'

/** Tokens a source never reaches back across. */
export const HARD_LEFT = new Set([';', ':', '—', '–', '―', '--', 'that', 'where', 'why', 'because', 'while', 'although', 'though', 'whereas', 'since', 'if', 'when', 'after', 'before', 'unless', 'until'])

/** Words stripped from the start of a source ("But Trump said"). */
export const LEAD_STRIP = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'now', 'meanwhile', 'however', 'also', 'still', 'instead', 'later', 'earlier', 'indeed', 'in', 'on', 'at'])

/** Auxiliaries and adverbs that join the cue when right before it ("has also said", "did not deny"). */
export const CUE_PREFIX = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'were', 'are', 'been', 'being', 'also', 'previously', 'repeatedly', 'later', 'again', 'then', 'once', 'recently', 'reportedly', 'publicly', 'privately', 'not', "n't", 'never', 'did', 'does', 'do', 'could', 'may', 'might', 'can', 'should', 'already', 'often', 'frequently', 'flatly', 'firmly', 'strongly', 'quickly', 'immediately'])

/** Cues whose object is the addressee ("told Breitbart Jerusalem that …"), by lemma. */
export const TELL: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'warn', 'remind', 'urge', 'ask', 'brief'])

/** Cues that take an addressee after "to" ("claimed to Breitbart Jerusalem"), by lemma. */
export const TO_CUES: ReadonlySet<string> = new Set(['say', 'claim', 'confirm', 'admit', 'explain', 'deny', 'complain', 'reveal', 'write', 'speak', 'talk'])

/** Words of time and setting that may follow a cue without being content ("said on Tuesday in a statement"). */
export const TRAIL_SKIP = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'late', 'early', 'yesterday', 'today', 'tonight', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'a', 'an', 'the', 'statement', 'interview', 'email', 'e-mail', 'emailed', 'press', 'release', 'conference', 'briefing', 'speech', 'post', 'tweet', 'with', 'to', 'of', 'his', 'her', 'their', 'its', 'phone', 'telephone', 'televised', 'written', 'told', 'reporters', 'journalists', 'also', 'then'])

export const PARTICIPLE_CUE = /ing$/

/** Verbs that invert after their content without a quote ("…, said Smith"). */
export const INVERTING = new Set(['said', 'says', 'told', 'added', 'wrote', 'writes', 'asked', 'noted', 'explained', 'argued', 'continued', 'recalled', 'warned', 'insisted', 'replied', 'countered', 'acknowledged', 'observed', 'cautioned', 'declared', 'stated', 'admitted', 'claimed'])

export const RELATIVE: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS].filter((w) => w !== 'that'))

/** Words of labels before a colon ("The Latest:", "Editor’s note:"), which do not speak. */
export const COLON_LABELS = new Set(['photo', 'image', 'credit', 'credits', 'tags', 'topics', 'share', 'contact', 'email', 'follow', 'read', 'see', 'also',
  'warning', 'subject', 'date', 'location', 'time', 'where', 'when', 'what', 'who', 'why', 'how', 'price', 'cost', 'title', 'author', 'byline', 'filed',
  'latest', 'note', 'correction', 'update', 'updated', 'answer', 'question', 'reminder', 'daily', 'summary', 'recap', 'disclosure', 'disclaimer', 'editor', 'editors', 'watch', 'related', 'breaking', 'poll', 'photos', 'video', 'source', 'sources', 'huffpollster'])

/** Raising verbs: the reporter's own hedge, with no source ("The plan seems to …"). */
export const RAISING = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared'])

export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling'])

export const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which', 'about'])

/** Nouns that report what someone said or holds, when a "that" clause or a colon follows ("his claim that …"). */
export const NOUN_CUES = new Set(['statement', 'statements', 'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'view', 'views', 'argument', 'arguments',
  'warning', 'warnings', 'assertion', 'assertions', 'belief', 'contention', 'insistence', 'suggestion', 'allegation', 'allegations', 'promise', 'promises',
  'pledge', 'prediction', 'predictions', 'accusation', 'accusations', 'charge', 'declaration', 'admission', 'assessment', 'conclusion', 'vow', 'announcement',
  'assurance', 'assurances', 'denial', 'insinuation', 'complaint', 'complaints', 'boast', 'theory', 'opinion', 'position', 'message', 'suggestions', 'estimate'])

/** "In her view, …", "in Smith's words, …". */
export const VIEW_NOUNS = new Set(['view', 'words', 'opinion', 'estimation', 'judgment', 'judgement', 'telling', 'mind', 'assessment', 'eyes', 'account'])

export const POSS_PRON = new Set(['his', 'her', 'their', 'its', 'my', 'our'])

export const POSS_MARK = new Set(["'s", '’s', "'", '’'])

/** Quantifiers that stand as a subject ("most said", "many believe"), whatever the tagger calls them. */
export const QUANT = new Set(['most', 'many', 'some', 'few', 'all', 'both', 'half', 'none', 'several', 'others', 'more', 'fewer', 'each', 'either', 'neither'])

export const DASHES = new Set(['—', '–', '―', '--'])

export const STOP_CHAIN = new Set([';', ':', '—', '–', '―', '--'])

export const ASIDE_PREP = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'for', 'from', 'amid', 'via', 'through', 'since', 'upon', 'over', 'when', 'while'])

export const BE: ReadonlySet<string> = new Set([...BE_FORMS].filter((w) => w !== 'am' && w !== "'m"))

export const AUXES = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'not', "n't", 'also', 'widely', 'often', 'already', 'never'])

export const IRREGULAR_PARTICIPLES = new Set(['told', 'known', 'said', 'seen', 'shown', 'thought', 'made', 'held', 'given', 'taken', 'found', 'brought', 'heard', 'written', 'read', 'put', 'set', 'sent', 'left', 'meant', 'understood', 'felt', 'kept', 'won', 'drawn', 'chosen', 'spoken'])

/** Participles that describe their subject's own attitude ("were worried about", "is convinced that"): the subject holds the view. */
export const PSYCH = new Set(['worried', 'concerned', 'convinced', 'pleased', 'excited', 'disappointed', 'surprised', 'frustrated', 'opposed', 'interested',
  'committed', 'determined', 'inclined', 'troubled', 'alarmed', 'outraged', 'thrilled', 'satisfied', 'dissatisfied', 'unconvinced', 'persuaded',
  'disturbed', 'impressed', 'unimpressed', 'encouraged', 'dismayed', 'puzzled', 'baffled', 'annoyed', 'irritated', 'confused', 'delighted', 'offended',
  'disgusted', 'appalled', 'embarrassed', 'ashamed', 'scared', 'frightened', 'terrified', 'shocked', 'stunned', 'amazed', 'relieved', 'disillusioned', 'fed'])

/** Verbs (by stem) whose preposition introduces what they are about: "argued for", "warned against", "complained about", "wrote of". */
export const TOPIC_PREPS: ReadonlyMap<string, RegExp> = new Map([
  ['for', /^(argu|plead|push|lobb|advocat|campaign|press|fight|root)/],
  ['against', /^(argu|warn|push|campaign|lobb|speak|spoke|testif|fight|caution|back)/],
  ['about', /^(complain|warn|wr[io]t|spoke|speak|testif|worr|joke|boast|brag|lie|lied|caution|grumbl|lament)/],
  ['of', /^(warn|wr[io]t|spoke|speak|complain|boast)/],
  // "fired back at the governor", "pushed back against the plan"
  ['at', /^back$/],
])

export const FRONTING = new Set(['while', 'although', 'though', 'if', 'when', 'because', 'as', 'after', 'before', 'since', 'whereas', 'once', 'unless', 'whether'])

/** Words that open the reported clause after a passive's agent ("was asked by X whether …"). */
export const PASSIVE_CLAUSE = new Set(['whether', 'that', 'if', 'to', 'how', 'why', 'what', 'about'])

/** Prepositions and subordinators that open an adverbial participle phrase ("while acknowledging", "by saying"). */
export const ADVERBIAL_ING = new Set(['while', 'before', 'after', 'by', 'in', 'without', 'besides', 'when', 'since', 'upon', 'despite', 'for'])

export const PERCEPTION = new Set(['find', 'finds', 'found', 'see', 'sees', 'saw', 'know', 'knows', 'knew'])

/** Sources whose finding is a report: polls, studies and the people who run them. */
export const FINDERS = /^(polls?|surveys?|stud(y|ies)|reports?|analys[ie]s|research|researchers|reviews?|investigations?|investigators|audits?|data|analysts|economists|scientists|experts|group|groups|poll’s|study’s)$/

export const TIME_NOUNS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...TIME_NOUNS_EN, ...[...MONTHS.keys()].map((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? `${m}.` : m)])

export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), 'yesterday', 'today', 'tonight', 'recently', 'later', 'earlier', 'again', 'also', 'repeatedly', 'publicly', 'privately'])

export const TRAIL_PREP = new Set(['on', 'in', 'at', 'during', 'to', 'with', 'after', 'before', 'from', 'via', 'through', 'outside', 'inside', 'while', 'without', 'of'])

/** Things that carry someone's words without speaking ("put out a statement saying", "ran ads attacking"). */
export const CARRIERS = new Set(['statement', 'statements', 'email', 'emails', 'e-mail', 'letter', 'letters', 'ad', 'ads', 'advertisement', 'advertisements', 'commercial', 'tweet', 'tweets', 'post', 'posts', 'memo', 'petition', 'petitions', 'op-ed', 'op-eds', 'video', 'videos', 'release', 'message', 'messages', 'note', 'speech', 'speeches', 'sign', 'signs', 'banner', 'banners', 'microphone', 'mailer', 'mailers', 'flyer', 'flyers', 'record', 'time', 'day', 'days', 'hours', 'minutes'])

/** Verbs whose object is the subject of the infinitive after it ("urged Republicans to say", "drives candidate to say"). */
export const OBJECT_CONTROL = /^(ask|asks|asked|asking|urge|urges|urged|urging|require|requires|required|requiring|force|forces|forced|drive|drives|drove|driven|prompt|prompts|prompted|lead|leads|led|encourage|encourages|encouraged|allow|allows|allowed|want|wants|wanted|invite|invites|invited|persuade|persuaded|pay|pays|paid|push|pushed|pushes|press|pressed|pressing|tell|tells|told|get|gets|got|need|needs|needed|expect|expects|expected|called|call|calls|challenge|challenged|dare|dared|help|helped|helps|enable|enabled|convince|convinced|inspire|inspired|hire|hired|leave|leaves|leaving|left|cause|causes|caused|causing|give|gives|gave|given|direct|directs|directed)$/

/** Content to the right of the cue, up to the sentence end or a participle cue's clause. */
export const SPEECH = /^(say|said|tell|told|add|writ|wrote|not(e|ed|es|ing)$|argu|claim|explain|insist|stat(e|ed|es|ing)$|warn|believ|think|thought|acknowledg|admit|announc|report|suggest|assert|declar|maintain|tweet|testif|reveal|stress|emphasi|reiterat|boast|speculat|predict|recall|conced|counter|repl|respond|continu|ask|agree|den(y|ied|ies)|confirm|f(ou|i)nd|show|hop(e|ed|es|ing)$|fear|worr|feel|felt|know|knew|conclud|estimat|contend|complain|post|alleg|observ|remark|point|indicat|promis|expect|recogni|realiz|understand|understood|learn|impl(y|ied|ies)|guess|wonder|assum|mention|remind|assur|inform|suspect|doubt|exclaim|shout|read|sa(y|ys)|according|seem|appear|ensur|mean|meant|predict|acknowledg|recount|quip|joke|admit|caution|vow|pledg)/

export const SUBORDINATORS = new Set(['after', 'before', 'because', 'although', 'though', 'while', 'when', 'since', 'until', 'unless', 'whereas', 'as'])

export const CLAUSE_CONJ = new Set(['and', 'but', 'while', 'though', 'although', 'whereas'])
