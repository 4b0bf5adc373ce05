/**
 * Safe under failure, tested the hard way: a real `corroborate ingest` process is killed with SIGKILL mid-batch,
 * the store is reopened and checked; two processes ingest into one store at once; a bad input is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './helpers.js';
import { generateStream } from '../bench/generate.js';
import { extractPlainText } from '../src/extract/index.js';
import { contentHash } from '../src/store/ids.js';

const CLI = [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts')];

function writeReports(dir: string, count: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  const texts = new Set<string>();
  for (const r of generateStream(count, seed)) {
    const path = join(dir, `${r.id}.txt`);
    writeFileSync(path, r.text);
    // What the store must hold: one report per distinct extracted text (the same text twice is stored once).
    texts.add(contentHash(extractPlainText(r.text, { input: path }).text));
  }
  return texts.size;
}

function count(store: string): { reports: number; versions: number; unassigned: number; integrity: string } {
  const db = new Database(store, { readonly: true });
  try {
    const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    return {
      reports: n('SELECT count(*) AS n FROM reports'),
      versions: n('SELECT count(*) AS n FROM versions'),
      unassigned: n('SELECT count(*) AS n FROM reports WHERE story IS NULL'),
      integrity: (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
    };
  } finally {
    db.close();
  }
}

function ingest(store: string, inputs: string[]): ReturnType<typeof spawnSync> {
  return spawnSync('nice', [process.execPath, ...CLI, 'ingest', '--store', store, ...inputs], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
}

test('kill -9 mid-ingest loses nothing committed and corrupts nothing; the rerun completes the batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
  try {
    const distinct = writeReports(join(dir, 'in'), 1500, 3);
    const store = join(dir, 'store.db');
    const child = spawn('nice', [process.execPath, ...CLI, 'ingest', '--store', store, join(dir, 'in')], { stdio: 'ignore', env: { ...process.env, CI: '1' } });
    // Wait until some reports are committed, then kill without warning.
    let seen = 0;
    for (let i = 0; i < 600 && seen < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      if (existsSync(store)) {
        try {
          seen = count(store).reports;
        } catch {
          seen = 0; // schema not there yet
        }
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = count(store);
    console.log(`# killed after ${after.reports} of ${distinct} reports committed`);
    assert.equal(after.integrity, 'ok');
    assert.ok(after.reports >= 50 && after.reports < distinct, `killed mid-batch (${after.reports} committed)`);
    assert.equal(after.versions, after.reports, 'every committed report has its text');
    assert.equal(after.unassigned, 0, 'every committed report is in a story');
    const rerun = ingest(store, [join(dir, 'in')]);
    assert.equal(rerun.status, 0, String(rerun.stderr));
    const final = count(store);
    assert.equal(final.reports, distinct);
    assert.equal(final.versions, distinct);
    assert.equal(final.integrity, 'ok');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two ingest processes on one store at once both succeed; a bad input is reported and skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-two-'));
  try {
    const a = writeReports(join(dir, 'a'), 300, 5);
    const b = writeReports(join(dir, 'b'), 300, 6);
    writeFileSync(join(dir, 'b', 'zz-empty.txt'), '');
    const store = join(dir, 'store.db');
    const run = (inputs: string[]): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn('nice', [process.execPath, ...CLI, 'ingest', '--store', store, ...inputs], { env: { ...process.env, CI: '1' } });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const [ra, rb] = await Promise.all([run([join(dir, 'a')]), run([join(dir, 'b'), join(dir, 'missing.txt')])]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    assert.match(rb.stderr, /missing\.txt: /);
    assert.match(rb.stderr, /zz-empty\.txt: /);
    const final = count(store);
    assert.equal(final.reports, a + b);
    assert.equal(final.unassigned, 0);
    assert.equal(final.integrity, 'ok');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
