/**
 * Reading a learned model shipped as JSON under models/events/ (the event scorer, the party ranker): parse, check
 * against its zod schema, and say how to rebuild it when it is missing or malformed.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { DossierError } from '../model/index.js'

/** `what` names the model in errors ("the event scorer model"); `rebuild` is the command that makes it. */
export function readJsonModel<T extends z.ZodTypeAny>(url: URL, schema: T, what: string, rebuild: string): z.infer<T> {
  const file = fileURLToPath(url)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new DossierError('E_MODEL', `${what} ${file} cannot be read`, {
      cause, context: { file }, hint: `rebuild it with \`${rebuild}\` (needs ../shared/data) or restore models/events/ from git`,
    })
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_MODEL', `${what} ${file} is not in the expected format`, { context: { file }, hint: `rebuild it with \`${rebuild}\`` })
  }
  return parsed.data
}
