/**
 * `dossier eval extract <dir>`: article-body extraction on a folder in the
 * scrapinghub/article-extraction-benchmark layout (`html/<id>.html.gz`, `ground-truth.json`), scored
 * exactly as that benchmark's evaluate.py scores (see extract-score.ts). The plain Readability
 * baseline (Readability.js on linkedom, its textContent, no clean-up) is measured in the same run.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DossierError, isDossierError } from '../model/index.js'
import { decodeBytes } from '../ingest/decode.js'
import { bodyText, extractHtml, readabilityText } from '../ingest/html/extract.js'
import { bootstrapStd, exactTokens, metricsFromCounts, shingleMatch, type PageCounts } from './extract-score.js'
import type { EvalTask } from './index.js'
import { formatTable } from './report.js'

interface GroundTruth {
  [id: string]: { articleBody?: string; url?: string }
}

export interface PageResult {
  id: string
  counts: PageCounts
  baseline: PageCounts
  exact: number
  baselineExact: number
  prediction: string
  error?: string
}

export function loadBenchmark(dir: string): { truth: GroundTruth; html: (id: string) => string } {
  const gtPath = join(dir, 'ground-truth.json')
  if (!existsSync(gtPath) || !existsSync(join(dir, 'html'))) {
    throw new DossierError('E_EVAL_FORMAT', `${dir} is not in the article-extraction-benchmark layout`, {
      context: { dir }, hint: 'give a folder with ground-truth.json and html/<id>.html.gz',
    })
  }
  const truth = JSON.parse(readFileSync(gtPath, 'utf8')) as GroundTruth
  const html = (id: string) => {
    const gz = join(dir, 'html', `${id}.html.gz`)
    const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(dir, 'html', `${id}.html`))
    return decodeBytes(bytes, { contentType: 'text/html' }).text
  }
  return { truth, html }
}

/** Run our extractor and the baseline on every page. */
export function runExtractBenchmark(dir: string, onPage?: (r: PageResult) => void): { pages: PageResult[]; ms: number; baselineMs: number } {
  const { truth, html } = loadBenchmark(dir)
  const pages: PageResult[] = []
  let ms = 0
  let baselineMs = 0
  for (const id of Object.keys(truth)) {
    const gold = truth[id]?.articleBody ?? ''
    const page = html(id)
    let prediction = ''
    let error: string | undefined
    const t0 = performance.now()
    try {
      prediction = bodyText(extractHtml(page, { url: truth[id]?.url }))
    } catch (e) {
      if (!isDossierError(e)) throw e
      error = e.code
    }
    const t1 = performance.now()
    let base = ''
    try {
      base = readabilityText(page)
    } catch {
      base = ''
    }
    const t2 = performance.now()
    ms += t1 - t0
    baselineMs += t2 - t1
    const r: PageResult = {
      id, prediction,
      counts: shingleMatch(gold, prediction),
      baseline: shingleMatch(gold, base),
      exact: exactTokens(gold, prediction),
      baselineExact: exactTokens(gold, base),
    }
    if (error) r.error = error
    pages.push(r)
    onPage?.(r)
  }
  return { pages, ms, baselineMs }
}

export const evalExtract: EvalTask = async (path) => {
  const { pages, ms, baselineMs } = runExtractBenchmark(path)
  if (pages.length === 0) throw new DossierError('E_EVAL_FORMAT', `no pages in ${path}/ground-truth.json`, { hint: 'check the folder' })
  const ours = metricsFromCounts(pages.map((p) => p.counts))
  const base = metricsFromCounts(pages.map((p) => p.baseline))
  const acc = pages.reduce((a, p) => a + p.exact, 0) / pages.length
  const baseAcc = pages.reduce((a, p) => a + p.baselineExact, 0) / pages.length
  const std = bootstrapStd(pages.map((p) => p.counts), pages.map((p) => p.exact))
  const baseStd = bootstrapStd(pages.map((p) => p.baseline), pages.map((p) => p.baselineExact))
  const errors = pages.filter((p) => p.error).length
  const metrics = {
    f1: ours.f1, precision: ours.precision, recall: ours.recall, accuracy: acc,
    pages: pages.length, msPerPage: ms / pages.length, errors,
    std: { f1: std['f1'], precision: std['precision'], recall: std['recall'], accuracy: std['accuracy'] },
    baseline: {
      name: 'readability.js on linkedom (no clean-up)',
      f1: base.f1, precision: base.precision, recall: base.recall, accuracy: baseAcc, msPerPage: baselineMs / pages.length,
    },
  }
  const pm = (v: number, s: number | undefined) => `${v.toFixed(3)} ± ${(s ?? 0).toFixed(3)}`
  const table = formatTable(
    ['system', 'F1', 'precision', 'recall', 'accuracy', 'ms/page'],
    [
      ['dossier (readability + clean-up)', pm(ours.f1, std['f1']), pm(ours.precision, std['precision']), pm(ours.recall, std['recall']), acc.toFixed(3), (ms / pages.length).toFixed(1)],
      ['readability.js on linkedom', pm(base.f1, baseStd['f1']), pm(base.precision, baseStd['precision']), pm(base.recall, baseStd['recall']), baseAcc.toFixed(3), (baselineMs / pages.length).toFixed(1)],
    ],
  ) + `\n${pages.length} pages${errors ? `, ${errors} extraction errors` : ''}`
  return { task: 'extract', metrics, table }
}
