/**
 * Construction: questions put to a speaker ("asked whether …", "was asked by X about …").
 * @module
 */
import type { Span } from '../model/index.js'
import { isTerminal, span, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { QUESTION_WORDS } from './cue-words.js'
import { type CueMatch } from './cues.js'

/**
 * "Asked whether X, Smith said …", "“…,” she said when asked if …", "When asked by a reporter what …": a question put
 * to the speaker. The cue is "asked", the source the asker after "by" (none when unnamed), the content the question,
 * up to the comma before the answer's speaker.
 */
export function askedAttributions(toks: readonly Tok[], si: number, cues: readonly CueMatch[]): Attribution[] {
  const out: Attribution[] = []
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.lw !== 'asked' || t.quoted) continue
    const prev = toks[i - 1]
    if (!(prev === undefined || prev.w === ',' || /^(when|whenever|after|once|if|being|and)$/.test(prev.lw) && !prev.quoted)) continue
    let k = i + 1
    let source: Span | undefined
    if (toks[k]?.lw === 'by') {
      let e = k + 1
      while (e < toks.length && e - k <= 6 && !QUESTION_WORDS.has(toks[e]!.lw) && toks[e]!.w !== ',' && !toks[e]!.qmark && toks[e]!.pos !== 'VERB' && toks[e]!.lw !== 'to') e++
      source = span(toks, k + 1, e)
      k = e
    }
    // a time or setting phrase before the question: "Asked on Monday whether", "Asked during a January debate why"
    let q = k
    // ("Asked by the host to respond to …": a request to speak is asked too)
    const toVerb = (m: number) => toks[m]?.lw === 'to' && toks[m + 1]?.pos === 'VERB'
    while (q < toks.length && q - k < 6 && !QUESTION_WORDS.has(toks[q]!.lw) && !toVerb(q) && toks[q]!.w !== ',' && !toks[q]!.qmark && toks[q]!.pos !== 'VERB' && toks[q]!.pos !== 'AUX') q++
    if (!(QUESTION_WORDS.has(toks[q]?.lw ?? '') || toVerb(q)) || q + 1 >= toks.length) continue
    // the answer's cue after the question: the content ends at the last comma before it
    // ("Asked if the general’s remarks had worried them, Okafor said": a cue inside the question is part of it)
    const commaBetween = (c: CueMatch) => toks.slice(q + 1, c.i).some((x) => x.w === ',' && !x.quoted)
    const next = cues.find((c) => c.i > q && commaBetween(c)) ?? cues.find((c) => c.i > q)
    let end = -1
    if (next) { for (let m = next.i - 1; m > q; m--) if (toks[m]!.w === ',' && !toks[m]!.quoted) { end = m; break } }
    else {
      // "Whenever asked about her record, they changed the subject": the question ends at its comma
      const comma = toks.findIndex((x, m) => m > q && x.w === ',' && !x.quoted)
      end = comma > 0 ? comma : toks.length
      while (end > q + 1 && isTerminal(toks[end - 1]!)) end--
    }
    if (end < 0) continue
    // only the first comma when the question ends the sentence part: "Asked if …, 46 percent said yes"
    const content = span(toks, q, end)
    const cue = span(toks, i, i + 1)
    if (content && cue && end - q >= 2) out.push({ cue, ...(source ? { source } : {}), content: [content], quote: false, pattern: 'pre', sentence: si })
  }
  return out
}
