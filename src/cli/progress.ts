/** A line on stderr redrawn in place on a terminal and silent elsewhere (pipes, CI, --json consumers). */
export interface LiveLine {
  /** Redraws the line (at most every `intervalMs`, and always at the end); `text` is asked only when it is drawn. */
  update: (done: number, total: number, text: (rate: number) => string) => void;
  done: () => void;
}

export function liveLine(intervalMs: number, stream: NodeJS.WriteStream = process.stderr): LiveLine {
  const enabled = Boolean(stream.isTTY) && !process.env.CI;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total, text) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < intervalMs) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      stream.write(`\r\u001b[2K${text(rate)}`);
    },
    done() {
      if (enabled) stream.write('\r\u001b[2K');
    },
  };
}

/** A progress bar: `label ███░░ done/total rate/s detail`, cut to the terminal's width. */
export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number, detail?: string) => void;
  done: () => void;
} {
  const line = liveLine(80, stream);
  const width = 24;
  return {
    update(done, total, detail = '') {
      line.update(done, total, (rate) => {
        const filled = Math.round((done / Math.max(1, total)) * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        return `${label} ${bar} ${done}/${total} ${rate.toFixed(1)}/s ${detail}`.slice(0, (stream.columns || 100) - 1);
      });
    },
    done: line.done,
  };
}
