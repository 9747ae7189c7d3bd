/**
 * Generated articles for the store-size benches: each recombines three sentences of the committed seed fixtures
 * (deterministic PRNG), so every article is distinct and the names repeat the way a news stream's do.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../src/model/index.js'

/** Sentences of the seed fixtures (split at sentence ends; good enough for recombination). */
export function seedSentences(): string[] {
  const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/).slice(1).join(' ').split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/))
    .map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6)
}


/** Article `i` of a generated stream: a title line and three seed sentences. */
export function articleText(sentences: readonly string[], next: () => number, i: number): string {
  const body = Array.from({ length: 3 }, () => sentences[Math.floor(next() * sentences.length)]!).join(' ')
  return `Report ${i + 1}\n\n${body}\n`
}
