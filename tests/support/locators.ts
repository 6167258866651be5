import type { Locator } from '@playwright/test';

/** One person's row: a list item that holds no list of its own (groups do). */
export function row(list: Locator, name: string): Locator {
  return list
    .getByRole('listitem')
    .filter({ hasText: name })
    .filter({ hasNot: list.page().getByRole('list') });
}
