/**
 * Test support: a hand-built document with its parse (doc.syntax), as the pipeline's syntax stage
 * (syntax.parser.v2) would add it, so event tests run the coder on real clauses.
 * @module
 */
import type { AnnotatedDoc, DocSyntax, SyntaxToken } from '../../model/index.js'
import { defaultAnalyser } from '../../syntax/analyser.js'
import { extractClauses } from '../../syntax/clauses.js'
import { docBuilder } from '../../text/testing/doc-builder.js'

/** The document with doc.syntax added (same output as the syntax stage). */
export function withSyntax(doc: AnnotatedDoc): AnnotatedDoc {
  const text = doc.article.text
  const tokens = doc.tokens ?? []
  const analyser = defaultAnalyser()
  const out = new Array<SyntaxToken>(tokens.length)
  const sentences: DocSyntax['sentences'] = []
  const bySentence: number[][] = Array.from({ length: doc.sentences?.length ?? 0 }, () => [])
  tokens.forEach((t, i) => { (bySentence[t.sentence] ??= []).push(i) })
  for (const idx of bySentence) {
    const a = analyser.analyse(idx.map((i) => text.slice(tokens[i]!.start, tokens[i]!.end)))
    const head = a.head.map((h) => h - 1)
    idx.forEach((ti, k) => { out[ti] = { lemma: a.lemma[k]!, upos: a.upos[k]!, head: head[k]! < 0 ? -1 : idx[head[k]!]!, deprel: a.deprel[k]! } })
    sentences.push({ clauses: extractClauses({ head, deprel: a.deprel, lemma: a.lemma, upos: a.upos }, (k) => idx[k]!) })
  }
  return { ...doc, syntax: { parser: 'syntax.parser.v2', tokens: out, sentences } }
}

/** docBuilder + the parse. */
export function parsedDoc(text: string, opts: Parameters<typeof docBuilder>[1] = {}): AnnotatedDoc {
  return withSyntax(docBuilder(text, opts))
}
