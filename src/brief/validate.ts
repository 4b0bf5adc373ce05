/** Checks a brief against the shipped JSON Schema and against its own spans (each span's text is the source's). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { packageRoot } from '../util/paths.js';
import type { Brief } from './types.js';

function loadSchema(): object {
  return JSON.parse(readFileSync(join(packageRoot(), 'schema', 'brief.schema.json'), 'utf8')) as object;
}

let validator: ReturnType<Ajv2020['compile']> | null = null;

/** Every problem found, as readable lines; empty when the brief is valid. */
export function validateBrief(brief: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(loadSchema());
  const problems: string[] = [];
  if (!validator(brief)) {
    for (const e of validator.errors ?? []) problems.push(`${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
    return problems;
  }
  const b = brief as Brief;
  const texts = new Map(b.sources.map((s) => [s.id, s.text]));
  const check = (where: string, span: { source: string; start: number; end: number; text: string }): void => {
    const text = texts.get(span.source);
    if (text === undefined) problems.push(`${where}: unknown source ${span.source}`);
    else if (span.start > span.end || span.end > text.length) problems.push(`${where}: span out of range`);
    else if (text.slice(span.start, span.end) !== span.text) problems.push(`${where}: span text differs from source text`);
  };
  b.claims.forEach((c, i) => c.support.forEach((s, j) => check(`/claims/${i}/support/${j}`, s)));
  b.summary.forEach((c, i) => c.support.forEach((s, j) => check(`/summary/${i}/support/${j}`, s)));
  b.quotes?.forEach((q, i) => q.occurrences.forEach((s, j) => check(`/quotes/${i}/occurrences/${j}`, s)));
  b.entities?.forEach((e, i) => e.mentions.forEach((s, j) => check(`/entities/${i}/mentions/${j}`, s)));
  b.quantities?.forEach((q, i) => check(`/quantities/${i}`, q));
  b.discrepancies?.forEach((d, i) => d.variants.forEach((s, j) => check(`/discrepancies/${i}/variants/${j}`, s)));
  b.attributions?.forEach((a, i) => check(`/attributions/${i}`, a));
  b.timeline?.forEach((t, i) => {
    check(`/timeline/${i}`, t);
    t.also?.forEach((s, j) => check(`/timeline/${i}/also/${j}`, s));
  });
  return problems;
}
