import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { evalExtract } from './extract.js'

const dir = mkdtempSync(join(tmpdir(), 'dossier-extract-eval-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const body = [
  'Officials in Gaza City said on Tuesday that the Rafah crossing would reopen after talks with Egyptian mediators, according to a statement carried by local media.',
  'The crossing has been closed for most of the past month, and aid groups said supplies of fuel and medicine were running low in the southern part of the Strip.',
  'Egyptian officials did not comment on the statement, but a security source in Cairo said trucks were being prepared to move on Wednesday morning.',
]
const page = (extra: string) => `<!DOCTYPE html><html><head><title>Crossing to reopen</title></head><body><article><h1>Crossing to reopen</h1>
${body.map((p) => `<p>${p}</p>`).join('\n')}${extra}</article></body></html>`

mkdirSync(join(dir, 'html'))
writeFileSync(join(dir, 'html', 'a.html.gz'), gzipSync(page("<p>Please let us know if you're having issues with commenting.</p><p>Share this article</p>")))
writeFileSync(join(dir, 'html', 'b.html.gz'), gzipSync(page('')))
writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a: { articleBody: body.join('\n\n') }, b: { articleBody: body.join('\n\n') } }))

describe('eval extract', () => {
  it('eval extract reports the contract keys and the Readability baseline from the same run', async () => {
    const r = await evalExtract(dir, {})
    expect(r.task).toBe('extract')
    for (const k of ['f1', 'precision', 'recall', 'accuracy', 'pages', 'msPerPage']) expect(r.metrics).toHaveProperty(k)
    expect(r.metrics['pages']).toBe(2)
    expect(r.metrics['f1']).toBe(1)
    expect(r.metrics['accuracy']).toBe(1)
    const baseline = r.metrics['baseline'] as { f1: number; precision: number }
    expect(baseline.precision).toBeLessThan(1)
    expect(r.table).toMatch(/dossier/)
    expect(r.table).toMatch(/readability\.js on linkedom/)
  })

  it('eval extract refuses a folder in another layout with E_EVAL_FORMAT', async () => {
    await expect(evalExtract(join(dir, 'html'), {})).rejects.toMatchObject({ code: 'E_EVAL_FORMAT' })
  })
})
