/**
 * Entity resolution on re3d: count entities before and after resolution and
 * write a reproducible random sample of the merges the model made, for a
 * human to check by hand.
 *
 * Input mentions are re3d's gold Person / Organisation / Location mentions
 * (confidence ≥ 0.5, starting with an upper-case letter, outermost spans), so
 * the check measures resolution, not NER. Each article runs through
 * segmentation and the coref stage (short forms, acronyms, nominals), then all
 * articles are resolved together against the curated KB.
 *
 * Usage: npx tsx scripts/re3d-merge-sample.ts [../shared/data/re3d-dev] [--n 50] [--seed 7] [--out /tmp/re3d-merge-sample.md]
 * A "merge" is a model `same` judgement between two different name keys (or a
 * name and a KB actor); identical names are not counted as merges.
 * @module
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hashId, type Mention } from '../src/model/index.js'
import { makeArticle } from '../src/text/testing/doc-builder.js'
import { segmentText } from '../src/text/segment.js'
import { corefStage } from '../src/pipeline/stages/coref.js'
import { curatedActors } from '../src/kb/actors.js'
import { extractAffiliations } from '../src/resolve/affiliations.js'
import { resolveEntities } from '../src/resolve/resolve.js'
import type { AnnotatedDoc } from '../src/model/index.js'

const args = process.argv.slice(2)
const opt = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : dflt }
const root = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? '../shared/data/re3d-dev'
const n = Number(opt('n', '50'))
const seed = Number(opt('seed', '7'))
const outPath = opt('out', '/tmp/re3d-merge-sample.md')

const TYPES: Record<string, Mention['type']> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' }

function jsonLines(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
}

const docs: AnnotatedDoc[] = []
for (const dir of readdirSync(root).map((d) => join(root, d)).filter((d) => statSync(d).isDirectory()).sort()) {
  const texts = new Map(jsonLines(join(dir, 'documents.json')).map((d) => [String(d['_id']), { text: String(d['text']), title: String(d['title'] ?? '') }]))
  const byDoc = new Map<string, Array<{ start: number; end: number; type: Mention['type'] }>>()
  for (const e of jsonLines(join(dir, 'entities.json'))) {
    const type = TYPES[String(e['type'])]
    const value = String(e['value'] ?? '')
    if (!type || Number(e['confidence'] ?? 1) < 0.5 || !/^[A-Z]/.test(value)) continue
    const list = byDoc.get(String(e['documentId'])) ?? []
    list.push({ start: Number(e['begin']), end: Number(e['end']), type })
    byDoc.set(String(e['documentId']), list)
  }
  for (const [docId, { text, title }] of texts) {
    const article = makeArticle(text, { outlet: dir.split('/').pop()!, title })
    const spans = (byDoc.get(docId) ?? []).filter((s, _i, all) => !all.some((o) => o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start))
    const seen = new Set<string>()
    const mentions: Mention[] = []
    for (const s of spans.sort((a, b) => a.start - b.start || a.end - b.end)) {
      const k = `${s.start}:${s.end}`
      if (seen.has(k)) continue
      seen.add(k)
      mentions.push({ id: hashId('mention', article.id, s.start, s.end), articleId: article.id, start: s.start, end: s.end, text: text.slice(s.start, s.end), type: s.type, kind: 'name', stage: 're3d.gold.v1' })
    }
    const doc = await corefStage.run({ article, ...segmentText(text), mentions }, { resources: {} })
    docs.push(doc)
  }
}

const t0 = performance.now()
const out = resolveEntities({
  mentions: docs.flatMap((d) => d.mentions ?? []),
  articles: docs.map((d) => ({ id: d.article.id, ...(d.article.outlet !== undefined ? { outlet: d.article.outlet } : {}) })),
  kb: curatedActors(),
  affiliations: docs.flatMap(extractAffiliations),
})
const ms = performance.now() - t0

const allMentions = docs.flatMap((d) => d.mentions ?? [])
const named = allMentions.filter((m) => m.kind === 'name')
const perDoc = new Set(named.map((m) => `${m.articleId}|${m.type}|${m.text}`)).size
const exact = new Set(named.map((m) => `${m.type}|${m.text}`)).size
const resolvedNamed = new Set(named.map((m) => out.mentionEntity.get(m.id)).filter((x) => x !== undefined)).size

// merges: model/kb 'same' judgements between different keys
const merges = out.judgements.filter((j) => j.verdict === 'same' && j.a !== j.b)
let state = seed >>> 0
const rand = () => { state = (state * 1664525 + 1013904223) >>> 0; return state / 2 ** 32 }
const pool = [...merges]
const sample: typeof merges = []
while (sample.length < n && pool.length > 0) sample.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!)

const entityName = new Map(out.entities.map((e) => [e.id, e.canonicalName]))
const textOf = new Map(docs.map((d) => [d.article.id, d.article.text]))
const keyExample = new Map<string, Mention>()
for (const m of allMentions) {
  const k = `${m.type}:${(await import('../src/resolve/translit.js')).nameKey(m.text, m.type)}`
  if (!keyExample.has(k)) keyExample.set(k, m)
}
const context = (m: Mention | undefined) => {
  if (!m) return '(knowledge base)'
  const t = textOf.get(m.articleId)!
  return `…${t.slice(Math.max(0, m.start - 70), m.start)}[[${m.text}]]${t.slice(m.end, m.end + 70)}…`.replace(/\s+/g, ' ')
}
const lines: string[] = [`# re3d merge sample (seed ${seed}, ${sample.length} of ${merges.length} merges)`, '']
sample.forEach((j, i) => {
  const ma = keyExample.get(j.a)
  const mb = keyExample.get(j.b)
  const entity = ma ? entityName.get(out.mentionEntity.get(ma.id) ?? '') : undefined
  lines.push(`## ${i + 1}. ${j.a}  ==  ${j.b}   (${j.by}, ${j.score}) → entity "${entity ?? '?'}"`, `reason: ${j.reason}`, `A: ${context(ma)}`, `B: ${context(mb)}`, '')
})
writeFileSync(outPath, lines.join('\n'))
if (args.includes('--dump')) {
  // every entity with more than one name, and every pair left for review or kept apart
  const dump: string[] = []
  for (const e of out.entities) {
    const ms = allMentions.filter((m) => out.mentionEntity.get(m.id) === e.id)
    const distinct = [...new Set(ms.map((m) => m.text))]
    if (distinct.length > 1) dump.push(`ENTITY ${e.type} "${e.canonicalName}" (${e.origin}, ${ms.length} mentions): ${distinct.join(' | ')}`)
  }
  for (const j of out.judgements.filter((x) => x.verdict !== 'same')) dump.push(`${j.verdict.toUpperCase()} ${j.a} / ${j.b} ${j.score}: ${j.reason}`)
  writeFileSync(outPath.replace(/\.md$/, '') + '.dump.txt', dump.join('\n'))
}

const summary = {
  documents: docs.length,
  mentions: allMentions.length,
  namedMentions: named.length,
  nominalsAdded: allMentions.length - named.length,
  entitiesBefore: { perDocumentDistinctNames: perDoc, corpusDistinctExactNames: exact },
  entitiesAfter: resolvedNamed,
  entitiesLinkedToKb: out.entities.filter((e) => e.origin === 'kb').length,
  merges: merges.length,
  unsure: out.judgements.filter((j) => j.verdict === 'unsure').length,
  guardedApart: out.judgements.filter((j) => j.verdict === 'different').length,
  relations: out.relations.length,
  resolveMs: Math.round(ms),
  sample: outPath,
}
console.log(JSON.stringify(summary))
