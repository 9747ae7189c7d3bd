/**
 * `npm run train:clusters` — rebuilds models/clusters/ from the unlabelled text in ../shared/data, deterministically
 * (byte-identical file): word clusters at three granularities (src/ner/clusters.ts) that the recogniser reads as
 * features (`train:ner` bakes them into the NER model; other stages may read the file too).
 *
 * Text read (labels unused), all of it licensed so that what is learned from it may ship:
 *   conll2003-train/eng.train.gz       Reuters news (research agreement; the CoNLL shared-task data)
 *   ner-gmb-kaggle                     Voice of America news (public domain), all of it
 *   ud-english EWT train/dev           web text, CC BY-SA 4.0
 *   ud-english GUM CC-BY train/dev     Wikinews, Wikipedia, Wikivoyage, OpenStax, speeches…, CC BY 4.0
 *   re3d-dev except its held-out quarter  CENTCOM / State Department (public domain), UK Government (OGL v3.0)
 * Not read: PolNeAR (its licence forbids shipping what is learned), CoNLL testa (tuning), re3d's held-out quarter and
 * the demo news (the same texts as re3d, of which the held-out quarter is a frozen final check), UNER test.
 * Environment: NER_DATA (default ../shared/data), CLUSTERS_OUT (default models/clusters).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { readConllFile } from '../src/eval/conll.js'
import { isRe3dHeldOut, readRe3d } from '../src/eval/re3d.js'
import { DEFAULT_CLUSTER_OPTIONS, formatClusters, learnClusters } from '../src/ner/clusters.js'
import { normalizeWords } from '../src/ner/features.js'
import { segmentText } from '../src/text/segment.js'
import { readConllu, readGmb } from './ner-corpora.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const data = resolve(root, process.env['NER_DATA'] ?? '../shared/data')
const outDir = resolve(root, process.env['CLUSTERS_OUT'] ?? 'models/clusters')
const log = (m: string) => process.stderr.write(`[train:clusters] ${m}\n`)

/** The sentences of the re3d documents that are not held out, tokenised as the product tokenises articles. */
function re3dText(): string[][] {
  const out: string[][] = []
  for (const doc of readRe3d(join(data, 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id))) {
    const { tokens } = segmentText(doc.text)
    const bySent = new Map<number, string[]>()
    for (const t of tokens) {
      const s = bySent.get(t.sentence) ?? []
      s.push(doc.text.slice(t.start, t.end))
      bySent.set(t.sentence, s)
    }
    out.push(...bySent.values())
  }
  return out
}

function main(): void {
  const t0 = Date.now()
  const corpora: Record<string, string[][]> = {
    'conll2003 eng.train': readConllFile(join(data, 'conll2003-train/eng.train.gz')).map((s) => s.words),
    'ner-gmb-kaggle (all)': readGmb(join(data, 'ner-gmb-kaggle/ner_dataset.csv.gz')).map((s) => s.words),
    'ud-english ewt train+dev, gum cc-by train+dev': ['en_ewt-ud-train', 'en_ewt-ud-dev', 'en_gum-cc-by-train', 'en_gum-cc-by-dev']
      .flatMap((f) => readConllu(join(data, `ud-english/${f}.conllu.gz`)).map((s) => s.words)),
    're3d-dev (not held out)': re3dText(),
  }
  const sentences = Object.values(corpora).flat().map((s) => normalizeWords(s))
  const tokens = sentences.reduce((a, s) => a + s.length, 0)
  log(`${sentences.length} sentences, ${tokens} tokens`)
  const table = learnClusters(sentences, DEFAULT_CLUSTER_OPTIONS)
  mkdirSync(outDir, { recursive: true })
  const gz = gzipSync(Buffer.from(formatClusters(table)), { level: 9 })
  writeFileSync(join(outDir, 'clusters.tsv.gz'), gz)
  const meta = {
    method: 'PPMI vectors of left/right neighbours, random ±1 projection, seeded spherical k-means at three granularities',
    format: 'clusters.tsv.gz: word, fine, coarse, finest, count (tab-separated), most frequent first',
    options: DEFAULT_CLUSTER_OPTIONS,
    text: Object.fromEntries(Object.entries(corpora).map(([k, v]) => [k, { sentences: v.length, tokens: v.reduce((a, s) => a + s.length, 0) }])),
    words: table.length, bytes: gz.length,
  }
  writeFileSync(join(outDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`)
  log(`${table.length} words, ${(gz.length / 1e3).toFixed(0)} kB, ${((Date.now() - t0) / 1000).toFixed(0)}s`)
}

main()
