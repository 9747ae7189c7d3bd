/**
 * Construction: noun cues ("his claim that …", "the statement said", "in her view").
 * @module
 */
import { isTerminal, span, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { rightContent } from './contents.js'
import { LEAD_STRIP, NOUN_CUES, POSS_MARK, POSS_PRON, VIEW_NOUNS } from './cue-words.js'

/** The noun phrase that ends right before token `end` (a name, or a determiner and nouns), at most six tokens. */
export function npBefore(toks: readonly Tok[], end: number): number {
  let k = end
  while (k > 0 && end - k < 6) {
    const t = toks[k - 1]!
    if (t.quoted || t.qmark || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' && k < end || t.pos === 'NUM' || t.w === '.' && /^[A-Z]/.test(toks[k - 2]?.w ?? ''))) break
    k--
    if (t.pos === 'DET') break
  }
  return toks.slice(k, end).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') ? k : end
}

/**
 * Attributions carried by a noun: "Smith's claim that …", "his warning that …", "the claim by the agency that …",
 * "In her view, …". The holder is the source, the noun the cue and the clause the content.
 */
export function nounAttributions(toks: readonly Tok[], si: number): { found: Attribution[] } {
  const out: Attribution[] = []
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.quoted || t.qmark) continue
    // "In her view," / "in Smith's words," opening the sentence (after a conjunction at most).
    if (VIEW_NOUNS.has(t.lw) && t.pos === 'NOUN') {
      let k = i - 1
      while (k >= 0 && toks[k]!.pos === 'ADJ') k--
      const pk = toks[k]
      let srcStart = -1
      let srcEnd = k
      if (pk && POSS_PRON.has(pk.lw)) srcStart = k
      else if (pk && POSS_MARK.has(pk.w)) { srcStart = npBefore(toks, k); if (srcStart === k) srcStart = -1 }
      const inI = srcStart - 1
      if (pk && POSS_PRON.has(pk.lw)) srcEnd = k + 1
      if (srcStart >= 0 && toks[inI]?.lw === 'in' && (inI === 0 || inI <= 1 && LEAD_STRIP.has(toks[0]!.lw)) && toks[i + 1]?.w === ',') {
        const content = rightContent(toks, i + 2, undefined, true)
        const source = span(toks, srcStart, srcEnd)
        const cue = span(toks, i, i + 1)
        if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'pre', sentence: si })
      }
      continue
    }
    if (!NOUN_CUES.has(t.lw) || t.pos !== 'NOUN') continue
    let r = i + 1
    let srcStart = -1
    let srcEnd = -1
    // "the claim by the agency that": the holder follows the noun.
    if ((toks[r]?.lw === 'by' || toks[r]?.lw === 'from') && /^(the|a|an)$/.test(toks[i - 1]?.lw ?? '')) {
      let k = r + 1
      while (k < toks.length && k - r <= 6 && /^(PROPN|NOUN|DET|ADJ|NUM)$/.test(toks[k]!.pos) && !toks[k]!.quoted) k++
      if (k > r + 1 && toks.slice(r + 1, k).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN')) { srcStart = r + 1; srcEnd = k; r = k }
    } else {
      // "Smith's (recent) claim that", "his claim that".
      let k = i - 1
      while (k >= 0 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--
      const pk = toks[k]
      if (pk && POSS_PRON.has(pk.lw) && pk.pos === 'PRON') { srcStart = k; srcEnd = k + 1 }
      else if (pk && POSS_MARK.has(pk.w)) { const s0 = npBefore(toks, k); if (s0 < k) { srcStart = s0; srcEnd = k } }
    }
    if (srcStart < 0) continue
    const nx = toks[r]
    const nx2 = toks[r + 1]
    // a content clause, not a relative one: "that" then a subject, or a colon
    if (!nx || !(nx.lw === 'that' && nx2 && nx2.pos !== 'VERB' && nx2.pos !== 'AUX' && nx2.pos !== 'ADP' && !isTerminal(nx2) || nx.w === ':' && nx2 && !isTerminal(nx2))) continue
    const content = rightContent(toks, nx.w === ':' ? r + 1 : r, undefined, true)
    const source = span(toks, srcStart, srcEnd)
    const cue = span(toks, i, i + 1)
    if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'pre', sentence: si })
  }
  return { found: out }
}
