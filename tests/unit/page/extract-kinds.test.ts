import { describe, expect, it } from 'vitest';
import { detectPage, extractPage } from '../../../lib/page/platforms';
import { golden } from '../../support/fixtures';
import { caseDocument, KIND_CASES } from '../../support/kind-cases';

describe('every page kind', () => {
  for (const testCase of KIND_CASES) {
    it(`${testCase.platform ?? 'moderngov'}/${testCase.kind}: ${testCase.fixture}`, () => {
      const url = new URL(testCase.url);
      const document = caseDocument(testCase);
      const detection = detectPage(url, document);
      expect(detection).toEqual({ platform: testCase.platform ?? 'moderngov', kind: testCase.kind });
      const result = extractPage(detection!, url, document);
      expect(result.ok, result.ok ? '' : `${result.code} ${result.detail ?? ''}`).toBe(true);
      expect(result).toEqual(golden(`kind-${testCase.fixture.replace(/\.html$/, '.json')}`, result));
    });
  }
});
