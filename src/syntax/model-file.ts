/**
 * The shipped model file: gzip of a small header, a JSON part (tag and label
 * names, lemma tables, hash sizes) and int16 weight tables stored sparsely
 * (delta-coded positions of the non-zero weights, then their values), so the
 * mostly empty hash tables cost only what they hold.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { DossierError } from '../model/index.js'

const MAGIC = 'DSYN1'

export interface ModelFileContents {
  readonly json: unknown
  readonly tables: readonly Int16Array[]
}

function encodeTable(t: Int16Array): Buffer {
  const positions: number[] = []
  const values: number[] = []
  let last = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 0) continue
    let d = i - last
    last = i
    while (d >= 0x80) { positions.push((d & 0x7f) | 0x80); d >>>= 7 }
    positions.push(d)
    values.push(t[i]!)
  }
  const head = Buffer.alloc(12)
  head.writeUInt32LE(t.length, 0)
  head.writeUInt32LE(values.length, 4)
  head.writeUInt32LE(positions.length, 8)
  const vals = Buffer.alloc(values.length * 2)
  values.forEach((v, i) => vals.writeInt16LE(v, i * 2))
  return Buffer.concat([head, Buffer.from(positions), vals])
}

function decodeTable(buf: Buffer, at: number): [Int16Array, number] {
  const length = buf.readUInt32LE(at)
  const nnz = buf.readUInt32LE(at + 4)
  const nPos = buf.readUInt32LE(at + 8)
  const out = new Int16Array(length)
  let p = at + 12
  const v = p + nPos
  // copy the values once into an aligned Int16Array (little-endian, as written) instead of reading them one by one
  const values = new Int16Array(new Uint8Array(buf.subarray(v, v + nnz * 2)).buffer)
  let pos = 0
  for (let k = 0; k < nnz; k++) {
    let byte = buf[p++]!
    let d = byte & 0x7f
    for (let shift = 7; byte & 0x80; shift += 7) { byte = buf[p++]!; d += (byte & 0x7f) * 2 ** shift }
    pos += d
    out[pos] = values[k]!
  }
  return [out, v + nnz * 2]
}

export function writeModelFile(file: string, c: ModelFileContents): void {
  const json = Buffer.from(JSON.stringify(c.json), 'utf8')
  const head = Buffer.alloc(MAGIC.length + 8)
  head.write(MAGIC, 0, 'latin1')
  head.writeUInt32LE(json.length, MAGIC.length)
  head.writeUInt32LE(c.tables.length, MAGIC.length + 4)
  writeFileSync(file, gzipSync(Buffer.concat([head, json, ...c.tables.map(encodeTable)]), { level: 9 }))
}

export function readModelFile(file: string): ModelFileContents {
  let raw: Buffer
  try {
    raw = gunzipSync(readFileSync(file))
  } catch (cause) {
    throw new DossierError('E_MODEL', `cannot read the syntax model ${file}`, {
      cause, context: { file }, hint: 'restore models/syntax/ from git, or rebuild it with `npm run train:syntax` (needs ../shared/data)',
    })
  }
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new DossierError('E_MODEL', `${file} is not a Dossier syntax model`, { context: { file }, hint: 'restore models/syntax/ from git' })
  }
  const jsonLen = raw.readUInt32LE(MAGIC.length)
  const nTables = raw.readUInt32LE(MAGIC.length + 4)
  let at = MAGIC.length + 8
  const json = JSON.parse(raw.toString('utf8', at, at + jsonLen)) as unknown
  at += jsonLen
  const tables: Int16Array[] = []
  for (let i = 0; i < nTables; i++) {
    const [t, next] = decodeTable(raw, at)
    tables.push(t)
    at = next
  }
  return { json, tables }
}
