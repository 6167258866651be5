/**
 * Generates docs/openapi.json (OpenAPI 3.1) and docs/service-api.md from the zod contract in
 * lib/background/service/contract.ts. `npm run api-docs` writes them; tests/unit/api-docs.test.ts fails
 * when the committed files drift from the schemas.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { ENDPOINTS, ERROR_CODES, SERVICE_SCHEMAS } from '../lib/background/service/contract';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request: a missing or malformed parameter.',
  401: 'The API key is missing where one is required, unknown, or malformed.',
  403: 'The API key is valid but its plan does not allow this request.',
  404: 'The service has nothing for this page, meeting, decision or council.',
  429: 'Too many requests. `Retry-After` says how many seconds to wait.',
};

function schemaName(schema: unknown): string {
  const id = SERVICE_SCHEMAS.get(schema as never)?.id;
  if (!id) throw new Error('Every endpoint response must be a registered schema.');
  return id;
}

export function buildOpenApi(): Record<string, unknown> {
  const components = z.toJSONSchema(SERVICE_SCHEMAS, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(components).map(([id, schema]) => [
      id,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id' && key !== 'id')),
    ]),
  );
  const paths: Record<string, unknown> = {};
  for (const endpoint of ENDPOINTS) {
    const parameters = [
      ...('params' in endpoint ? endpoint.params : []).map((param) => ({
        name: param.name,
        in: 'path',
        required: true,
        description: param.description,
        schema: { type: 'string' },
      })),
      ...('query' in endpoint ? endpoint.query : []).map((param) => ({
        name: param.name,
        in: 'query',
        required: true,
        description: param.description,
        schema: { type: 'string', format: 'uri' },
      })),
    ];
    const responses: Record<string, unknown> = {
      200: { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(endpoint.response)}` } } } },
    };
    for (const status of endpoint.errors) {
      responses[status] = {
        description: STATUS_TEXT[status],
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } } } } : {}),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    paths[endpoint.path] = { get: { summary: endpoint.summary, description: endpoint.description, parameters, responses } };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Council Lens summary service',
      version: '1.0.0',
      description: 'AI summaries of UK council meetings, with footnotes, and an analysis of each decision. Generated from lib/background/service/contract.ts.',
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'The reference server (`npm run service`)' }],
    security: [{}, { bearer: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Optional: a subscriber key. Subscribers see summaries for councils that are otherwise on limited coverage.',
        },
      },
    },
  };
}

function describeSchema(id: string, schema: Record<string, unknown>): string {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(([name, property]) => {
    const type =
      typeof property.$ref === 'string'
        ? `[${property.$ref.split('/').pop()}](#${String(property.$ref.split('/').pop()).toLowerCase()})`
        : property.type === 'array'
          ? `array of ${
              (property.items as Record<string, unknown>)?.$ref
                ? String((property.items as Record<string, string>).$ref)
                    .split('/')
                    .pop()
                : String((property.items as Record<string, unknown>)?.type)
            }`
          : Array.isArray(property.enum)
            ? property.enum.map((value) => `\`${String(value)}\``).join(' \\| ')
            : String(property.type ?? (property.const !== undefined ? `\`${String(property.const)}\`` : 'object'));
    const notes = [
      property.pattern ? `pattern \`${String(property.pattern)}\`` : '',
      property.minimum !== undefined ? `${String(property.minimum)}–${String(property.maximum)}` : '',
      typeof property.description === 'string' ? property.description : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `| \`${name}\` | ${type} | ${required.has(name) ? 'yes' : 'no'} | ${notes.replace(/\|/g, '\\|')} |`;
  });
  if (rows.length === 0)
    return `### ${id}\n\n${Array.isArray(schema.enum) ? `One of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}. ${String(schema.description ?? '')}` : Array.isArray(schema.oneOf) ? 'One of the shapes below, told apart by `kind`: `{kind: "meeting", meeting: Meeting}` or `{kind: "decision", decision: Decision}`.' : ''}\n`;
  return `### ${id}\n\n| field | type | required | notes |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

export function buildMarkdown(openApi = buildOpenApi()): string {
  const paths = openApi.paths as Record<string, { get: { summary: string; description: string; responses: Record<string, { description?: string }> } }>;
  const schemas = (openApi.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
  const lines = [
    '# Summary service API',
    '',
    '<!-- Generated by `npm run api-docs` from lib/background/service/contract.ts. Do not edit by hand. -->',
    '',
    'JSON over HTTPS. Every response body is validated by Council Lens against these schemas; anything else is treated as unexpected data. The machine-readable version is [openapi.json](openapi.json).',
    '',
    '## Authentication',
    '',
    'Optional: `Authorization: Bearer <key>` for subscribers. Without a key the service answers as for a resident. `401` means the key is unknown; `403` means the key is valid but its plan does not allow the request.',
    '',
    '## Errors',
    '',
    `Errors are always \`{"error": {"code": "…", "message": "…"}}\` with \`code\` one of ${ERROR_CODES.map((code) => `\`${code}\``).join(', ')}. \`429\` comes with \`Retry-After\` (seconds).`,
    '',
    '## Endpoints',
    '',
  ];
  for (const [path, item] of Object.entries(paths)) {
    lines.push(`### \`GET ${path}\``, '', `${item.get.summary}. ${item.get.description}`, '', '| status | meaning |', '|---|---|');
    for (const [status, response] of Object.entries(item.get.responses))
      lines.push(`| ${status} | ${status === '200' ? 'OK' : String(response.description)} |`);
    lines.push('');
  }
  lines.push('## Schemas', '');
  for (const [id, schema] of Object.entries(schemas)) lines.push(describeSchema(id, schema));
  return `${lines.join('\n').trim()}\n`;
}

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const openApi = buildOpenApi();
  await writeFile(join(DOCS_DIR, 'openapi.json'), `${JSON.stringify(openApi, null, 2)}\n`);
  await writeFile(join(DOCS_DIR, 'service-api.md'), buildMarkdown(openApi));
  console.log(`Wrote ${join(DOCS_DIR, 'openapi.json')} and ${join(DOCS_DIR, 'service-api.md')}`);
}
