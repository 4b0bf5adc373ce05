/**
 * The local web app: JSON API + the static pages that use it. Binds to 127.0.0.1 unless told otherwise.
 * Nothing from a report is ever sent as HTML except through the escaping export renderer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Brief } from '../brief/types.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { InputError, UsageError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';
import type { AddRequest, Library } from './library.js';
import { openApi } from './openapi.js';
import { reportView } from './report-view.js';
import { SECURITY_HEADERS } from './security.js';

/** Largest request body: pasted text and dropped files arrive as JSON. */
export const BODY_LIMIT = 8 * 1024 * 1024;
const MAX_TEXTS = 200;
const MAX_URLS = 200;

const STATIC: Record<string, { file: string[]; type: string }> = {
  '/': { file: ['web', 'index.html'], type: 'text/html; charset=utf-8' },
  '/app.css': { file: ['web', 'app.css'], type: 'text/css; charset=utf-8' },
  '/app.js': { file: ['dist', 'web', 'app.js'], type: 'text/javascript; charset=utf-8' },
};

function readStatic(path: string[]): Buffer | null {
  try {
    return readFileSync(join(packageRoot(), ...path));
  } catch {
    return null;
  }
}

/** A brief's JSON, made once per brief object: the library caches briefs, and a 200-report brief is megabytes. */
const serialized = new WeakMap<Brief, string>();
function jsonOf(brief: Brief): string {
  let json = serialized.get(brief);
  if (json === undefined) serialized.set(brief, (json = JSON.stringify(brief)));
  return json;
}

/** A slug safe in a Content-Disposition file name. */
function fileSlug(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'brief';
}

function checkAddRequest(body: unknown): AddRequest | string {
  if (typeof body !== 'object' || body === null) return 'request body must be a JSON object';
  const b = body as Record<string, unknown>;
  const texts = b.texts ?? [];
  const urls = b.urls ?? [];
  if (!Array.isArray(texts) || !Array.isArray(urls)) return 'texts and urls must be arrays';
  if (texts.length > MAX_TEXTS || urls.length > MAX_URLS) return `at most ${MAX_TEXTS} texts and ${MAX_URLS} URLs per request`;
  if (texts.length + urls.length === 0) return 'nothing to add: give texts or urls';
  for (const t of texts) {
    if (typeof t !== 'object' || t === null || typeof (t as { text?: unknown }).text !== 'string') return 'each text needs a string "text"';
  }
  for (const u of urls) {
    if (typeof u !== 'string' || !/^https?:\/\//i.test(u.trim())) return `${String(u).slice(0, 80)}: not an http(s) URL`;
  }
  return {
    texts: texts.map((t: { name?: unknown; text: string }, i: number) => ({
      // A client-supplied name is only a label: never a path on this machine.
      // Control characters are dropped so a hostile name cannot forge lines in errors or logs.
      name: (typeof t.name === 'string' && t.name.trim() ? t.name : `pasted-${i + 1}`).replace(/[/\\]/g, '_').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 120),
      text: t.text,
    })),
    urls: urls.map((u: string) => u.trim()),
  };
}

export function createApp(library: Library, options: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });

  app.addHook('onSend', async (_req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    // A bad query (an unreadable `since`) is the caller's problem, not the server's.
    const status = err instanceof UsageError || err instanceof InputError ? 400 : err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    const message = status === 413 ? `request body too large (limit ${BODY_LIMIT / 1024 / 1024} MB)` : err.message.split('\n')[0];
    void reply.status(status).send({ error: message });
  });
  app.setNotFoundHandler((req, reply) => void reply.status(404).send({ error: `${req.url.slice(0, 100)}: not found` }));

  for (const [route, asset] of Object.entries(STATIC)) {
    app.get(route, async (_req, reply) => {
      const body = readStatic(asset.file);
      if (!body) return reply.status(500).send({ error: `${asset.file.join('/')}: missing (run npm run build)` });
      return reply.type(asset.type).header('cache-control', 'no-cache').send(body);
    });
  }

  app.get('/api/openapi.json', async () => openApi());
  app.get('/api/revision', async () => ({ revision: await library.revision() }));

  app.get<{ Querystring: { q?: string; since?: string } }>('/api/stories', async (req) =>
    library.stories({ q: req.query.q?.slice(0, 200), since: req.query.since?.slice(0, 40) }),
  );

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/api/stories/:id/brief', async (req, reply) => {
    const brief = await library.brief(req.params.id);
    if (!brief) return reply.status(404).send({ error: `story ${req.params.id.slice(0, 60)}: not found` });
    const format = req.query.format ?? 'json';
    const name = `brief-${fileSlug(req.params.id)}`;
    if (format === 'markdown')
      return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${name}.md"`).send(renderMarkdown(brief));
    if (format === 'html')
      return reply.type('text/html; charset=utf-8').header('content-disposition', `attachment; filename="${name}.html"`).send(renderHtml(brief));
    if (format !== 'json') return reply.status(400).send({ error: `format ${format.slice(0, 20)}: use json, markdown or html` });
    return reply.type('application/json; charset=utf-8').send(jsonOf(brief));
  });

  app.get<{ Params: { id: string; report: string } }>('/api/stories/:id/reports/:report', async (req, reply) => {
    const brief = await library.brief(req.params.id);
    const view = brief && reportView(brief, req.params.report);
    if (!view) return reply.status(404).send({ error: `report ${req.params.report.slice(0, 60)}: not found in story` });
    return view;
  });

  app.post('/api/reports', async (req, reply) => {
    const request = checkAddRequest(req.body);
    if (typeof request === 'string') return reply.status(400).send({ error: request });
    return library.add(request);
  });

  app.addHook('onClose', async () => library.close?.());
  return app;
}
