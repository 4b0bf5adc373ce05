/** A progress line on stderr, redrawn in place on a terminal and silent elsewhere (pipes, CI, --json consumers). */
export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number, detail?: string) => void;
  done: () => void;
} {
  const enabled = Boolean(stream.isTTY) && !process.env.CI;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total, detail = '') {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const width = 24;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const line = `${label} ${bar} ${done}/${total} ${rate.toFixed(1)}/s ${detail}`.slice(0, (stream.columns || 100) - 1);
      stream.write(`\r\u001b[2K${line}`);
    },
    done() {
      if (enabled) stream.write('\r\u001b[2K');
    },
  };
}
