import type { Command } from 'commander'
import { migrateStore } from '../../export/index.js'
import { DossierError } from '../../model/index.js'
import { redactUrl } from '../../store/index.js'
import { action, withStore } from '../common.js'

export function registerMigrate(program: Command): void {
  program.command('migrate')
    .description('copy a whole store into a new one (SQLite file ↔ postgres:// URL), verified by record counts and the checksum of the lossless export')
    .requiredOption('--from <db>', 'the store to copy: a SQLite file or a postgres:// URL')
    .requiredOption('--to <db>', 'an empty store to fill: a postgres:// URL (an empty database) or a new SQLite file')
    .action(action(async (o: { from: string; to: string }) => {
      if (o.from === o.to) throw new DossierError('E_USAGE', '--from and --to name the same store', { hint: 'migrate into a new database or file' })
      const progress = (step: string) => process.stderr.write(`migrate: ${step}\n`)
      const s = await withStore(o.from, (from) => withStore(o.to, (to) => migrateStore(from, to, progress)), { mustExist: true })
      const c = s.target.counts
      process.stdout.write(`migrated ${redactUrl(o.from)} → ${redactUrl(o.to)}: ${c['article'] ?? 0} article(s), ${c['mention'] ?? 0} mention(s), ` +
        `${c['event'] ?? 0} event(s), ${c['claim'] ?? 0} claim(s), ${c['entity'] ?? 0} entit(ies), ${c['relation'] ?? 0} relation(s), ` +
        `${c['judgement'] ?? 0} judgement(s), ${c['cluster'] ?? 0} cluster(s), ${c['actor'] ?? 0} actor(s), ` +
        `${s.signatures.target.counts['name signature'] ?? 0} name signature(s); export checksum ${s.target.sha256.slice(0, 16)} matches\n`)
    }))
}
