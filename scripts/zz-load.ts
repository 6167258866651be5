import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/support/fixture-server';
import { PAGE_URLS, MEETING_URLS } from '../tests/support/fixture-sites';
import { launchWithExtension } from '../tests/support/launch';
const site = await startFixtureServer();
const mk = async (withExtension: boolean) => {
  const context = await launchWithExtension({ userDataDir: await mkdtemp(join(tmpdir(), 'zz-')), port: site.port, withExtension, inspectSidebar: false });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
};
const a = await mk(false), b = await mk(true);
for (const url of [MEETING_URLS.kingston, PAGE_URLS.decision1613]) {
  const res: Record<string, number[][]> = { bare: [], lens: [] };
  for (let i = 0; i < 10; i++) for (const [name, br] of [['bare', a], ['lens', b]] as const) {
    await br.page.goto('about:blank'); await br.page.goto(url);
    await br.page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)?.loadEventEnd > 0);
    const t = await br.page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventStart, n.loadEventEnd].map(Math.round); });
    res[name]!.push(t);
    await new Promise((r) => setTimeout(r, Number(process.env.SETTLE ?? 400)));
  }
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  for (const name of ['bare', 'lens']) console.log(url.slice(0, 50), name, [0, 1, 2, 3].map((k) => med(res[name]!.map((r) => r[k]!))).join(' '));
}
await a.context.close(); await b.context.close(); await site.close();
