/** Polarity of one relation over time (uPlot): above zero cooperative, below hostile, one point per bucket. */
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { DyadRelation } from '../types'

/** A bucket's start in seconds: `2016-03` (month) or `2016-W11` (ISO week). */
export function periodStart(period: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / 1000
  const w = /^(\d{4})-W(\d{2})$/.exec(period)
  if (w) {
    const jan4 = new Date(Date.UTC(Number(w[1]), 0, 4))
    const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
    return (monday + (Number(w[2]) - 1) * 7 * 86_400_000) / 1000
  }
  return Date.parse(period) / 1000
}

export default function RelationChart({ relation, width = 260 }: { relation: DyadRelation; width?: number }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current) return
    const b = [...relation.buckets].sort((x, y) => periodStart(x.period) - periodStart(y.period))
    const xs = b.map((x) => periodStart(x.period))
    const ys = b.map((x) => x.score)
    if (xs.length === 1) { xs.unshift(xs[0]! - 15 * 86_400_000 / 1000); ys.unshift(0) }
    const plot = new uPlot({
      width, height: 90, legend: { show: false }, cursor: { show: false },
      scales: { y: { range: [-2, 2] } },
      axes: [{ size: 24, font: '10px sans-serif' }, { size: 30, font: '10px sans-serif', splits: () => [-2, 0, 2] }],
      series: [{}, { stroke: relation.kind === 'hostile' ? '#b3261e' : '#1b6e3a', width: 2, points: { size: 6 } }],
    }, [xs, ys], box.current)
    return () => plot.destroy()
  }, [relation, width])
  return <div ref={box} className="chart" aria-hidden="true" />
}
