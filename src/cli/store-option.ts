import { Option } from 'commander';

/** `--store PATH`, shared by the commands that read or write the store. */
export function storeOption(): Option {
  return new Option('--store <path>', 'the store file (default: CORROBORATE_STORE, else store.db in your data folder)');
}

/** `--since 2d`, `--since 12h`, `--since 30m` or an ISO date/time → ISO time; relative to `now`. */
/** Undefined when the value is not a time. */
export function parseSince(value: string | undefined, now = new Date()): string | null | undefined {
  if (value === undefined) return null;
  const rel = /^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$/i.exec(value.trim());
  if (rel) {
    const unit = { m: 60e3, min: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 }[rel[2]!.toLowerCase() as 'm' | 'min' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(rel[1]) * unit).toISOString();
  }
  const t = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t)) return undefined;
  return new Date(t).toISOString();
}
