/**
 * The texts of ../shared/data as documents, one loader per source, for scripts (soak, the aggregation report):
 * CoNLL 2003 and GMB documents rebuilt from their tokens (one sentence a line, 30 and 20 sentences a
 * document), UNER sentences (chunked), PolNeAR's articles, re3d documents, the demo news, the benchmark HTML
 * pages and the seeds. Never read by the product or its tests.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

export const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url))

/** One document: plain text or an HTML page. */
export interface SourceDoc { readonly id: string; readonly text?: string; readonly html?: string }

const gz = (p: string) => gunzipSync(readFileSync(p))
const chunk = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n))

/** Sentences of a column file (token in column `col`), blank lines between sentences; `-DOCSTART-` starts a document. */
function columnSentences(text: string, col: number): string[][][] {
  const docs: string[][][] = [[]]
  let sent: string[] = []
  const end = () => { if (sent.length) docs[docs.length - 1]!.push(sent); sent = [] }
  for (const line of text.split('\n')) {
    if (line.startsWith('-DOCSTART-')) { end(); docs.push([]); continue }
    if (line.startsWith('#')) continue
    if (line.trim() === '') { end(); continue }
    const tok = line.split(/[\t ]/)[col]
    if (tok) sent.push(tok)
  }
  end()
  return docs.filter((d) => d.length)
}

/** Documents rebuilt from sentences: tokens joined by spaces, one sentence a line, `per` sentences a document. */
function rebuilt(prefix: string, docs: string[][][], per: number): SourceDoc[] {
  return docs.flatMap((d, i) => chunk(d, per).map((c, j) => ({ id: `${prefix}-${i}-${j}`, text: c.map((s) => s.join(' ')).join('\n') })))
}

export const SOURCES: Record<string, () => SourceDoc[]> = {
  seeds: () => readdirSync(join(DATA, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => ({ id: `seeds/${f}`, text: readFileSync(join(DATA, 'seeds', f), 'utf8') })),
  demo: () => readFileSync(join(DATA, 'demo-news-conflict-pd/articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l, i) => {
    const a = JSON.parse(l) as { id?: string; title?: string; text: string }
    return { id: `demo/${a.id ?? i}`, text: a.title ? `${a.title}\n\n${a.text}` : a.text }
  }),
  benchmark: () => {
    const dir = join(DATA, 'article-extraction-benchmark-dev/html')
    return readdirSync(dir).sort().map((f) => ({ id: `benchmark/${f}`, html: (f.endsWith('.gz') ? gz(join(dir, f)) : readFileSync(join(dir, f))).toString('utf8') }))
  },
  re3d: () => readdirSync(join(DATA, 're3d-dev')).filter((d) => existsSync(join(DATA, 're3d-dev', d, 'documents.json'))).flatMap((d) =>
    readFileSync(join(DATA, 're3d-dev', d, 'documents.json'), 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => {
      const doc = JSON.parse(l) as { _id: string; title?: string; text: string }
      return { id: `re3d/${d}/${doc._id}`, text: doc.title ? `${doc.title}\n\n${doc.text}` : doc.text }
    })),
  polnear: () => {
    const tmp = mkdtempSync(join(tmpdir(), 'soak-polnear-'))
    try {
      execFileSync('tar', ['xzf', join(DATA, 'polnear-train/polnear-train.tar.gz'), '-C', tmp, 'text'])
      const dir = join(tmp, 'text')
      return readdirSync(dir).sort().map((f) => ({ id: `polnear/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  },
  conll: () => ['eng.train.gz', 'eng.testa.gz'].flatMap((f) => rebuilt(`conll/${f}`, columnSentences(gz(join(DATA, 'conll2003-train', f)).toString('utf8'), 0), 30)),
  uner: () => ['en_ewt-ud-dev.iob2.gz', 'en_ewt-ud-test.iob2.gz'].flatMap((f) =>
    rebuilt(`uner/${f}`, [columnSentences(gz(join(DATA, 'ner-uner-english-ewt', f)).toString('utf8'), 1).flat()], 30)),
  gmb: () => {
    // CSV rows "Sentence: N,word,POS,tag"; the sentence field is empty inside a sentence, words may be quoted (",")
    const sents: string[][] = []
    for (const line of gz(join(DATA, 'ner-gmb-kaggle/ner_dataset.csv.gz')).toString('latin1').split('\n').slice(1)) {
      const fields = csvFields(line)
      if (fields.length < 4) continue
      if (fields[0]) sents.push([])
      sents[sents.length - 1]?.push(fields[1]!)
    }
    return rebuilt('gmb', [sents], 20)
  },
}

function csvFields(line: string): string[] {
  const out: string[] = []
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)
    if (m[2] === '') break
  }
  return out
}
