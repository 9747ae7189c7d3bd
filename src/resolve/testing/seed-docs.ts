/**
 * The two seed articles (fixtures/seeds) with hand-placed mentions, as a
 * careful NER would give them. For resolution and coref tests: no model runs.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Mention } from '../../model/index.js'
import type { AnnotatedDoc } from '../../model/index.js'
import { docBuilder, type MentionSpec } from '../../text/testing/doc-builder.js'

const dir = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url))

export const SEED_FILES = ['000_fd7dbad812d8e2ee.txt', '002_11856984715dfee0.txt'] as const

const SPECS: Record<(typeof SEED_FILES)[number], MentionSpec[]> = {
  '000_fd7dbad812d8e2ee.txt': [
    { text: 'Islamic State', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }, { text: 'IS', type: 'ORG' },
    { text: 'Breitbart Jerusalem', type: 'ORG' }, { text: 'Egyptian security services', type: 'ORG' },
    { text: 'Wilayat Sinai', type: 'ORG' },
    { text: 'Abu Baker Almuhajer', type: 'PER' }, { text: 'Almuhajer', type: 'PER' }, { text: 'Mousa Abu Marzook', type: 'PER' },
    { text: 'Gaza', type: 'LOC' }, { text: 'Gaza Strip', type: 'LOC' }, { text: 'Sinai Peninsula', type: 'LOC' }, { text: 'Sinai', type: 'LOC' },
    { text: 'Egypt', type: 'LOC' }, { text: 'Israel', type: 'LOC' }, { text: 'Rafah border crossing', type: 'LOC' },
  ],
  '002_11856984715dfee0.txt': [
    { text: 'Hamas', type: 'ORG' }, { text: 'Islamic State group', type: 'ORG' }, { text: 'Islamic State organization', type: 'ORG' },
    { text: 'Islamic State', type: 'ORG' }, { text: 'IS', type: 'ORG' }, { text: 'Breitbart Jerusalem', type: 'ORG' },
    { text: 'Wilyat Sinai', type: 'ORG' }, { text: 'Army of Islam', type: 'ORG' },
    { text: 'Mumtaz Dugmush', type: 'PER' }, { text: 'Abu Bakr al-Baghdadi', type: 'PER' }, { text: 'Dugmash', type: 'PER' },
    { text: 'Sinai', type: 'LOC' }, { text: 'Gaza', type: 'LOC' }, { text: 'Gaza Strip', type: 'LOC' }, { text: 'TEL AVIV', type: 'LOC' },
  ],
}

const BOILERPLATE: Record<string, string[]> = {
  '002_11856984715dfee0.txt': ['Islamic Telegram', "Please let us know if you're having issues with commenting."],
}

/** Drop mentions nested in a longer one ("Sinai" inside "Wilayat Sinai"), as NER output never nests. */
function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
}

/** A seed article as a segmented doc with hand-placed name mentions. */
export function seedDoc(file: (typeof SEED_FILES)[number]): AnnotatedDoc {
  const text = readFileSync(dir + file, 'utf8')
  const boilerplate = (BOILERPLATE[file] ?? []).map((b) => ({ start: text.indexOf(b), end: text.indexOf(b) + b.length })).filter((s) => s.start >= 0)
  const doc = docBuilder(text, { meta: { outlet: 'Breitbart Jerusalem', boilerplate }, mentions: SPECS[file] })
  return { ...doc, mentions: outermost(doc.mentions ?? []) }
}

export function seedDocs(): AnnotatedDoc[] {
  return SEED_FILES.map(seedDoc)
}
