/**
 * The articles of the VOA news gold (eval-gold/voa-news): 40 articles of unseen Voice of America news from the GMB
 * extract (`gmbArticles('gmb:6000:40')`, a region no earlier sample or tuning round read), even-numbered ones the
 * tuning part `vtune`, odd-numbered ones the frozen final check `vfinal`. Fixed before any annotation.
 * A second tuning part `vtune2` (added later): every article of `gmbArticles('gmb:8000:40')`, another unread region.
 * Two training parts, for learned components (never a measure of them): `vtrain` = every article of
 * `gmbArticles('gmb:12000:30')`, `vtrain2` = every article of `gmbArticles('gmb:34000:30')` (regions no round read);
 * later `vtrain3` = `gmbArticles('gmb:46000:30')` and `vtrain4` = `gmbArticles('gmb:16000:30')` (two annotators at once),
 * then `vtrain5` … `vtrain7` = gmb:24000:30, gmb:26000:30, gmb:18500:30 (three more at once), then more: VOA_TRAIN_REGIONS lists them all.
 *
 *   npx tsx scripts/voa-news-texts.ts --out DIR [--part vtune|vfinal|vtune2|vtrain|vtrain2|…|all]   # writes DIR/<id>.txt (title, blank line, text)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gmbArticles } from './gmb-articles.js'

export const VOA_REGION = 'gmb:6000:40'
/** The region of the second tuning part: all of its 40 articles are `vtune2`. */
export const VOA_REGION2 = 'gmb:8000:40'
/** The regions of the training parts, in order: every article of each (a new part is one line here). */
export const VOA_TRAIN_REGIONS = { vtrain: 'gmb:12000:30', vtrain2: 'gmb:34000:30', vtrain3: 'gmb:46000:30', vtrain4: 'gmb:16000:30',
  vtrain5: 'gmb:24000:30', vtrain6: 'gmb:26000:30', vtrain7: 'gmb:18500:30',
  vtrain8: 'gmb:4500:30', vtrain9: 'gmb:47000:30', vtrain10: 'gmb:2000:30', vtrain11: 'gmb:5000:30', vtrain12: 'gmb:7000:30',
  vtrain13: 'gmb:9000:30', vtrain14: 'gmb:33000:30', vtrain15: 'gmb:11000:30', vtrain16: 'gmb:41000:30',
  vtrain17: 'gmb:13000:30', vtrain18: 'gmb:15000:30', vtrain19: 'gmb:19000:30', vtrain20: 'gmb:21000:30',
  vtrain21: 'gmb:23000:30', vtrain22: 'gmb:27000:30', vtrain23: 'gmb:31000:30', vtrain24: 'gmb:39000:30',
  vtrain25: 'gmb:23500:30', vtrain26: 'gmb:27500:30', vtrain27: 'gmb:31500:30', vtrain28: 'gmb:39500:30',
  vtrain29: 'gmb:2300:30', vtrain30: 'gmb:3800:30', vtrain31: 'gmb:5400:30', vtrain32: 'gmb:6400:30',
  vtrain33: 'gmb:7300:30', vtrain34: 'gmb:8400:30', vtrain35: 'gmb:4100:30', vtrain36: 'gmb:5700:30',
  vtrain37: 'gmb:2600:30', vtrain38: 'gmb:6700:30', vtrain39: 'gmb:7600:30', vtrain40: 'gmb:16300:30',
  vtrain41: 'gmb:11300:30', vtrain42: 'gmb:13300:30', vtrain43: 'gmb:15300:30', vtrain44: 'gmb:11600:30',
  vtrain45: 'gmb:13600:30', vtrain46: 'gmb:15600:30', vtrain47: 'gmb:19600:30', vtrain48: 'gmb:20300:30',
  vtrain49: 'gmb:16600:30', vtrain50: 'gmb:20600:30', vtrain51: 'gmb:21300:30', vtrain52: 'gmb:24300:30',
  vtrain53: 'gmb:21600:30',
  vtrain54: 'gmb:26300:30',
  vtrain55: 'gmb:26600:30',
  vtrain56: 'gmb:33300:30',
  vtrain57: 'gmb:33600:30',
  vtrain58: 'gmb:34300:30',
  vtrain59: 'gmb:41300:30',
  vtrain60: 'gmb:41600:30',
  vtrain61: 'gmb:34600:30',
  vtrain62: 'gmb:47600:30',
  vtrain63: 'gmb:42680:30',
  vtrain64: 'gmb:29705:30',
  vtrain65: 'gmb:22690:30',
  vtrain66: 'gmb:24560:30',
  vtrain67: 'gmb:14705:30',
  vtrain68: 'gmb:45722:30',
  vtrain69: 'gmb:37350:30',
  vtrain70: 'gmb:37640:30',
  vtrain71: 'gmb:0:30',
  vtrain72: 'gmb:300:30',
  vtrain73: 'gmb:600:30',
  vtrain74: 'gmb:1709:30',
  vtrain75: 'gmb:8684:30',
  vtrain76: 'gmb:25719:30',
  vtrain77: 'gmb:36712:30',
  vtrain78: 'gmb:32727:30',
  vtrain79: 'gmb:35725:30',
  vtrain80: 'gmb:38724:30',
  vtrain81: 'gmb:40727:30',
  vtrain82: 'gmb:44729:30',
  vtrain83: 'gmb:30744:29',
  vtrain84: 'gmb:43738:28',
  vtrain85: 'gmb:18761:27',
  vtrain86: 'gmb:39277:26',
  vtrain87: 'gmb:4761:26',
  vtrain88: 'gmb:28769:26',
  vtrain89: 'gmb:31778:25',
  vtrain90: 'gmb:39766:24',
  vtrain91: 'gmb:27281:24',
  vtrain92: 'gmb:23779:24',
  vtrain93: 'gmb:27773:24',
  vtrain94: 'gmb:31280:24',
  vtrain95: 'gmb:23304:22',
  vtrain96: 'gmb:46823:18',
  vtrain97: 'gmb:12838:17',
  vtrain98: 'gmb:5264:16',
  vtrain99: 'gmb:24831:16',
  vtrain100: 'gmb:34851:16',
  vtrain101: 'gmb:865:15',
  vtrain102: 'gmb:2860:15',
  vtrain103: 'gmb:13863:15',
  vtrain104: 'gmb:18358:15',
  vtrain105: 'gmb:21863:15',
  vtrain106: 'gmb:7874:14',
  vtrain107: 'gmb:19859:14',
  vtrain108: 'gmb:20863:14',
  vtrain109: 'gmb:4381:13',
  vtrain110: 'gmb:11880:13',
  vtrain111: 'gmb:16884:13',
  vtrain112: 'gmb:26868:13',
  vtrain113: 'gmb:33881:13',
  vtrain114: 'gmb:15883:12',
  vtrain115: 'gmb:41874:12',
  vtrain116: 'gmb:47857:12',
  vtrain117: 'gmb:17704:10',
  vtrain118: 'gmb:1100:12',
  vtrain119: 'gmb:25100:12',
  vtrain120: 'gmb:38100:12',
  vtrain121: 'gmb:9600:12',
  vtrain122: 'gmb:29300:12',
  vtrain123: 'gmb:42300:12',
  vtrain124: 'gmb:35300:12',
  vtrain125: 'gmb:3300:12',
  vtrain126: 'gmb:25300:12',
  vtrain127: 'gmb:36300:12',
  vtrain128: 'gmb:28300:12',
  vtrain129: 'gmb:1300:12',
  vtrain130: 'gmb:32300:12',
  vtrain131: 'gmb:9300:12',
  vtrain132: 'gmb:19300:12',
  vtrain133: 'gmb:14400:12',
  vtrain134: 'gmb:22400:12',
  vtrain135: 'gmb:30400:12',
  vtrain136: 'gmb:44300:12',
  vtrain137: 'gmb:10400:12',
  vtrain138: 'gmb:17400:12',
  vtrain139: 'gmb:43400:12',
} as const
export type VoaTrainPart = keyof typeof VOA_TRAIN_REGIONS
/** The training parts, in order. */
export const VOA_TRAIN_PARTS = Object.keys(VOA_TRAIN_REGIONS) as VoaTrainPart[]
export type VoaPart = 'vtune' | 'vfinal' | 'vtune2' | VoaTrainPart

