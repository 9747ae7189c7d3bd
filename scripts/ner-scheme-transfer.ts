/**
 * Do the re3d decoding conventions (src/ner/scheme-rules.ts) help corpora they were not written for? Applies them to
 * the shared scheme's output on CoNLL-2003 testa's first half (the second half is frozen) and UNER English-EWT test
 * and scores both ways.
 * Usage: npx tsx scripts/ner-scheme-transfer.ts [--each]   (--each: also every convention alone)
 * @module
 */
import { join } from 'node:path'
import { readConllFile } from '../src/eval/conll.js'
import { scoreNer } from '../src/eval/ner.js'
import type { SentenceSpan } from '../src/ner/consistency.js'
import type { Lexicon } from '../src/ner/lexicon.js'
import { defaultRecognizer, NerRecognizer, type NerSpan, type RecogniseOptions } from '../src/ner/recognizer.js'
import { applyRe3dConventions, RE3D_CONVENTION_STEPS } from '../src/ner/scheme-rules.js'

const data = process.env['NER_DATA'] ?? '../shared/data'

type Convention = (sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[], lexicon: Lexicon) => SentenceSpan[]

/** The shared recogniser with re3d conventions (all, or one) applied to its output. */
class WithRe3dConventions extends NerRecognizer {
  convention: Convention = (S, spans, lx) => applyRe3dConventions(S, spans, lx)
  override recognise(sentences: ReadonlyArray<readonly string[]>, options: RecogniseOptions = {}): NerSpan[][] {
    const plain = super.recognise(sentences, options)
    const spans: SentenceSpan[] = plain.flatMap((ss, si) => ss.map((s) => ({ sentence: si, start: s.start, end: s.end, type: s.type, score: s.score } as SentenceSpan)))
    const lexicon = (this as unknown as { lexicon: Lexicon }).lexicon
    const out: NerSpan[][] = sentences.map(() => [])
    const sorted = spans.sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    for (const s of this.convention(sentences, sorted, lexicon)) out[s.sentence]!.push({ start: s.start, end: s.end, type: s.type, score: s.score } as NerSpan)
    return out
  }
}

const plain = defaultRecognizer()
const withRules = new WithRe3dConventions(plain.model)
const round = (x: number) => Math.round(x * 10000) / 10000
const only = process.argv.includes('--each')
for (const [name, file, consistency] of [['conll testa 1st half', 'conll2003-train/eng.testa.gz', false], ['uner test', 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz', true]] as const) {
  const all = readConllFile(join(data, file))
  const gold = file.includes('testa') ? all.slice(0, Math.floor(all.length / 2)) : all
  const a = scoreNer(gold, plain, consistency)
  const b = scoreNer(gold, withRules, consistency)
  console.log(`${name}: shared ${round(a.f1)} (p ${round(a.precision)} r ${round(a.recall)}); with all re3d conventions ${round(b.f1)} (p ${round(b.precision)} r ${round(b.recall)})`)
  if (!only) continue
  for (const [rule, step] of Object.entries(RE3D_CONVENTION_STEPS)) {
    const one = new WithRe3dConventions(plain.model)
    one.convention = step
    const c = scoreNer(gold, one, consistency)
    console.log(`  ${name} + ${rule}: ${round(c.f1)} (${c.f1 >= a.f1 ? '+' : ''}${round(c.f1 - a.f1)})`)
  }
}
