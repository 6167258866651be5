/**
 * The fixture sites and the reference summary service in a process of their own, for the latency
 * bench: served from the bench's own process, they answered the pages while the same event loop
 * handled DevTools traffic from every extension target, which slowed the pages timed with Council
 * Lens alone. Prints the fixture port on its first line; stops when its input closes.
 */
import { startFixtureServer } from '../tests/support/fixture-server';
import { DEFAULT_SERVICE_PORT, startServiceServer } from './service/server';

const service = await startServiceServer({ port: DEFAULT_SERVICE_PORT });
const site = await startFixtureServer();
console.log(String(site.port));
process.stdin.resume();
process.stdin.on('end', () => void Promise.all([site.close(), service.close()]).finally(() => process.exit(0)));
