/**
 * mentions.rules.v1 — a first, model-free recogniser: runs of capitalised
 * proper-noun tokens, typed by a small gazetteer and cue words. The trained
 * model (mentions.ner.v17) replaces it in the default pipeline; this stage stays
 * as a transparent baseline and a fallback.
 * @module
 */
import countries from 'i18n-iso-countries'
import { hashId } from '../../model/index.js'
import type { EntityType, Mention, Token } from '../../model/index.js'
import { inBoilerplate } from '../../model/index.js'
import type { Stage } from '../../model/index.js'
import { NAME_PARTICLES } from '../../text/english.js'

const ORG_HEADS = new Set(['group', 'organization', 'organisation', 'movement', 'army', 'ministry', 'agency', 'forces', 'party',
  'council', 'front', 'brigade', 'brigades', 'state', 'committee', 'service', 'services', 'police', 'government', 'union',
  'jerusalem', 'news', 'times', 'post', 'press', 'network', 'corporation', 'company', 'bank', 'university'])
const PER_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'general', 'gen', 'commander', 'leader', 'sheikh',
  'king', 'prince', 'colonel', 'col', 'spokesman', 'spokeswoman', 'chief', 'senator', 'governor'])
const LOC_WORDS = new Set(['strip', 'peninsula', 'bank', 'city', 'province', 'region', 'crossing', 'valley', 'river', 'sea', 'gulf'])
const CONNECTORS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'de', 'the'])
const STOP_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'this', 'that',
  'according', 'speaking', 'however', 'exclusive'])

let countryNames: Set<string> | undefined
function isCountry(name: string): boolean {
  if (!countryNames) {
    countryNames = new Set()
    for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
      for (const n of names) countryNames.add(n.toLowerCase())
    }
  }
  return countryNames.has(name.toLowerCase())
}

function isCap(s: string): boolean {
  return /^[A-Z]/.test(s) && /[a-z]/.test(s) ? true : /^[A-Z]{2,}$/.test(s)
}

/** Find and type proper-noun runs in one sentence's tokens. */
export function ruleMentions(text: string, tokens: readonly Token[]): Array<{ start: number; end: number; type: EntityType }> {
  const out: Array<{ start: number; end: number; type: EntityType }> = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    const w = text.slice(t.start, t.end)
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence
    if (!isCap(w) || STOP_CAPS.has(w.toLowerCase()) || (first && t.pos !== 'PROPN')) { i++; continue }
    let j = i + 1
    while (j < tokens.length && tokens[j]!.sentence === t.sentence) {
      const x = text.slice(tokens[j]!.start, tokens[j]!.end)
      if (isCap(x) && !STOP_CAPS.has(x.toLowerCase())) { j++; continue }
      if (CONNECTORS.has(x.toLowerCase()) && j + 1 < tokens.length && isCap(text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end))) { j += 2; continue }
      break
    }
    const words = tokens.slice(i, j).map((k) => text.slice(k.start, k.end))
    const start = t.start
    const end = tokens[j - 1]!.end
    out.push({ start, end, type: typeOf(words, text.slice(tokens[i - 1]?.start ?? 0, tokens[i - 1]?.end ?? 0)) })
    i = j
  }
  return out
}

function typeOf(words: readonly string[], before: string): EntityType {
  const name = words.join(' ')
  const last = words[words.length - 1]!.toLowerCase()
  if (isCountry(name)) return 'LOC'
  if (LOC_WORDS.has(last)) return 'LOC'
  if (ORG_HEADS.has(last) || /^[A-Z]{2,5}$/.test(name)) return 'ORG'
  if (PER_TITLES.has(before.toLowerCase()) || NAME_PARTICLES.has(words[0]!.toLowerCase()) || words.length >= 2) return 'PER'
  return 'ORG'
}

export const rulesMentionsStage: Stage = {
  key: 'mentions.rules.v1',
  requires: ['doc.sentences', 'doc.tokens'],
  assigns: ['doc.mentions'],
  run(doc) {
    const { article } = doc
    const tokens = (doc.tokens ?? []).filter((t) => !inBoilerplate(article, t.start, t.end))
    const mentions: Mention[] = ruleMentions(article.text, tokens).map((m) => ({
      id: hashId('mention', article.id, m.start, m.end),
      articleId: article.id,
      start: m.start,
      end: m.end,
      text: article.text.slice(m.start, m.end),
      type: m.type,
      kind: 'name',
      stage: 'mentions.rules.v1',
    }))
    return { ...doc, mentions }
  },
}
