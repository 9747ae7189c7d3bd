/**
 * Roles and affiliations from appositions and titles:
 * - "Mumtaz Dugmush, commander of the Army of Islam in the Gaza Strip" → member_of, role "commander"
 * - "Mousa Abu Marzook, the deputy chief of the Hamas politburo" → role "deputy chief of the Hamas politburo"
 * - "Abu Baker Almuhajer, an Islamic State operative" → role "operative"
 * - "Hamas leader Ismail Haniyeh", "… IS and senior leader Abu Bakr al-Baghdadi" → title before the name
 * - "the Wilayat Sinai group, a local offshoot of IS" → part_of between organisations
 * @module
 */
import type { Mention } from '../model/index.js'
import type { AnnotatedDoc } from '../model/index.js'

export interface Affiliation {
  /** The person (or, for part_of, the member organisation). */
  readonly personMentionId: string
  readonly orgMentionId: string
  readonly role: string
  /** Text covered by the pattern, from the first to the last mention involved. */
  readonly span: { readonly start: number; readonly end: number }
  readonly kind: 'member_of' | 'part_of'
}

/** Nouns that make a phrase a role in an organisation. */
export const ROLE_NOUNS = new Set([
  'commander', 'commanders', 'leader', 'leaders', 'chief', 'head', 'deputy', 'spokesman', 'spokesperson', 'spokeswoman', 'member',
  'operative', 'official', 'fighter', 'militant', 'emir', 'amir', 'founder', 'co-founder', 'cofounder', 'minister', 'president',
  'secretary', 'secretary-general', 'director', 'officer', 'general', 'cleric', 'representative', 'envoy', 'ambassador', 'adviser',
  'advisor', 'aide', 'lieutenant', 'activist', 'ideologue', 'preacher', 'recruiter', 'financier', 'chairman', 'chairwoman',
  'coordinator', 'negotiator', 'mufti', 'colonel', 'captain', 'soldier', 'agent', 'correspondent', 'reporter', 'editor',
  'politician', 'lawmaker', 'legislator', 'mp', 'governor', 'mayor', 'strategist', 'bomb-maker', 'bombmaker', 'sniper',
  'jihadist', 'jihadi', 'insurgent', 'guerrilla', 'researcher', 'analyst', 'employee', 'staffer', 'diplomat', 'prosecutor',
  'judge', 'cofounder', 'boss', 'chieftain', 'warlord', 'mastermind', 'ally', 'loyalist', 'veteran', 'figure', 'cadre',
])
/** Units of an organisation that keep a role inside it ("the Hamas politburo"). */
const SUBUNITS = new Set(['politburo', 'political', 'bureau', 'military', 'wing', 'council', 'leadership', 'command', 'committee', 'shura', 'cabinet', 'government', 'office', 'brigades', 'brigade', 'branch', 'cell', 'parliament'])
/** Words naming a part of an organisation, for part_of ("a local offshoot of IS"). */
const PART_NOUNS = new Set(['offshoot', 'branch', 'affiliate', 'wing', 'faction', 'arm', 'cell', 'province', 'franchise', 'subsidiary', 'division', 'unit', 'splinter', 'chapter', 'successor'])
const TRAILING_LINK = /\s+(?:of|for|with|at|in|from|to)(?:\s+(?:the|its|their))?\s*$/i

function words(s: string): string[] {
  return s.trim().toLowerCase().split(/\s+/).filter((w) => w !== '')
}

/** End of the apposition that starts at `from`: the next comma, semicolon, dash, bracket or sentence end. */
function appositionEnd(text: string, from: number, limit: number): number {
  const re = /[,;()\u2014\u2013]|\.(?:\s|$)|\s-\s/g
  re.lastIndex = from
  const m = re.exec(text)
  return m && m.index < limit ? m.index : limit
}

/**
 * Person–organisation (and organisation–organisation) links stated by
 * appositions and titles in one document. Needs `doc.mentions`; uses
 * `doc.sentences` to keep patterns inside a sentence when present.
 */
