/**
 * Construction: polls and surveys as sources ("a Reuters poll found …", "according to the survey").
 * @module
 */
import { span, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { rightContent } from './contents.js'
import { LEAD_STRIP, POLL_NOUNS } from './cue-words.js'

/**
 * A poll opening the sentence as the source of its finding: "In a CBS News poll released Monday, Clinton led by 8
 * points". The cue is "In", the content the clause after the comma. (A poll after the finding, "Trump leads in the
 * polls", scored no better on PolNeAR tune and is not read.)
 */
export function pollAttributions(toks: readonly Tok[], si: number): Attribution[] {
  const out: Attribution[] = []
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.lw !== 'in' || t.quoted) continue
    // the poll noun phrase: determiners, names, adjectives, numbers up to the poll noun
    let k = i + 1
    while (k < toks.length && k - i <= 7 && !POLL_NOUNS.has(toks[k]!.lw) && /^(DET|PROPN|NOUN|ADJ|ADV|NUM|PUNCT|SYM|X)$/.test(toks[k]!.pos) && toks[k]!.w !== ',' && !toks[k]!.quoted && !toks[k]!.qmark) k++
    if (!POLL_NOUNS.has(toks[k]?.lw ?? '') || toks[k]!.pos !== 'NOUN' && toks[k]!.pos !== 'PROPN') continue
    let lead = 0
    while (lead < i && (LEAD_STRIP.has(toks[lead]!.lw) && toks[lead]!.lw !== 'in' || toks[lead]!.pos === 'PUNCT' && !toks[lead]!.qmark)) lead++
    if (lead !== i) continue
    // the source runs to the comma, the content follows it
    let c = k + 1
    while (c < toks.length && c - k <= 10 && toks[c]!.w !== ',' && !toks[c]!.quoted && !toks[c]!.qmark) c++
    if (toks[c]?.w !== ',') continue
    const content = rightContent(toks, c + 1, undefined, true)
    const source = span(toks, i + 1, c)
    const cue = span(toks, i, i + 1)
    if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'according', sentence: si })
  }
  return out
}
