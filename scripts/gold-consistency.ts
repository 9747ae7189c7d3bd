/**
 * Lists where the VOA training golds code the same kind of thing two ways (issues #15, #16), for an annotator to
 * decide one convention (docs/voa-news-gold.md, "Twentieth session"). Reads only the parts named with --parts
 * (never pass vfinal or the check group). Three tables, each a row per cue with its counts and the parts holding the
 * minority choice:
 * - claim stance per content cue ("is expected to", …) and per claim verb;
 * - event code per paraphrase word of the codings' `what` (the anchor's verb is not stored);
 * - a state's service ("U.S. military", "Iraqi police") as an entity of its own in some parts, an alias of the state
 *   in others.
 *
 * With --accusations it lists instead, per part, each sentence with an accusation cue ("accused X of", "blamed X for",
 * "charged that": a cue word by its lemma; sentences as the grader splits them) and no gold claim anchored in it, with the 112 events anchored there, for an
 * annotator to read and code by the convention (docs/voa-news-gold.md, "Accusations are claims").
 *
 *   npx tsx scripts/gold-consistency.ts --parts vtune,vtune2,vtrain,vtrain2 [--min 2] [--accusations]
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { goldSentences, NewsClaim, NewsEvent } from '../src/eval/news-gold.js'
import { scriptArgs } from './script-args.js'
import { voaArticles } from './voa-news-texts.js'

/** The part of a gold file the tables read (the VOA parts' document `part` names are not the press-release ones). */
const Gold = z.object({
  documents: z.record(z.string(), z.unknown()),
  entities: z.array(z.object({ id: z.string(), type: z.string(), canonical: z.string(), aliases: z.array(z.string()).default([]) })),
  events: z.array(NewsEvent).default([]),
  claims: z.array(NewsClaim).default([]),
})
type Gold = z.infer<typeof Gold>

type Tally = Map<string, Map<string, string[]>>

function add(t: Tally, cue: string, choice: string, part: string): void {
  const row = t.get(cue) ?? new Map<string, string[]>()
  row.set(choice, [...(row.get(choice) ?? []), part])
  t.set(cue, row)
}

/** One line per cue with more than one choice, the minority choices' parts named; `min`: the least codings a cue needs. */
function report(title: string, t: Tally, min: number): void {
  console.log(`\n== ${title}`)
  const rows = [...t].filter(([, row]) => row.size > 1 && [...row.values()].flat().length >= min)
  rows.sort((a, b) => [...b[1].values()].flat().length - [...a[1].values()].flat().length)
  for (const [cue, row] of rows) {
    const choices = [...row].sort((a, b) => b[1].length - a[1].length)
    const cells = choices.map(([c, parts], i) => i === 0 ? `${c} ${parts.length}` : `${c} ${parts.length} (${[...new Set(parts)].join(' ')})`)
    console.log(`${cue}: ${cells.join(', ')}`)
  }
}

/** A crude stem, enough to join "ousted" / "ousting" / "ousts". */
const stem = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, (m) => (w.length - m.length >= 4 ? '' : m))
const STOP = new Set('the a an of in to and for on by with at from as his her its their was were is are be been has have had that this who which it he she they not after over into against more than some about history background restatement optional reverse'.split(' '))
const CONTENT_CUES: ReadonlyArray<[string, RegExp]> = [
  ['is expected to', /\b(?:is|are|was|were) (?:not )?expected\b/i],
  ['could / may', /\b(?:could|may|might)\b/i],
  ['is likely to', /\blikely\b/i],
]
const SERVICE = /^(?:the )?(.+?) (military|army|police|armed forces|navy)$/i