export function extractAffiliations(doc: AnnotatedDoc): Affiliation[] {
  const text = doc.article.text
  const mentions = [...(doc.mentions ?? [])].filter((m) => (m.kind ?? 'name') !== 'pronoun').sort((a, b) => a.start - b.start || b.end - a.end)
  const sentences = doc.sentences ?? [{ start: 0, end: text.length }]
  const sentenceEnd = (pos: number): number => sentences.find((s) => s.start <= pos && pos < s.end)?.end ?? text.length
  const sentenceStart = (pos: number): number => sentences.find((s) => s.start <= pos && pos < s.end)?.start ?? 0
  const orgs = mentions.filter((m) => m.type === 'ORG' && (m.kind ?? 'name') !== 'nominal')
  const out: Affiliation[] = []
  const seen = new Set<string>()
  const add = (a: Affiliation) => {
    const k = `${a.personMentionId}|${a.orgMentionId}|${a.kind}`
    if (seen.has(k)) return
    seen.add(k)
    out.push(a)
  }

  for (const p of mentions) {
    if (p.type !== 'PER' && p.type !== 'ORG') continue
    const sEnd = sentenceEnd(p.start)
    // ---- apposition after the mention: "X, (a|an|the) ROLE … ORG …,"
    const after = /^(?:\s+(?:group|organi[sz]ation|movement|militia|faction))?\s*,\s+(?:(?:a|an|the)\s+)?/i.exec(text.slice(p.end, Math.min(sEnd, p.end + 40)))
    if (after) {
      const appStart = p.end + after[0].length
      const appEnd = appositionEnd(text, appStart, sEnd)
      const org = orgs.find((o) => o.start >= appStart && o.end <= appEnd && o.id !== p.id)
      if (org) {
        const pre = text.slice(appStart, org.start)
        const postWords = words(text.slice(org.end, appEnd))
        if (p.type === 'PER') {
          const role = personRole(pre, org, postWords)
          if (role) add({ personMentionId: p.id, orgMentionId: org.id, role, span: { start: p.start, end: appEnd }, kind: 'member_of' })
        } else {
          const preWords = words(pre.replace(TRAILING_LINK, ''))
          if (TRAILING_LINK.test(pre) && preWords.length > 0 && preWords.length <= 4 && PART_NOUNS.has(preWords[preWords.length - 1]!)) {
            add({ personMentionId: p.id, orgMentionId: org.id, role: preWords.join(' '), span: { start: p.start, end: appEnd }, kind: 'part_of' })
          }
        }
      }
    }
    if (p.type !== 'PER') continue
    // ---- title before the name: "ORG (and) TITLE X" ("Hamas leader Ismail Haniyeh", "IS and senior leader Abu Bakr al-Baghdadi")
    const sStart = sentenceStart(p.start)
    const before = orgs.filter((o) => o.end <= p.start && o.start >= sStart && p.start - o.end <= 40)
    const org = before[before.length - 1]
    if (org) {
      const between = text.slice(org.end, p.start)
      const m = /^(?:['’]s?)?\s+(?:and\s+(?:its\s+|their\s+)?)?((?:[a-z][a-z-]*\s+){1,3})$/.exec(between)
      if (m) {
        const title = words(m[1]!)
        if (title.some((w) => ROLE_NOUNS.has(w))) {
          add({ personMentionId: p.id, orgMentionId: org.id, role: title.join(' '), span: { start: org.start, end: p.end }, kind: 'member_of' })
        }
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

/** The role stated by an apposition around an organisation mention, or undefined when it states none. */
function personRole(pre: string, org: Mention, postWords: readonly string[]): string | undefined {
  if (TRAILING_LINK.test(pre)) {
    // "commander of the Army of Islam", "deputy chief of the Hamas politburo"
    const head = words(pre.replace(TRAILING_LINK, ''))
    if (head.length === 0 || head.length > 5 || !head.some((w) => ROLE_NOUNS.has(w))) return undefined
    const sub: string[] = []
    for (const w of postWords) { if (SUBUNITS.has(w)) sub.push(w); else break }
    if (sub.length > 0) return `${pre.trim()} ${org.text} ${sub.join(' ')}`.replace(/\s+/g, ' ')
    return head.join(' ')
  }
  // "an Islamic State operative", "a senior Hamas official"
  const preWords = words(pre)
  if (preWords.length > 2 || preWords.some((w) => !/^[a-z-]+$/.test(w))) return undefined
  const roleWords: string[] = []
  for (const w of postWords) {
    if (ROLE_NOUNS.has(w)) { roleWords.push(w); continue }
    break
  }
  if (roleWords.length === 0) return undefined
  const adjectives = preWords.filter((w) => !ROLE_NOUNS.has(w))
  return [...adjectives, ...roleWords].join(' ')
}
