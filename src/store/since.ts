/** `since` values (`2d`, `12h`, `30m`, `1w` or an ISO date/time) as the store's listings take them: an ISO time. */
import { UsageError } from '../util/errors.js';

/** `--since 2d`, `--since 12h`, `--since 30m` or an ISO date/time → ISO time, relative to `now`; null when no
 * value is given, undefined when the value is not a time. */
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

/** `parseSince`, with a usage error naming `label` (the flag or field the value came from) for a value that is not a time. */
export function sinceOrFail(value: string | undefined, label: string): string | null {
  const since = parseSince(value);
  if (since === undefined) throw new UsageError(`${label} ${value}: use 30m, 12h, 2d, 1w or a date (YYYY-MM-DD)`);
  return since;
}
