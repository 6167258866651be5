import type { BrowserContext } from '@playwright/test';

/** Reads the system clipboard from a loopback page (a secure context the test may grant reading to). */
export async function readClipboard(context: BrowserContext, port: number): Promise<string> {
  const reader = await context.newPage();
  const origin = `http://127.0.0.1:${port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await reader.goto(`${origin}/clipboard-reader`);
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}
