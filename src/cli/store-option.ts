import { Option } from 'commander';

/** `--store PATH`, shared by the commands that read or write the store. */
export function storeOption(): Option {
  return new Option('--store <path>', 'the store file (default: CORROBORATE_STORE, else store.db in your data folder)');
}
