import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';
import { FIXTURE_SITES, type FixtureRoute } from './fixture-sites';

export interface RecordedRequest {
  host: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  requests: RecordedRequest[];
  /** Paths whose slow answer the client gave up on before it was complete. */
  aborted: string[];
  /** Takes a council's site down (every connection to it is dropped unanswered), or brings it back. */
  setDown(host: string, down: boolean): void;
  close(): Promise<void>;
}

const STATIC_TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

function findRoute(host: string, url: URL): FixtureRoute | undefined {
  const query = new Map([...url.searchParams].map(([key, value]) => [key.toLowerCase(), value]));
  return FIXTURE_SITES[host]?.find(
    (route) => route.path === url.pathname.toLowerCase() && Object.entries(route.query ?? {}).every(([key, value]) => query.get(key) === value),
  );
}

/** Routes whose first answer has been cut off already, by host and path. */
const cutOff = new Set<string>();

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  requests: RecordedRequest[],
  aborted: string[],
  down: ReadonlySet<string>,
): Promise<void> {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(request.url ?? '/', `http://${host}`);
  requests.push({ host, path: `${url.pathname}${url.search}` });
  if (down.has(host)) {
    response.socket?.destroy();
    return;
  }
  const route = findRoute(host, url);
  if (route?.redirect) {
    response.writeHead(302, { location: route.redirect, 'content-type': 'text/html; charset=utf-8' });
    response.end();
    return;
  }
  if (route?.file || route?.bytes) {
    const body = route.bytes ? Buffer.from(route.bytes()) : await readFile(join(FIXTURES, route.file!));
    response.writeHead(route.status ?? 200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'content-length': String(body.length),
      etag: `"${body.length}"`,
    });
    if (route.cutOffFirst && !cutOff.has(`${host}${url.pathname}`)) {
      cutOff.add(`${host}${url.pathname}`);
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      response.socket?.destroy();
      return;
    }
    if (!route.chunkDelayMs) {
      response.end(body);
      return;
    }
    const chunk = Math.ceil(body.length / 40);
    for (let offset = 0; offset < body.length && !response.destroyed; offset += chunk) {
      response.write(body.subarray(offset, offset + chunk));
      await new Promise((resolve) => setTimeout(resolve, route.chunkDelayMs));
    }
    if (response.destroyed) aborted.push(url.pathname);
    response.end();
    return;
  }
  if (route?.status) {
    response.writeHead(route.status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><title>Error ${route.status}</title><h1>Error ${route.status}</h1>`);
    return;
  }
  // The saved pages reference the councils' stylesheets, scripts and images: answer with
  // empty ones so the browser console only shows what the pages and the extension do.
  const extension = /\.[a-z]+$/i.exec(url.pathname)?.[0]?.toLowerCase() ?? '';
  const staticType = STATIC_TYPES[extension];
  if (staticType) {
    response.writeHead(200, { 'content-type': staticType });
    response.end();
    return;
  }
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!DOCTYPE html><title>Not found</title><h1>Not found</h1>');
}

/**
 * Serves the fixture sites on one loopback port: directly (Chromium maps the councils' host
 * names here), and as an HTTP proxy for browsers without host mapping (Firefox). A proxied
 * https request (CONNECT) is answered by the same routes over TLS with a test certificate.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const aborted: string[] = [];
  const down = new Set<string>();
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, requests, aborted, down).catch(() => {
      response.writeHead(500);
      response.end();
    });
  };
  const server = createServer(answer);
  const [key, cert] = await Promise.all([readFile(join(FIXTURES, 'tls', 'fixture-key.pem')), readFile(join(FIXTURES, 'tls', 'fixture-cert.pem'))]);
  const tlsServer = createTlsServer({ key, cert }, answer);
  const tunnels = new Set<Duplex>();
  server.on('connect', (_request: IncomingMessage, socket: Duplex, head: Buffer) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    aborted,
    setDown: (host, isDown) => void (isDown ? down.add(host.toLowerCase()) : down.delete(host.toLowerCase())),
    close: () =>
      new Promise<void>((resolve) => {
        tunnels.forEach((socket) => socket.destroy());
        tlsServer.closeAllConnections();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
