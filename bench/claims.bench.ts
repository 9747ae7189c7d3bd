/**
 * Benchmark of the claims stage (claims.syntax.v15): sentences per second of
 * extractClaims over already segmented articles, against a baseline measured in
 * the same run — compromise finding "X said" clauses in the same texts.
 *
 *   npx tsx bench/claims.bench.ts [--corpus <folder of .txt files or a brat dir>] [--rounds 5]
 *
 * Without --corpus it runs on the seed articles in fixtures/seeds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { compareThroughput } from './harness.js'
import { extractClaims } from '../src/claims/extract.js'
import { makeArticle } from '../src/text/testing/doc-builder.js'
import { segmentText } from '../src/text/segment.js'
import type { AnnotatedDoc } from '../src/model/index.js'

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
let dir = arg('--corpus') ?? new URL('../fixtures/seeds', import.meta.url).pathname
if (statSync(join(dir, 'text'), { throwIfNoEntry: false })?.isDirectory()) dir = join(dir, 'text')
const rounds = Number(arg('--rounds') ?? 5)
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
const docs: AnnotatedDoc[] = texts.map((t) => ({ article: makeArticle(t), ...segmentText(t), mentions: [], events: [] }))
const sentences = docs.reduce((n, d) => n + d.sentences!.length, 0)
let claims = 0
const { oursPerSec: o, baselinePerSec: b, ratio } = compareThroughput(sentences, 5000, rounds,
  () => { claims = 0; for (const d of docs) claims += extractClaims(d).length },
  () => { for (const t of texts) nlp(t).match('[<source>#Noun+] (said|says|told|added)').out('array') })
console.log(`claims.syntax.v15: ${texts.length} articles, ${sentences} sentences, ${claims} claims per pass`)
console.log(`  claims stage      ${o.toFixed(0)} sentences/s`)
console.log(`  compromise match  ${b.toFixed(0)} sentences/s (baseline)`)
console.log(`  ratio             ${ratio.toFixed(2)}x`)
