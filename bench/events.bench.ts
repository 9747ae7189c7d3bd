/**
 * Benchmark of the event stage (events.cameo.v19): sentences per second of
 * extractEvents over already segmented articles with their mentions (the
 * analogue of PETRARCH2's "after parsing" figure), against a baseline measured
 * in the same run — compromise tagging the same texts and listing their verbs.
 *
 *   npx tsx bench/events.bench.ts [--records <PETRARCH records.xml>] [--rounds 5]
 *
 * Without --records it runs on the seed articles in fixtures/seeds with the
 * mentions Dossier itself finds (segment, NER, coreference), and codes the actors of the events
 * with the shipped dictionaries as the stage does. With --records, sentences come from the records file and
 * mentions from the actor dictionaries beside it (as in `dossier eval events`).
 * Reference (not measured here): PETRARCH2 codes about 150 sentences/s after
 * the Stanford parse, which itself costs far more.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { compareThroughput } from './harness.js'
import { extractEvents } from '../src/events/extract.js'
import { defaultActorCoder } from '../src/events/actor-codes.js'
import { createActorMatcher } from '../src/events/actor-matcher.js'
import { readPetrarchDictionary } from '../src/kb/petrarch-actors.js'
import { defaultDictionaries, parsePetrarchRecords } from '../src/eval/events.js'
import { makeArticle } from '../src/text/testing/doc-builder.js'
import { segmentText } from '../src/text/segment.js'
import { pipelineOf } from '../src/pipeline/pipeline.js'
import { DEFAULT_STAGES, lookupStage } from '../src/pipeline/registry.js'
import type { AnnotatedDoc } from '../src/model/index.js'
import { defaultScorerModel } from '../src/events/scorer/model.js'
import { scoreEvents } from '../src/events/scorer/score.js'
import { defaultPartyModel } from '../src/events/parties/model.js'
import { rankParties } from '../src/events/parties/ranker.js'

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const rounds = Number(arg('--rounds') ?? 5)
const records = arg('--records')

let docs: Array<{ doc: AnnotatedDoc; codes?: Map<string, string> }>
let texts: string[]
if (records) {
  const recs = parsePetrarchRecords(readFileSync(records, 'utf8'), records)
  const matcher = createActorMatcher(defaultDictionaries(records).flatMap((p) => readPetrarchDictionary(p)))
  texts = recs.map((r) => r.text)
  // the coder reads clauses: parse each record first (not timed: bench -- syntax times it)
  const syntax = lookupStage('syntax.parser.v2')!
  docs = await Promise.all(recs.map(async (r) => {
    const article = makeArticle(r.text)
    const seg = segmentText(r.text)
    const { mentions, codes } = matcher.match(article.id, r.text, seg.tokens, r.date)
    return { doc: await syntax.run({ article, ...seg, mentions }, { resources: {} }), codes }
  }))
} else {
  const dir = new URL('../fixtures/seeds', import.meta.url).pathname
  texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
  // the stages before events, as the default pipeline runs them, syntax included (not timed: bench -- syntax times it)
  // (read from the default stage list, so a new stage version is benched without editing this file)
  const wanted = ['segment.', 'syntax.', 'mentions.', 'coref.']
  const before = pipelineOf(DEFAULT_STAGES.filter((k) => wanted.some((w) => k.startsWith(w))).map((k) => lookupStage(k)!))
  docs = await Promise.all(texts.map(async (t) => ({ doc: await before.run(makeArticle(t, { published: '2016-01-12' })) })))
}
const sentences = docs.reduce((n, d) => n + d.doc.sentences!.length, 0)
let events = 0
// the stage codes the actors of its events (shipped dictionaries, loaded once before timing)
const coder = records ? undefined : defaultActorCoder()
// and, as the stage does, over-generates for the learned scorer and scores every event (model read before timing)
const scorer = records ? undefined : defaultScorerModel()
// and re-chooses each event's parties with the learned party ranker before coding actors (model read before timing)
const parties = records ? undefined : defaultPartyModel()
const { oursPerSec: o, baselinePerSec: b, ratio } = compareThroughput(sentences, 3000, rounds,
  () => {
    events = 0
    for (const d of docs) {
      const loose = new Set<string>()
      const found = extractEvents(d.doc, d.codes ? { actorCodes: d.codes } : { loose: scorer?.loose === true, looseIds: loose })
      // one coder of the document for the ranker's candidates and the chosen parties, as the stage does
      const docCoder = coder?.forDoc(d.doc)
      const ranked = parties ? rankParties(d.doc, found, parties, docCoder) : found
      events += (docCoder && scorer ? scoreEvents(d.doc, docCoder.codeEvents(ranked), scorer, { loose }) : found).length
    }
  },
  () => { for (const t of texts) nlp(t).verbs().out('array') })
console.log(`events.cameo.v19: ${docs.length} docs, ${sentences} sentences, ${events} events per pass`)
console.log(`  event stage        ${o.toFixed(0)} sentences/s`)
console.log(`  compromise verbs   ${b.toFixed(0)} sentences/s (baseline)`)
console.log(`  ratio              ${ratio.toFixed(2)}x`)
console.log(`  vs PETRARCH2 ~150 sentences/s after parsing (published figure, not measured here): ${(o / 150).toFixed(1)}x`)
