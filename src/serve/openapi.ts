/** The OpenAPI description of the JSON endpoints; the pages use exactly these. */
import { VERSION } from '../version.js';

const error = { description: 'One-line error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const storyId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export function openApi(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'corroborate', version: VERSION, description: 'Cross-source briefs of stored stories.' },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stored stories, newest activity first',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'search in titles and text' },
            { name: 'since', in: 'query', schema: { type: 'string' }, description: 'ISO time or a duration such as 2d' },
          ],
          responses: {
            '200': { description: 'Stories', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Story' } } } } },
            '400': error,
          },
        },
      },
      '/api/stories/{id}/brief': {
        get: {
          summary: 'The brief of a story (brief contract v1, schema/brief.schema.json)',
          parameters: [storyId, { name: 'format', in: 'query', schema: { enum: ['json', 'markdown', 'html'] } }],
          responses: { '200': { description: 'The brief' }, '404': error },
        },
      },
      '/api/stories/{id}/reports/{report}': {
        get: {
          summary: 'One report of a story: its text, metadata, what was removed, and its highlighted spans',
          parameters: [storyId, { name: 'report', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The report' }, '404': error },
        },
      },
      '/api/reports': {
        post: {
          summary: 'Add reports: pasted or dropped texts, URLs or feeds',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    texts: { type: 'array', items: { type: 'object', required: ['name', 'text'], properties: { name: { type: 'string' }, text: { type: 'string' } } } },
                    urls: { type: 'array', items: { type: 'string', format: 'uri' } },
                  },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'What was added, the stories touched, one line per failed input',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/AddResult' } } },
            },
            '400': error,
            '413': error,
          },
        },
      },
      '/api/revision': {
        get: {
          summary: 'A number that changes when stories change (the pages poll it)',
          responses: { '200': { description: 'The revision', content: { 'application/json': { schema: { type: 'object', properties: { revision: { type: 'integer' } } } } } } },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        AddResult: {
          type: 'object',
          required: ['added', 'stories', 'errors'],
          properties: {
            added: { type: 'integer', description: 'new reports and new versions (a duplicate adds nothing)' },
            stories: { type: 'array', items: { type: 'string' } },
            errors: { type: 'array', items: { type: 'string' }, description: 'one line per input that failed: "input: problem"' },
          },
        },
        Story: {
          type: 'object',
          required: ['id', 'title', 'reports', 'firstSeen', 'lastSeen'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            firstSeen: { type: 'string' },
            lastSeen: { type: 'string' },
            reports: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  input: { type: 'string' },
                  url: { type: ['string', 'null'] },
                  title: { type: ['string', 'null'] },
                  outlet: { type: ['string', 'null'] },
                  publishedAt: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
      },
    },
  };
}
