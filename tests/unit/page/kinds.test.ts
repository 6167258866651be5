import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../../lib/page/kinds';
import { EXTRACTORS, PLATFORMS, detectPage, extractorFor } from '../../../lib/page/platforms';
import { PAGE_VIEWS } from '../../../components/PageView';
import { ENGLISH } from '../../../lib/shared/i18n';
import { KIND_CASES } from '../../support/kind-cases';

/**
 * Page kinds in one place: the type checker refuses a kind without its detector, extractor,
 * view or catalogue name; this checks the same at run time, and that each kind is proven on a
 * real (or hand-made) page of its own.
 */
// The views' table is typed to hold every kind of the page model, so its keys are the whole list.
const PAGE_KINDS = Object.keys(PAGE_VIEWS) as PageKind[];

describe('every page kind', () => {
  it.each(PAGE_KINDS)('%s has a detector with real addresses, an extractor, a view, a name, and a page that is read as it', (kind) => {
    const detectors = PLATFORMS.flatMap((platform) =>
      platform.detectors.filter((detector) => detector.kind === kind).map((detector) => ({ platform, detector })),
    );
    expect(detectors.length).toBeGreaterThan(0);
    for (const { platform, detector } of detectors) {
      expect(detector.examples.length, `${platform.id} ${kind} examples`).toBeGreaterThan(0);
      expect(extractorFor({ platform: platform.id, kind }), `${platform.id} ${kind} extractor`).toBeTypeOf('function');
    }
    expect(PAGE_VIEWS[kind]).toBeTypeOf('function');
    expect(ENGLISH.t(`kind_${kind}`)).not.toBe(`kind_${kind}`);
    const cases = KIND_CASES.filter((testCase) => testCase.kind === kind);
    expect(cases.length, `a fixture page of kind ${kind} in tests/support/kind-cases.ts`).toBeGreaterThan(0);
    for (const testCase of cases) expect(detectPage(new URL(testCase.url))?.kind).toBe(kind);
  });

  it('no platform has an extractor for a kind it does not detect', () => {
    for (const platform of PLATFORMS) {
      const detected = new Set(platform.detectors.map((detector) => detector.kind));
      expect(Object.keys(EXTRACTORS[platform.id]).filter((kind) => !detected.has(kind as never))).toEqual([]);
    }
  });
});
