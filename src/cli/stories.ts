import type { Command } from 'commander';
import { Store } from '../store/store.js';
import { storePath } from '../store/open.js';
import { UsageError } from '../util/errors.js';
import { sinceOrFail } from '../store/since.js';
import { storeOption } from './store-option.js';

interface StoriesFlags {
  store?: string;
  json?: boolean;
  since?: string;
}

/** Registers `corroborate stories` (list) and `corroborate stories move <report> <story>`. */
export function storiesCommand(cli: Command): void {
  const cmd = cli
    .command('stories')
    .description('list the stored stories, newest activity first')
    .addOption(storeOption())
    .option('--json', 'print [{ id, title, reports, firstSeen, lastSeen }]')
    .option('--since <time>', 'only stories with reports since then (30m, 12h, 2d, 1w, or a date)')
    .action((flags: StoriesFlags) => {
      const since = sinceOrFail(flags.since, '--since');
      const store = Store.open(storePath(flags.store));
      try {
        const list = store.stories({ since });
        if (flags.json) {
          process.stdout.write(JSON.stringify(list, null, 2) + '\n');
          return;
        }
        for (const s of list) {
          process.stdout.write(`${s.id}  ${s.reports.length} report${s.reports.length === 1 ? '' : 's'}  ${s.lastSeen.slice(0, 16).replace('T', ' ')}  ${s.title ?? ''}\n`);
        }
        if (list.length === 0) process.stdout.write('no stories\n');
      } finally {
        store.close();
      }
    });
  cmd
    .command('move')
    .description('move a report to another story (a correction the grouping keeps)')
    .argument('<report>', 'report id (see stories --json)')
    .argument('<story>', 'story id')
    .addOption(storeOption())
    .action((report: string, story: string, flags: StoriesFlags, self: Command) => {
      const path = flags.store ?? (self.parent?.opts() as StoriesFlags | undefined)?.store;
      const store = Store.open(storePath(path));
      try {
        const target = store.resolveStory(story);
        if (!target) throw new UsageError(`no story ${story} in the store`);
        if (!store.hasReport(report)) throw new UsageError(`no report ${report} in the store`);
        store.move(report, target);
        process.stdout.write(`${report} → ${target}\n`);
      } finally {
        store.close();
      }
    });
}