export interface VoaArticle { readonly id: string; readonly part: VoaPart; readonly file: string; readonly text: string }

/** Every article of the set with its part and the text Dossier ingests (`<id>.txt`: title, blank line, body). */
export function voaArticles(): VoaArticle[] {
  return gmbArticles(VOA_REGION).map((a, k): VoaArticle => ({
    id: a.id, part: k % 2 === 0 ? 'vtune' : 'vfinal', file: `${a.id}.txt`, text: `${a.title}\n\n${a.text}`,
  })).concat(gmbArticles(VOA_REGION2).map((a): VoaArticle => ({
    id: a.id, part: 'vtune2', file: `${a.id}.txt`, text: `${a.title}\n\n${a.text}`,
  }))).concat(trainingArticles())
}

function trainingArticles(): VoaArticle[] {
  return VOA_TRAIN_PARTS.flatMap((part) => gmbArticles(VOA_TRAIN_REGIONS[part]).map((a): VoaArticle => ({
    id: a.id, part, file: `${a.id}.txt`, text: `${a.title}\n\n${a.text}`,
  })))
}

function main(): void {
  const args = process.argv.slice(2)
  const opt = (name: string): string | undefined => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
  const out = opt('out')
  if (!out) throw new Error(`usage: voa-news-texts.ts --out DIR [--part ${['vtune', 'vfinal', 'vtune2', ...VOA_TRAIN_PARTS, 'all'].join('|')}]`)
  const part = opt('part') ?? 'all'
  mkdirSync(out, { recursive: true })
  const picked = voaArticles().filter((a) => part === 'all' || a.part === part)
  for (const a of picked) writeFileSync(join(out, a.file), a.text)
  console.log(`${picked.length} articles (${part}) written to ${out}`)
}

/**
 * A gold claim's content as the text has it: from the content's first occurrence at or after its anchor to the end of
 * that sentence (the gold keeps only a short content prefix); undefined when the text does not hold it.
 */
export function goldContentSentence(text: string, anchor: string, content: string): string | undefined {
  const at = text.indexOf(anchor)
  const i = text.indexOf(content, Math.max(0, at))
  if (i < 0) return undefined
  const rest = text.slice(i)
  const end = rest.search(/[.!?]["”]?\s|\n/)
  return end < 0 ? rest : rest.slice(0, end)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
