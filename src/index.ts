/** The library API of corroborate. The CLI only wraps these. */
export { brief, briefFromTexts, briefFromArticles, annotateAll, extractAll, sourceIds } from './pipeline.js';
export type { BriefOptions } from './pipeline.js';
export { ingest, ingestSettled } from './ingest/index.js';
export type { IngestOptions, IngestResult } from './ingest/index.js';
export { extract } from './extract/index.js';
export { annotate } from './annotate/index.js';
export { align } from './align/index.js';
export { buildBrief } from './brief/build.js';
export { renderTerminal } from './render/terminal.js';
export { renderMarkdown } from './render/markdown.js';
export { validateBrief } from './brief/validate.js';
export { InputError, UsageError } from './util/errors.js';
export type * from './doc/types.js';
export type * from './brief/types.js';
