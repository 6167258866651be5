import { describe, expect, it } from 'vitest';
import { PageData } from '../../../lib/page/kinds';
import { extractorFor, type PageKind } from '../../../lib/page/platforms';
import { caseDocument, KIND_CASES, type KindCase } from '../../support/kind-cases';
import { ENGLISH, failureText } from '../../../lib/shared/i18n';

/**
 * A small mutation fuzzer: each fixture, with nodes shuffled, removed or duplicated, must
 * give a valid page or the "couldn't read" state. Extractors are called directly (not
 * through extractPage's safety net), so a throw fails the test.
 */

const CASES: KindCase[] = [
  ...KIND_CASES,
  {
    url: 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
    fixture: 'moderngov-kingston-meeting-CId711-MId10221.html',
    kind: 'meeting',
  },
  { url: 'https://example.moderngov.co.uk/ieListDocuments.aspx?CId=452&MId=3001', fixture: 'handmade-moderngov-meeting-cancelled.html', kind: 'meeting' },
];
const MUTANTS_PER_FIXTURE = 40;

/** mulberry32: a seeded generator, so every run fuzzes the same mutants and failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(document: Document, next: () => number): string {
  const elements = Array.from(document.body?.querySelectorAll('*') ?? []);
  const operations: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let index = 0; index < count && elements.length > 0; index += 1) {
    const element = elements[Math.floor(next() * elements.length)]!;
    const choice = next();
    if (choice < 0.35) {
      operations.push(`remove <${element.tagName.toLowerCase()}.${element.className}>`);
      element.remove();
    } else if (choice < 0.7) {
      operations.push(`duplicate <${element.tagName.toLowerCase()}.${element.className}>`);
      element.after(element.cloneNode(true));
    } else {
      const children = Array.from(element.children);
      operations.push(`shuffle children of <${element.tagName.toLowerCase()}.${element.className}>`);
      for (let child = children.length - 1; child > 0; child -= 1) {
        const swap = Math.floor(next() * (child + 1));
        element.appendChild(children[swap]!);
        children.splice(swap, 1);
      }
    }
  }
  return operations.join('; ');
}

describe('extractors under mutation', () => {
  for (const [caseIndex, testCase] of CASES.entries()) {
    it(`${testCase.fixture}: ${MUTANTS_PER_FIXTURE} mutants each give a valid page or "couldn't read"`, () => {
      const extractor = extractorFor({ platform: testCase.platform ?? 'moderngov', kind: testCase.kind as PageKind });
      expect(extractor, `no extractor for ${testCase.kind}`).toBeDefined();
      const next = random(1000 + caseIndex);
      let readable = 0;
      for (let mutant = 0; mutant < MUTANTS_PER_FIXTURE; mutant += 1) {
        const document = caseDocument(testCase);
        const operations = mutate(document, next);
        let result: ReturnType<NonNullable<typeof extractor>>;
        try {
          result = extractor!(new URL(testCase.url), document);
        } catch (error) {
          throw new Error(`Mutant ${mutant} of ${testCase.fixture} (${operations}) made the extractor throw: ${String(error)}`);
        }
        if (result.ok) {
          readable += 1;
          expect(PageData.safeParse(result.data).success, `mutant ${mutant}: ${operations}`).toBe(true);
        } else {
          expect(['page_markup_missing', 'page_unreadable', 'page_kind_unsupported']).toContain(result.code);
          expect(failureText(ENGLISH.t, result).length).toBeGreaterThan(20);
        }
      }
      // Most single-node mutations leave a page readable: the fuzzer must not only produce garbage.
      expect(readable).toBeGreaterThan(0);
      // 40 parses of the real 200 KB Kingston page take about 4 s here and more on a loaded machine: no timing is asserted.
    }, 60_000);
  }
});
