/**
 * The reference summary service: a real HTTP server that speaks lib/service/contract.ts, over
 * the data converted from the service's published pages (data/SOURCES.md). `npm run service`
 * starts it; the demo, the e2e tests and the bench use it over real HTTP.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { Council, ServiceDecision, ServiceMeeting, type PageLookup } from '../../lib/background/service/contract';
import { servicePageKey } from '../../lib/background/service/page-key';

export const DEFAULT_SERVICE_PORT = 8787;

const ServiceData = z.object({ councils: z.array(Council), meetings: z.array(ServiceMeeting), decisions: z.array(ServiceDecision) });
type ServiceData = z.infer<typeof ServiceData>;

export type Plan = 'professional' | 'resident' | 'lapsed';

/** Keys the reference server accepts, for the demo and tests. A real deployment has its own. */
export const DEMO_KEYS: Record<string, Plan> = {
  'demo-professional-key': 'professional',
  'demo-resident-key': 'resident',
  'demo-lapsed-key': 'lapsed',
};

export function loadServiceData(): ServiceData {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'data', 'service-data.json');
  return ServiceData.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface ServiceServerOptions {
  port?: number;
  host?: string;
  data?: ServiceData;
  keys?: Record<string, Plan>;
  /** Requests allowed per client per minute before 429. */
  requestsPerMinute?: number;
}

export interface ServiceServer {
  port: number;
  url: string;
  requests: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

function error(response: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>): void {
  send(response, status, { error: { code, message } }, headers);
}

export async function startServiceServer(options: ServiceServerOptions = {}): Promise<ServiceServer> {
  const data = options.data ?? loadServiceData();
  const keys = options.keys ?? DEMO_KEYS;
  const perMinute = options.requestsPerMinute ?? 120;
  const councils = new Map(data.councils.map((council) => [council.slug, council]));
  const meetingsByPage = new Map(data.meetings.map((meeting) => [servicePageKey(meeting.councilUrl), meeting]));
  const decisionsByPage = new Map(data.decisions.map((decision) => [servicePageKey(decision.councilUrl), decision]));
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const requests: ServiceServer['requests'] = [];

  /** Limited coverage hides summaries, except from subscribers, whose plan includes every council. */
  const forCaller = (meeting: ServiceMeeting, plan: Plan | undefined): ServiceMeeting => {
    const council = councils.get(meeting.council.slug);
    if (meeting.council.coverage === 'full' || plan === 'professional') return { ...meeting, council: { ...meeting.council, coverage: 'full' } };
    const { summary: _hidden, ...rest } = meeting;
    return { ...rest, ...(council?.limitedNotice ? { limitedNotice: council.limitedNotice } : {}) };
  };

  const allow = (client: string): number => {
    const now = Date.now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, updated: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.updated) / 60_000) * perMinute);
    bucket.updated = now;
    buckets.set(client, bucket);
    if (bucket.tokens < 1) return Math.ceil(((1 - bucket.tokens) * 60) / perMinute);
    bucket.tokens -= 1;
    return 0;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://service.invalid');
    const authorization = request.headers.authorization;
    requests.push({ path: `${url.pathname}${url.search}`, ...(authorization ? { authorization } : {}) });
    if (request.method !== 'GET') return error(response, 405, 'bad_request', 'Only GET is supported.');

    let plan: Plan | undefined;
    if (authorization !== undefined) {
      const key = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      plan = key ? keys[key] : undefined;
      if (!plan) return error(response, 401, 'unauthorized', 'The API key is not recognised.');
      if (plan === 'lapsed') return error(response, 403, 'forbidden', 'This subscription has lapsed; renew it to use the API.');
    }
    const retryAfter = allow(authorization ?? request.socket.remoteAddress ?? 'anonymous');
    if (retryAfter > 0) return error(response, 429, 'rate_limited', 'Too many requests.', { 'retry-after': String(retryAfter) });

    const route = url.pathname.replace(/\/+$/, '');
    if (route === '/v1/pages') {
      const pageUrl = url.searchParams.get('url');
      const key = pageUrl ? servicePageKey(pageUrl) : undefined;
      if (!key) return error(response, 400, 'bad_request', 'Give the council page address as ?url=.');
      const meeting = meetingsByPage.get(key);
      if (meeting) return send(response, 200, { kind: 'meeting', meeting: forCaller(meeting, plan) } satisfies PageLookup);
      const decision = decisionsByPage.get(key);
      if (decision) return send(response, 200, { kind: 'decision', decision } satisfies PageLookup);
      return error(response, 404, 'not_found', 'The service has nothing for this page yet.');
    }
    const [, version, collection, id] = route.split('/');
    if (version === 'v1' && id) {
      const found =
        collection === 'meetings'
          ? data.meetings.find((meeting) => meeting.id === id)
          : collection === 'decisions'
            ? data.decisions.find((decision) => decision.id === id)
            : collection === 'councils'
              ? councils.get(id)
              : undefined;
      if (found && collection === 'meetings') return send(response, 200, forCaller(found as ServiceMeeting, plan));
      if (found) return send(response, 200, found);
    }
    return error(response, 404, 'not_found', 'No such resource.');
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      error(response, 500, 'internal', 'The service failed.');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_SERVICE_PORT, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
