import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, BODY_LIMIT } from '../src/serve/app.js';
import { MemoryLibrary } from '../src/serve/memory-library.js';

test('API: security headers, OpenAPI, one-line errors, size limits, 404s', async () => {
  const app = createApp(new MemoryLibrary([]));
  const res = await app.inject({ method: 'GET', url: '/api/stories' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), []);
  assert.match(String(res.headers['content-security-policy']), /default-src 'none'; script-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');

  const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  assert.equal(spec.openapi, '3.1.0');
  for (const path of ['/api/stories', '/api/stories/{id}/brief', '/api/stories/{id}/reports/{report}', '/api/reports']) assert.ok(spec.paths[path], path);

  const bad = await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: 'nope' } });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error, /arrays/);
  const badUrl = await app.inject({ method: 'POST', url: '/api/reports', payload: { urls: ['javascript:alert(1)'] } });
  assert.equal(badUrl.statusCode, 400);
  const huge = await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: [{ name: 'x', text: 'a'.repeat(BODY_LIMIT + 10) }] } });
  assert.equal(huge.statusCode, 413);
  assert.match(huge.json().error, /too large/);
  const missing = await app.inject({ method: 'GET', url: '/api/stories/nope/brief' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().error, /story nope: not found/);
  await app.close();
});

test('API: added texts become a story whose brief exports as JSON, Markdown and HTML', async () => {
  const app = createApp(new MemoryLibrary([], { date: '2025-03-04' }));
  const texts = [
    { name: '../../etc/passwd', text: 'The council closed the old pier on Tuesday after inspectors found cracks. Repairs will cost 2 million pounds.' },
    { name: 'b.txt', text: 'Inspectors found cracks in the old pier, and the council shut it on Tuesday. <script>alert(1)</script>' },
  ];
  const added = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts } })).json();
  assert.equal(added.added, 2);
  const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json();
  assert.equal(stories[0].reports.length, 2);
  assert.equal(stories[0].reports[0].input, '.._.._etc_passwd');
  const html = await app.inject({ method: 'GET', url: '/api/stories/story-1/brief?format=html' });
  assert.match(String(html.headers['content-disposition']), /attachment/);
  assert.doesNotMatch(html.body, /<script>alert/);
  assert.match(html.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const md = await app.inject({ method: 'GET', url: '/api/stories/story-1/brief?format=markdown' });
  assert.doesNotMatch(md.body, /<script>/);
  const report = (await app.inject({ method: 'GET', url: '/api/stories/story-1/reports/b' })).json();
  assert.equal(report.number, 2);
  for (const hl of report.highlights) assert.ok(hl.end <= report.source.text.length);
  await app.close();
});
