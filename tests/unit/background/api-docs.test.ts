import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMarkdown, buildOpenApi, DOCS_DIR } from '../../../scripts/api-docs';

describe('generated API documents', () => {
  it('docs/openapi.json matches the zod contract (run `npm run api-docs` after changing it)', () => {
    expect(JSON.parse(readFileSync(join(DOCS_DIR, 'openapi.json'), 'utf8'))).toEqual(buildOpenApi());
  });

  it('docs/service-api.md matches the zod contract (run `npm run api-docs` after changing it)', () => {
    expect(readFileSync(join(DOCS_DIR, 'service-api.md'), 'utf8')).toBe(buildMarkdown());
  });

  it('is OpenAPI 3.1 with every endpoint of the contract', () => {
    const document = buildOpenApi();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths as object)).toEqual(['/v1/pages', '/v1/meetings/{id}', '/v1/decisions/{id}', '/v1/councils/{slug}']);
  });
});
