import { describe, expect, it } from 'vitest';
import { byCodeUnit, byName } from '../../../lib/shared/order';

describe('orderings without a collator', () => {
  it('sorts names case and accents aside, the same every time, and machine text by code unit', () => {
    expect(['de Souza', 'Dean', 'Öztürk', 'Oz', 'Ozanne', 'adams', 'Baker'].sort(byName)).toEqual([
      'adams',
      'Baker',
      'de Souza',
      'Dean',
      'Oz',
      'Ozanne',
      'Öztürk',
    ]);
    expect(['Smith', 'smith'].sort(byName)).toEqual(['Smith', 'smith']);
    expect(['2026-03-10T18:00', '2025-12-01', '2026-03-10T09:30'].sort(byCodeUnit)).toEqual(['2025-12-01', '2026-03-10T09:30', '2026-03-10T18:00']);
  });
});
