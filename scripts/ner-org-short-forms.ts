/**
 * Lists where `orgShortForms` (src/resolve/org-short-form.ts) fires, with the lone word's and its antecedent's text and
 * their distance, for judging each firing: on the mentions kept in entity-judge stores (`scripts/judge-entities.ts
 * --db PATH`), or on gold ORG spans (the rule's behaviour on right names): CoNLL / UNER IOB2 files (a document per
 * "-DOCSTART-" or "# newdoc"; this CoNLL copy has no document marks, so it reads as one text) and re3d folders.
 * Usage: npx tsx scripts/ner-org-short-forms.ts STORE.db… | --conll FILE.gz… | --re3d DIR
 * @module
 */
import Database from 'better-sqlite3'
import { curatedActors } from '../src/kb/actors.js'
import { buildKbIndex } from '../src/resolve/kb-match.js'
import { orgShortForms } from '../src/resolve/org-short-form.js'
import { orgShortFormTests } from '../src/resolve/within-doc.js'
import type { Mention } from '../src/model/index.js'

const tests = orgShortFormTests(buildKbIndex(curatedActors()))

const around = (text: string, s: number, e: number) => text.slice(Math.max(0, s - 60), e + 40).replace(/\s+/g, ' ')
const args = process.argv.slice(2)
if (args[0] === '--conll') {
  const { gunzipSync } = await import('node:zlib')
  const { readFileSync } = await import('node:fs')
  for (const path of args.slice(1)) {
    let n = 0
    for (const doc of conllDocuments(gunzipSync(readFileSync(path)).toString('utf8'))) {
      const find = orgShortForms(doc.mentions, tests)
      for (const m of doc.mentions) {
        const t = find(m)
        if (!t) continue
        n++
        console.log(`${path}: "${m.text}" → "${t.text}" (${m.start - t.end} chars after)\n   lone: …${around(doc.text, m.start, m.end)}…\n   full: …${around(doc.text, t.start, t.end)}…`)
      }
    }
    console.log(`${path}: ${n} firings`)
  }
  process.exit(0)
}
if (args[0] === '--re3d') {
  // re3d folders (documents.json + entities.json, JSON lines): gold Organisation spans of each document as its mentions
  const { readFileSync, readdirSync } = await import('node:fs')
  const lines = (f: string) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)
  let n = 0
  for (const dir of readdirSync(args[1]!, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const base = `${args[1]}/${dir.name}`
    const docs = new Map(lines(`${base}/documents.json`).map((d) => [d['_id'] as string, d['text'] as string]))
    const byDoc = new Map<string, Mention[]>()
    for (const e of lines(`${base}/entities.json`)) {
      if (e['type'] !== 'Organisation' || (e['confidence'] as number) < 0.5) continue
      const id = e['documentId'] as string
      const list = byDoc.get(id) ?? []
      list.push({ id: e['_id'], articleId: id, start: e['begin'], end: e['end'], text: e['value'], type: 'ORG', kind: 'name' } as Mention)
      byDoc.set(id, list)
    }
    for (const [id, ms] of byDoc) {
      ms.sort((a, b) => a.start - b.start || a.end - b.end)
      const find = orgShortForms(ms, tests)
      const text = docs.get(id) ?? ''
      for (const m of ms) {
        const t = find(m)
        if (!t) continue
        n++
        console.log(`${dir.name}: "${m.text}" → "${t.text}" (${m.start - t.end} chars after)\n   lone: …${around(text, m.start, m.end)}…\n   full: …${around(text, t.start, t.end)}…`)
      }
    }
  }
  console.log(`re3d: ${n} firings`)
  process.exit(0)
}
for (const path of args) {
  const db = new Database(path, { readonly: true })
  const texts = new Map((db.prepare('SELECT id, text FROM articles').all() as { id: string; text: string }[]).map((r) => [r.id, r.text]))
  const rows = db.prepare('SELECT json FROM mentions').all() as { json: string }[]
  const byArticle = new Map<string, Mention[]>()
  for (const r of rows) {
    const m = JSON.parse(r.json) as Mention
    const list = byArticle.get(m.articleId) ?? []
    list.push(m)
    byArticle.set(m.articleId, list)
  }
  let n = 0
  for (const [id, ms] of byArticle) {
    ms.sort((a, b) => a.start - b.start || a.end - b.end)
    const find = orgShortForms(ms, tests)
    for (const m of ms) {
      const t = find(m)
      if (!t) continue
      n++
      const text = texts.get(id) ?? ''
      console.log(`${path}: "${m.text}" → "${t.text}" (${m.start - t.end} chars after)\n   lone: …${around(text, m.start, m.end)}…\n   full: …${around(text, t.start, t.end)}…`)
    }
  }
  console.log(`${path}: ${n} firings`)
}

/** CoNLL files (`--conll FILE…`): each document's gold ORG spans stand for the mentions (the rule's precision on gold names). */
export function conllDocuments(raw: string): { text: string; mentions: Mention[] }[] {
  const docs: { text: string; mentions: Mention[] }[] = []
  let text = ''
  let mentions: Mention[] = []
  let open: { start: number; type: string } | undefined
  const close = () => {
    if (open) mentions.push({ id: `m${mentions.length}`, articleId: `d${docs.length}`, start: open.start, end: text.trimEnd().length, text: text.slice(open.start).trimEnd(), type: open.type, kind: 'name' } as Mention)
    open = undefined
  }
  for (const line of raw.split('\n')) {
    // UNER's IOB2 (index, token, tag, -, -, with "# newdoc" lines) or CoNLL (token … tag, "-DOCSTART-")
    if (line.startsWith('#')) { if (line.startsWith('# newdoc')) { close(); if (text) docs.push({ text, mentions }); text = ''; mentions = [] } continue }
    const cols = line.trim().split(/\s+/)
    const p = cols.length === 5 && /^\d+$/.test(cols[0]!) ? [cols[1]!, cols[2]!] : cols
    if (p[0] === '-DOCSTART-') { close(); if (text) docs.push({ text, mentions }); text = ''; mentions = []; continue }
    if (p.length < 2) { close(); text += '\n'; continue }
    const tag = p[p.length - 1]!
    if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== tag.slice(2))) close()
    if (tag !== 'O' && !open) open = { start: text.length, type: tag.slice(2) }
    text += `${p[0]} `
  }
  close()
  if (text) docs.push({ text, mentions })
  return docs
}
