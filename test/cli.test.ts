import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATACMS, ROOT } from './helpers.js';
import { validateBrief } from '../src/index.js';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('brief --json on the real corpus prints a brief that validates against the schema', () => {
  const r = run(['brief', '--json', '--date', '2024-11-18', ATACMS]);
  assert.equal(r.code, 0, r.err);
  const brief = JSON.parse(r.out);
  assert.deepEqual(validateBrief(brief), []);
  assert.equal(brief.sources.length, 5);
  assert.equal(brief.sources[0].publishedAt, '2024-11-18');
});

test('stdin counts as one report beside a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
  writeFileSync(join(dir, 'b.txt'), 'The mayor opened the new bridge on Monday. Thousands of people attended the ceremony.\n');
  const r = run(['brief', '--json', '-', join(dir, 'b.txt')], 'The new bridge was opened by the mayor on Monday.\n');
  assert.equal(r.code, 0, r.err);
  const brief = JSON.parse(r.out);
  assert.deepEqual(brief.sources.map((s: { id: string }) => s.id), ['stdin', 'b']);
});

test('bad inputs give one line naming the input and a non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
  writeFileSync(join(dir, 'a.txt'), 'One report is not enough for a brief.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  mkdirSync(join(dir, 'nothing'));
  const cases: [string[], RegExp][] = [
    [[join(dir, 'missing.txt'), join(dir, 'a.txt')], /missing\.txt: no such file/],
    [[join(dir, 'empty.txt'), join(dir, 'a.txt')], /empty\.txt: empty input/],
    [[join(dir, 'bin.txt'), join(dir, 'a.txt')], /bin\.txt: binary file/],
    [[join(dir, 'nothing')], /nothing: folder holds no reports/],
    [[join(dir, 'a.txt')], /a\.txt: a brief needs at least two reports/],
  ];
  for (const [args, message] of cases) {
    const r = run(['brief', ...args]);
    assert.notEqual(r.code, 0, `exit code for ${args.join(' ')}`);
    assert.match(r.err, message);
    assert.equal(r.err.trim().split('\n').length, 1, `one line: ${r.err}`);
  }
});
