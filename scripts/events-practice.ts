/**
 * Events on unannotated VOA news (a GMB region no gold uses), printed sentence by sentence, to find what the coder
 * misses on newswire by mechanism without tuning on a gold: `npx tsx scripts/events-practice.ts gmb:20000:30`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOnFolder } from '../src/eval/seeds.js'
import { gmbArticles } from './gmb-articles.js'

async function main(): Promise<void> {
  const spec = process.argv[2] ?? 'gmb:20000:30'
  if (Number(spec.split(':')[1]) < 7000) throw new Error('practice regions start at sentence 7000 (the VOA gold uses 6000–6500)')
  const dir = mkdtempSync(join(tmpdir(), 'events-practice-'))
  try {
    const arts = gmbArticles(spec)
    for (const a of arts) writeFileSync(join(dir, `${a.id}.txt`), `${a.title}\n\n${a.text}`)
    const out = await runOnFolder(dir)
    const byDoc = new Map<string, typeof out.events[number][]>()
    for (const e of out.events) byDoc.set(e.articleId, [...(byDoc.get(e.articleId) ?? []), e])
    for (const [aid, file] of out.docOf) {
      const text = readFileSync(join(dir, file), 'utf8')
      console.log(`\n## ${file}\n${text}\n`)
      for (const e of (byDoc.get(aid) ?? []).sort((x, y) => x.cue.start - y.cue.start)) {
        console.log(`  ${e.cameo} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'} (cue "${e.cue.text}", ${e.modality})`)
      }
    }
  } finally { rmSync(dir, { recursive: true, force: true }) }
}

void main()
