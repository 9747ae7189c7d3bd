/**
 * Error causes as one line: the CLI prints one line per input, but parser messages span several
 * ("Unexpected close tag\nLine: 0\nColumn: 12\nChar: >").
 * @module
 */

/** Longest cause text kept in a message; parsers can quote the offending input at length. */
const MAX_CAUSE_CHARS = 300

/** The message of an error (or the value) on one line, line breaks as "; ", cut to a readable length. */
export function causeLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).trim().replace(/\s*[\r\n]+\s*/g, '; ')
  return text.length > MAX_CAUSE_CHARS ? `${text.slice(0, MAX_CAUSE_CHARS - 1)}…` : text
}
