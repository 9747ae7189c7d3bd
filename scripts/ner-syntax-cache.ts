/**
 * The syntax of NER training sentences, as the syntax stage would give it (Dossier's own tagger and parser,
 * predicted, not gold: the recogniser meets predicted tags at run time), cached in the system temp folder under a
 * key of the syntax model's bytes and the sentences' words, since analysing 35,000 sentences takes minutes here.
 * @module
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { NerSyntax } from '../src/ner/features.js'
import { DEFAULT_SYNTAX_MODEL_URL, defaultAnalyser } from '../src/syntax/analyser.js'

/** Syntax of every sentence (heads sentence-local, -1 for the root), parallel to `sentences`. */
export function trainingSyntax(sentences: ReadonlyArray<readonly string[]>, log: (m: string) => void): NerSyntax[] {
  const h = createHash('sha256').update(readFileSync(fileURLToPath(DEFAULT_SYNTAX_MODEL_URL)))
  for (const s of sentences) h.update(s.join('\u0001')).update('\u0002')
  const file = join(tmpdir(), `dossier-ner-syntax-${h.digest('hex').slice(0, 16)}.json.gz`)
  if (existsSync(file)) {
    const cached = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as NerSyntax[]
    if (cached.length === sentences.length) { log(`syntax: ${cached.length} sentences from ${file}`); return cached }
  }
  const t0 = Date.now()
  const analyser = defaultAnalyser()
  const out = sentences.map((words) => {
    const a = analyser.analyse(words)
    return { upos: a.upos, lemma: a.lemma, deprel: a.deprel, head: a.head.map((x) => x - 1) }
  })
  writeFileSync(file, gzipSync(JSON.stringify(out)))
  log(`syntax: ${out.length} sentences analysed in ${((Date.now() - t0) / 1000).toFixed(0)}s, cached in ${file}`)
  return out
}
