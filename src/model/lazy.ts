/**
 * Packages loaded on first use instead of at start-up. Every `dossier` command imports the whole library, so a
 * static import of a large package (an HTML DOM, a date parser, a language model, a database driver) costs every
 * command its load time, `dossier serve` seconds of silence before it listens, although most runs never call it.
 * @module
 */
import { createRequire } from 'node:module'

const requireFromHere = createRequire(import.meta.url)

/** A getter that loads the CommonJS package `name` the first time it is called and returns the same module after. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= requireFromHere(name) as T)
}