function tallyPart(part: string, gold: Gold, claims: Tally, verbs: Tally, codes: Tally, services: Tally): void {
  for (const c of gold.claims) {
    for (const [cue, re] of CONTENT_CUES) if (re.test(c.content)) add(claims, cue, c.stance, part)
    add(verbs, c.verb.toLowerCase(), c.stance, part)
  }
  for (const e of gold.events) {
    const words = new Set((e.what.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !STOP.has(w)).map(stem))
    for (const w of words) add(codes, w, e.cameo, part)
  }
  for (const ent of gold.entities) {
    for (const name of new Set([ent.canonical, ...ent.aliases])) {
      const m = SERVICE.exec(name)
      if (m && !/^(?:a|an|the)\b/i.test(m[1]!)) add(services, `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`, ent.type === 'LOC' ? 'alias of the state' : 'entity of its own', part)
    }
  }
}

/** The lemma of an accusation cue word ("accuses" → accuse, "blaming" → blame, "charged" → charge), else undefined. */
function accusationLemma(word: string): string | undefined {
  const m = /^(accus|blam|charg)(?:e|es|ed|ing)$/i.exec(word)
  return m ? `${m[1]!.toLowerCase()}e` : undefined
}

/** Whether a sentence holds an accusation cue: accuse / blame as a verb, charge only before "that". */
function hasAccusationCue(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z]+/g) ?? []
  return words.some((w, i) => {
    const lemma = accusationLemma(w)
    return lemma === 'accuse' || lemma === 'blame' || (lemma === 'charge' && words[i + 1]?.toLowerCase() === 'that')
  })
}

/** One line per sentence with an accusation cue and no gold claim anchored in it (the 112 events there named). */
function accusations(part: string, gold: Gold, texts: ReadonlyMap<string, string>): number {
  let n = 0
  for (const doc of Object.keys(gold.documents)) {
    const text = texts.get(doc)
    if (!text) continue
    const at = (anchor: string): number => text.indexOf(anchor)
    const claims = gold.claims.filter((c) => c.doc === doc).map((c) => at(c.anchor))
    const events = gold.events.filter((e) => e.doc === doc && e.cameo.startsWith('112'))
    for (const { start, end } of goldSentences(text)) {
      const s = text.slice(start, end)
      if (!hasAccusationCue(s) || claims.some((o) => o >= start && o < end)) continue
      const here = events.filter((e) => { const o = at(e.anchor); return o >= start && o < end }).map((e) => `${e.id} ${e.actor ?? '-'}→${e.target ?? '-'}`)
      console.log(`${part} ${doc} @${start} [${here.join('; ') || 'no 112'}] ${s}`)
      n++
    }
  }
  return n
}

function main(): void {
  const args = scriptArgs(process.argv.slice(2), ['parts', 'min'])
  const parts = args['parts']
  if (typeof parts !== 'string') throw new Error('--parts a,b,c is required (never the check group nor vfinal)')
  if (args['accusations']) {
    const texts = new Map(voaArticles().map((a) => [a.file, a.text]))
    const read = (part: string): Gold => Gold.parse(JSON.parse(readFileSync(new URL(`../eval-gold/voa-news/${part}.json`, import.meta.url).pathname, 'utf8')))
    const total = parts.split(',').filter((p) => p.startsWith('v')).reduce((n, part) => n + accusations(part, read(part), texts), 0)
    console.log(`${total} sentences with an accusation cue and no claim`)
    return
  }
  const min = Number(args['min'] ?? 2)
  const claims: Tally = new Map(), verbs: Tally = new Map(), codes: Tally = new Map(), services: Tally = new Map()
  for (const part of parts.split(',')) {
    const path = new URL(`../eval-gold/voa-news/${part}.json`, import.meta.url).pathname
    tallyPart(part, Gold.parse(JSON.parse(readFileSync(path, 'utf8'))), claims, verbs, codes, services)
  }
  report('claim stance by content cue', claims, min)
  report('claim stance by verb (the content decides too: read before changing)', verbs, min)
  report('event code by paraphrase word (many rows are different acts sharing a word)', codes, min)
  report("a state's service: its own entity or the state's alias (one row per part and name)", services, min)
}

main()
