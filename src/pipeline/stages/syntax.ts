/**
 * syntax.parser.v2 (v2: irregular verbs lemmatised from a table, e.g. "swore" → "swear") — lemma, UPOS, head and dependency label for every token,
 * and the clauses of every sentence (predicate, subject, objects, obliques,
 * passive agent, negation, complement / relative / subordinate clauses,
 * conjoined predicates), from Dossier's own tagger and parser
 * (models/syntax/, trained by `npm run train:syntax`). Dossier's tokens are
 * the parser's words as they are, merged names ("al-Baghdadi") included.
 * @module
 */
import { batchStage, type AnnotatedDoc, type DocSyntax, type SyntaxToken, type Token } from '../../model/index.js'
import { defaultAnalyser, type SentenceAnalysis } from '../../syntax/analyser.js'
import { extractClauses } from '../../syntax/clauses.js'
import type { Stage } from '../../model/index.js'

const KEY = 'syntax.parser.v2'

/** Token indices of each sentence, in order. */
function sentenceTokens(tokens: readonly Token[], nSentences: number): number[][] {
  const out: number[][] = Array.from({ length: nSentences }, () => [])
  tokens.forEach((t, i) => { (out[t.sentence] ??= []).push(i) })
  return out
}

/** A document's sentences as the analyser reads them: each sentence's token indices and words. */
interface DocSentences {
  readonly groups: number[][]
  readonly words: string[][]
}

function docSentences(doc: AnnotatedDoc): DocSentences {
  const text = doc.article.text
  const tokens = doc.tokens ?? []
  const groups = sentenceTokens(tokens, doc.sentences?.length ?? 0)
  return { groups, words: groups.map((idx) => idx.map((i) => text.slice(tokens[i]!.start, tokens[i]!.end))) }
}

/** The doc with its syntax: the analyses of its sentences, in order, mapped onto its tokens. */
function withSyntax(doc: AnnotatedDoc, groups: readonly number[][], analyses: readonly SentenceAnalysis[]): AnnotatedDoc {
  const out: SyntaxToken[] = new Array<SyntaxToken>(doc.tokens?.length ?? 0)
  const sentences: DocSyntax['sentences'] = []
  for (let si = 0; si < groups.length; si++) {
    const idx = groups[si]!, a = analyses[si]!
    const head = new Array<number>(idx.length)
    for (let k = 0; k < idx.length; k++) {
      const h = a.head[k]! - 1 // 1-based with 0 = root → sentence-local, -1 = root
      head[k] = h
      out[idx[k]!] = { lemma: a.lemma[k]!, upos: a.upos[k]!, head: h < 0 ? -1 : idx[h]!, deprel: a.deprel[k]! }
    }
    sentences.push({ clauses: extractClauses({ head, deprel: a.deprel, lemma: a.lemma, upos: a.upos }, (k) => idx[k]!) })
  }
  return { ...doc, syntax: { parser: KEY, tokens: out, sentences } }
}

/**
 * Every sentence of every document in one `analyseMany`: the tagger over all of them, then the parser, then the
 * labeller, so each step's table stays in the caches across documents (one document: all of its sentences at once).
 */
function syntaxOf(docs: readonly AnnotatedDoc[]): AnnotatedDoc[] {
  const split = docs.map(docSentences)
  const analyses = defaultAnalyser().analyseMany(split.flatMap((d) => d.words))
  let from = 0
  return docs.map((doc, i) => {
    const { groups } = split[i]!
    from += groups.length
    return withSyntax(doc, groups, analyses.slice(from - groups.length, from))
  })
}

export const syntaxStage: Stage = batchStage({ key: KEY, requires: ['doc.sentences', 'doc.tokens'], assigns: ['doc.syntax'] }, syntaxOf)
