/** `npm run service [-- --port N]` (or SERVICE_PORT=N): the reference summary service on 127.0.0.1. */
import { parseArgs } from 'node:util';
import { DEFAULT_SERVICE_PORT, DEMO_KEYS, startServiceServer } from './server';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? process.env.SERVICE_PORT ?? DEFAULT_SERVICE_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.SERVICE_PORT}`);
  process.exit(2);
}
const server = await startServiceServer({ port, host: values.host ?? '127.0.0.1' });
console.log(`Council Lens reference summary service on ${server.url}`);
console.log(`  try ${server.url}/v1/pages?url=${encodeURIComponent('https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613')}`);
console.log(
  `  subscriber keys for Authorization: Bearer <key>: ${Object.entries(DEMO_KEYS)
    .map(([key, plan]) => `${key} (${plan})`)
    .join(', ')}`,
);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
