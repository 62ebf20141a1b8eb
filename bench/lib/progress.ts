/** A one-line progress bar on stderr (plain lines when stderr is not a terminal, e.g. in CI). */
export const progressBar = (label: string, total: number) => {
  const started = Date.now()
  let done = 0
  let lastPrinted = 0
  const line = () => {
    const share = total === 0 ? 1 : done / total
    const filled = Math.round(share * 30)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows, ${seconds} s`
  }
  return {
    add(rows: number) {
      done += rows
      const now = Date.now()
      if (process.stderr.isTTY) process.stderr.write(`\r${line()}`)
      else if (now - lastPrinted > 5000) {
        lastPrinted = now
        process.stderr.write(`${line()}\n`)
      }
    },
    finish() {
      process.stderr.write(process.stderr.isTTY ? `\r${line()}\n` : `${line()}\n`)
      return (Date.now() - started) / 1000
    },
  }
}
