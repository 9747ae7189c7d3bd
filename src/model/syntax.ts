/**
 * Syntax of an article (doc.syntax): per token its lemma, UPOS, head and
 * dependency label (Universal Dependencies), and per sentence its clauses.
 * Token and head indices point into the article's token list (doc.tokens).
 * @module
 */
import { z } from 'zod'

export const SyntaxToken = z.object({
  lemma: z.string(),
  upos: z.string(),
  /** Index in doc.tokens of the head token; -1 for the root of its sentence. */
  head: z.number().int(),
  /** UD relation to the head, with subtype where the model predicts one ("nsubj:pass", "acl:relcl", "obl:agent"). */
  deprel: z.string(),
})
export type SyntaxToken = z.infer<typeof SyntaxToken>

export const ClauseKind = z.enum(['main', 'ccomp', 'xcomp', 'advcl', 'relcl', 'acl', 'csubj', 'conj', 'parataxis'])
export type ClauseKind = z.infer<typeof ClauseKind>

export const Clause = z.object({
  /** Token index of the predicate (the verb, or the predicate noun/adjective of a copular clause). */
  predicate: z.number().int(),
  kind: ClauseKind,
  /** Predicate of the clause this one sits in (absent for a main clause). */
  parent: z.number().int().optional(),
  /** The token the predicate attaches to: for a relative clause the noun it modifies. */
  governor: z.number().int().optional(),
  subject: z.number().int().optional(),
  /** The subject was taken from elsewhere: a conjoined predicate's first conjunct, or the controller of an xcomp. */
  subjectShared: z.boolean(),
  objects: z.array(z.number().int()),
  obliques: z.array(z.number().int()),
  /** The "by" phrase of a passive (its head noun). */
  agent: z.number().int().optional(),
  passive: z.boolean(),
  negated: z.boolean(),
  /** Predicates of complement clauses (ccomp): what a reporting verb reports. */
  complements: z.array(z.number().int()),
  /** Predicates of relative clauses (acl:relcl) on this clause's words. */
  relatives: z.array(z.number().int()),
  /** Predicates of subordinate (adverbial) clauses (advcl). */
  subordinates: z.array(z.number().int()),
  /** Predicates conjoined with this one ("attacked and killed"). */
  conjuncts: z.array(z.number().int()),
})
export type Clause = z.infer<typeof Clause>

export const SentenceSyntax = z.object({ clauses: z.array(Clause) })
export type SentenceSyntax = z.infer<typeof SentenceSyntax>

export const DocSyntax = z.object({
  /** The stage (and so the model) that produced it. */
  parser: z.string(),
  /** Parallel to doc.tokens. */
  tokens: z.array(SyntaxToken),
  /** Parallel to doc.sentences. */
  sentences: z.array(SentenceSyntax),
})
export type DocSyntax = z.infer<typeof DocSyntax>
