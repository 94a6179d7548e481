/**
 * The terminal progress of an import, on stderr: a bar redrawn in place on a terminal,
 * `[#####-----] 120/400 works`, or one line per tenth when stderr is a file or a pipe.
 */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} works`
}

type Stream = { isTTY?: boolean; write: (text: string) => unknown }

export type Progress = { start: (total: number) => void; update: (done: number, total: number) => void; finish: () => void }

export function createProgress(stream: Stream, now: () => number = Date.now): Progress {
  let lastTenth = -1
  let lastDraw = 0
  let drawn = false
  return {
    start(total) {
      if (stream.isTTY) {
        stream.write(progressBar(0, total))
        drawn = true
      } else {
        stream.write(`importing ${total} works\n`)
      }
    },
    update(done, total) {
      if (stream.isTTY) {
        if (done < total && now() - lastDraw < 100) return
        lastDraw = now()
        stream.write(`\r${progressBar(done, total)}`)
        return
      }
      const tenth = Math.floor((done * 10) / Math.max(total, 1))
      if (tenth > lastTenth && tenth > 0) {
        lastTenth = tenth
        stream.write(`${progressBar(done, total)}\n`)
      }
    },
    finish() {
      if (drawn) stream.write("\n")
      drawn = false
    },
  }
}
