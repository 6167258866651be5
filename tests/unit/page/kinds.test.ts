import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_READINGS, type PageKind } from '../../../lib/page/kinds';
import { KIND_VIEWS } from '../../../lib/page/kinds/views';
import { PLATFORM_DETECTION, detectPage, extractorFor } from '../../../lib/page/platforms';
import { ENGLISH } from '../../../lib/shared/i18n';
import { KIND_CASES } from '../../support/kind-cases';

/**
 * Page kinds in one place: the type checker refuses a kind without its detector, extractor,
 * view or catalogue name; this checks the same at run time, and that each kind is proven on a
 * real (or hand-made) page of its own.
 */
// The readings' table is typed to hold every kind of the page model, so its keys are the whole list.
const PAGE_KINDS = Object.keys(KIND_READINGS) as PageKind[];

describe('every page kind', () => {
  it.each(PAGE_KINDS)('%s has a detector with real addresses, an extractor, a view, a name, and a page that is read as it', (kind) => {
    const detectors = PLATFORM_DETECTION.flatMap((platform) =>
      platform.detectors.filter((detector) => detector.kind === kind).map((detector) => ({ platform, detector })),
    );
    expect(detectors.length).toBeGreaterThan(0);
    for (const { platform, detector } of detectors) {
      expect(detector.examples.length, `${platform.id} ${kind} examples`).toBeGreaterThan(0);
      expect(extractorFor({ platform: platform.id, kind }), `${platform.id} ${kind} extractor`).toBeTypeOf('function');
    }
    expect(KIND_VIEWS[kind]).toBeTypeOf('function');
    expect(ENGLISH.t(`kind_${kind}`)).not.toBe(`kind_${kind}`);
    const cases = KIND_CASES.filter((testCase) => testCase.kind === kind);
    expect(cases.length, `a fixture page of kind ${kind} in tests/support/kind-cases.ts`).toBeGreaterThan(0);
    for (const testCase of cases) expect(detectPage(new URL(testCase.url))?.kind).toBe(kind);
  });

  it('has its views and readings for the same kinds', () => {
    expect(Object.keys(KIND_VIEWS).sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('is read on each platform by the detector and extractor it declares together', () => {
    for (const kind of PAGE_KINDS) {
      const reading = KIND_READINGS[kind];
      for (const platform of ['moderngov', 'cmis'] as const) {
        const onPlatform = reading[platform];
        if (!onPlatform) continue;
        expect(onPlatform.detector.kind).toBe(kind);
        expect(PLATFORM_DETECTION.find((detection) => detection.id === platform)?.detectors).toContain(onPlatform.detector);
        expect(extractorFor({ platform, kind })).toBe(onPlatform.extract);
      }
    }
  });

  it('lives in one folder each, with its model, its ModernGov extractor, its reading and its view', () => {
    const kindsFolder = join(import.meta.dirname, '../../../lib/page/kinds');
    const folders = readdirSync(kindsFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      for (const file of ['model.ts', 'moderngov.ts', 'index.ts', 'view.tsx']) {
        expect(existsSync(join(kindsFolder, folder.name, file)), `lib/page/kinds/${folder.name}/${file}`).toBe(true);
      }
    }
    // Every folder holds at least one kind, and every kind is in a folder: twelve kinds in ten folders today.
    expect(folders.length).toBeLessThanOrEqual(PAGE_KINDS.length);
  });
});
