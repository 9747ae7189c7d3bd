/**
 * Progress for long work: a bar with counts, rate and ETA on a terminal, plain
 * lines (at most one a second, and the last) when stderr is not a TTY.
 * @module
 */
import cliProgress from 'cli-progress'

export interface ProgressReporter {
  /** `failed` and `stageFailures` are counted as the command's summary line counts them. */
  update(done: number, total: number, failed: number, stageFailures?: number): void
  /** Print a line (an error, a warning) without tearing the bar. */
  log(line: string): void
  stop(): void
}

/** "2" or "2, 1 stage failure(s)": the words of the summary line, so the two never disagree. */
export function failedText(failed: number, stageFailures = 0): string {
  return stageFailures ? `${failed}, ${stageFailures} stage failure(s)` : String(failed)
}

export function progressReporter(label: string, enabled = true): ProgressReporter {
  if (!enabled) return { update() {}, log(line) { process.stderr.write(`${line}\n`) }, stop() {} }
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      format: `${label} [{bar}] {value}/{total} {percentage}% | {rate}/s | ETA {eta_formatted} | failed {failed}`,
      stream: process.stderr,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic)
    let started = false
    let stopped = false
    const t0 = Date.now()
    return {
      update(done, total, failed, stageFailures) {
        const rate = ((done / Math.max(1, Date.now() - t0)) * 1000).toFixed(1)
        const payload = { failed: failedText(failed, stageFailures), rate }
        if (!started) { bar.start(total, done, payload); started = true } else bar.update(done, payload)
      },
      log(line) {
        // clear the bar's line, print, and let the next update redraw it
        process.stderr.write(started && !stopped ? `\r\x1b[K${line}\n` : `${line}\n`)
        if (started && !stopped) bar.render()
      },
      stop() { if (started && !stopped) { stopped = true; bar.stop() } },
    }
  }
  const t0 = Date.now()
  let last = 0
  let firstDone: number | undefined
  return {
    update(done, total, failed, stageFailures) {
      firstDone ??= done
      const now = Date.now()
      if (now - last < 1000 && done < total) return
      last = now
      const secs = (now - t0) / 1000
      const rate = secs > 0 ? (done - firstDone) / secs : 0
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0
      process.stderr.write(`${label}: ${done}/${total} (${total ? Math.round((100 * done) / total) : 100}%) ${rate.toFixed(1)}/s eta ${eta}s failed ${failedText(failed, stageFailures)}\n`)
    },
    log(line) { process.stderr.write(`${line}\n`) },
    stop() {},
  }
}
