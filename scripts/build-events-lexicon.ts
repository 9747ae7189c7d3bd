/**
 * Build the derived event-coding artefacts under src/events/data/ from the
 * public CAMEO material in ../shared/data/cameo (read here only, never at run time):
 *
 * - `cameo-codes.json`: the CAMEO code list (code, name, root, QuadClass, Goldstein)
 *   from the GDELT lookup tables (factual code list, free for any use).
 * - `cue-lexicon.json`: a compact verb-cue lexicon derived from the PETRARCH2
 *   CAMEO verb-pattern dictionary (MIT, Open Event Data Alliance): every verb form
 *   mapped to its block, the block's default code, and its patterns flattened to
 *   ordered word slots. Comments, coder notes and the dictionary layout are dropped.
 *
 * Usage: npx tsx scripts/build-events-lexicon.ts [../shared/data/cameo]
 * @module
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { parseVerbDictionary } from '../src/events/verb-dictionary.js'

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/data/cameo'))
const outDir = join(import.meta.dirname, '../src/events/data')
mkdirSync(outDir, { recursive: true })

const tsv = readFileSync(join(dir, 'cameo_eventcodes.tsv'), 'utf8').trim().split('\n').slice(1)
const codes = tsv.map((line) => {
  const [code, , root, quad, , goldstein, description] = line.split('\t')
  return { code: code!, name: description!, root: root!, quadClass: Number(quad), goldstein: Number(goldstein) }
})
writeFileSync(join(outDir, 'cameo-codes.json'), JSON.stringify(codes, null, 0).replace(/\},\{/g, '},\n{') + '\n')
console.log(`cameo-codes.json: ${codes.length} codes`)

const raw = gunzipSync(readFileSync(join(dir, 'CAMEO.2.0.verb-dictionary.txt.gz'))).toString('utf8')
const { blocks, forms } = parseVerbDictionary(raw)
const lexicon = { source: 'derived from the PETRARCH2 CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance) by scripts/build-events-lexicon.ts', blocks, forms }
writeFileSync(join(outDir, 'cue-lexicon.json'), JSON.stringify(lexicon) + '\n')
console.log(`cue-lexicon.json: ${blocks.length} blocks, ${Object.keys(forms).length} forms, ${blocks.reduce((n, b) => n + b.patterns.length, 0)} patterns`)
