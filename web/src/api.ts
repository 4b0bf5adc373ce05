/** The pages talk to the server only through the JSON API described at /api/openapi.json. */
import type { Brief } from '../../src/brief/types.js';
import type { AddRequest, AddResult, StorySummary } from '../../src/serve/library.js';
import type { ReportView } from '../../src/serve/report-view.js';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `${path}: HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${path}: HTTP ${res.status}`);
  return body;
}

export const api = {
  stories: (q = '', since = '') => call<StorySummary[]>(`/api/stories?${new URLSearchParams({ ...(q ? { q } : {}), ...(since ? { since } : {}) }).toString()}`),
  brief: (id: string) => call<Brief>(`/api/stories/${encodeURIComponent(id)}/brief`),
  report: (id: string, report: string) => call<ReportView>(`/api/stories/${encodeURIComponent(id)}/reports/${encodeURIComponent(report)}`),
  revision: () => call<{ revision: number }>('/api/revision'),
  add: (request: AddRequest) =>
    call<AddResult>('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }),
  exportUrl: (id: string, format: 'json' | 'markdown' | 'html') => `/api/stories/${encodeURIComponent(id)}/brief?format=${format}`,
};
