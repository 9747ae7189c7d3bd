/** What every `dossier eval <task>` returns: metrics for --json and a table for people. */
export interface EvalReport {
  readonly task: string
  /** Flat metrics object printed as one JSON line with --json (keys per the eval contract in DESIGN.md). */
  readonly metrics: Record<string, unknown>
  /** Human-readable table. */
  readonly table: string
}

/** Format rows as an aligned text table. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmtNum(c) : c)))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)))
  const line = (r: ReadonlyArray<string | number>) => r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ').trimEnd()
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4)
}

/** Precision/recall/F1 from counts, 0 when undefined. */
export function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : tp / predicted
  const recall = gold === 0 ? 0 : tp / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
