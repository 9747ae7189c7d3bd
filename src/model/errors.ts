/**
 * Errors with stable codes. Every message says what to do about it.
 * @module
 */

export const ErrorCodes = {
  E_USAGE: 'bad command-line usage',
  E_CONFIG: 'invalid configuration',
  E_INVALID_DATA: 'data failed validation',
  E_INPUT_MISSING: 'input path does not exist',
  E_INPUT_EMPTY: 'input is empty',
  E_INPUT_BINARY: 'input is binary, not text',
  E_INPUT_ENCODING: 'input is not valid text in a known encoding',
  E_INPUT_NO_ARTICLES: 'no articles found at the input path',
  E_INPUT_TOO_LARGE: 'input exceeds the size limit',
  E_FETCH: 'fetching a URL failed',
  E_FETCH_BLOCKED: 'URL refused by the network guard',
  E_EXTRACT: 'no article body could be extracted',
  E_FEED: 'feed could not be parsed',
  E_STAGE_FAILED: 'a pipeline stage failed',
  E_PIPELINE_UNMET: 'pipeline stages have unmet requirements',
  E_UNKNOWN_STAGE: 'unknown pipeline stage',
  E_STORE: 'storage failed',
  E_NOT_FOUND: 'not found',
  E_MODEL: 'model file missing or corrupt',
  E_EVAL_FORMAT: 'evaluation data is not in the expected format',
  E_TOO_LARGE: 'an article is over the per-article size or time budget of the pipeline',
  E_QUERY: 'a search or filter query is empty or invalid',
} as const

export type ErrorCode = keyof typeof ErrorCodes

export interface DossierErrorOptions {
  cause?: unknown
  /** Where the problem is: a file, a line, a URL, a stage. */
  context?: Record<string, unknown>
  /** What the user can do about it. */
  hint?: string
}

export class DossierError extends Error {
  readonly code: ErrorCode
  readonly context: Record<string, unknown>
  readonly hint: string | undefined

  constructor(code: ErrorCode, message: string, options: DossierErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'DossierError'
    this.code = code
    this.context = options.context ?? {}
    this.hint = options.hint
  }

  /** One line for a terminal: `code: message (hint)`. */
  toLine(): string {
    return `${this.code}: ${this.message}${this.hint ? ` (${this.hint})` : ''}`
  }
}

/** Validation failures, with every issue collected before throwing. */
export class InvalidData extends DossierError {
  readonly issues: Record<string, string[]>
  constructor(message: string, issues: Record<string, string[]>, options: DossierErrorOptions = {}) {
    super('E_INVALID_DATA', message, options)
    this.name = 'InvalidData'
    this.issues = issues
  }
}

export class ConfigError extends DossierError {
  constructor(code: 'E_CONFIG' | 'E_PIPELINE_UNMET' | 'E_UNKNOWN_STAGE' | 'E_USAGE', message: string, options: DossierErrorOptions = {}) {
    super(code, message, options)
    this.name = 'ConfigError'
  }
}

export class StageError extends DossierError {
  readonly stage: string
  readonly docId: string
  constructor(stage: string, docId: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause)
    super('E_STAGE_FAILED', `stage ${stage} failed on article ${docId}: ${why}`, {
      cause,
      context: { stage, docId },
      hint: 'report this with the article; the rest of the batch continues',
    })
    this.name = 'StageError'
    this.stage = stage
    this.docId = docId
  }
}

/** Structural check instead of instanceof (works across module copies). */
export function isDossierError(e: unknown): e is DossierError {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' &&
    (e as { code: string }).code in ErrorCodes
}
