import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { xssPayloads } from './xss-payloads';

/**
 * A summary service gone wrong, on the service's own address. Which way it goes wrong is
 * chosen by the council page asked about (`hostile.moderngov.co.uk/ieListDocuments.aspx?MId=N`),
 * so one page per failure can be visited in a real browser.
 */
export const HOSTILE_MODES = {
  1: 'xss',
  2: 'malformed',
  3: 'wrongTypes',
  4: 'huge',
  5: 'hang',
  6: 'unauthorised',
  7: 'rateLimited',
  8: 'serverError',
  9: 'badFields',
} as const;

const payloads = xssPayloads();
/** Every string field carries every payload; URL fields carry the ones that parse as URLs. */
const all = payloads.join(' ');
const urlPayload = `https://evil.example/"><img/src=x/onerror=window.__councilLensXss=1>`;

function xssMeeting() {
  const council = { slug: 'hostile', name: all, coverage: 'full' };
  return {
    kind: 'meeting',
    meeting: {
      id: all,
      council,
      title: all,
      committee: all,
      startsAt: '2025-10-01T18:30:00+01:00',
      councilUrl: urlPayload,
      summary: {
        markdown: payloads.map((payload, index) => `${index % 7 === 0 ? '## ' : ''}${payload} [^${(index % 5) + 1}]`).join('\n\n'),
        footnotes: [1, 2, 3, 4, 5].map((id) => ({ id: String(id), markdown: all })),
        generatedBy: all,
        updatedAt: '2025-09-26T09:00:00+01:00',
      },
      limitedNotice: all,
      suggestedQuestions: payloads,
      topics: payloads,
      attendees: payloads.map((payload) => ({ name: payload, role: payload, party: payload, ward: payload, photoUrl: urlPayload, profileUrl: urlPayload })),
      documents: payloads.map((payload) => ({ title: payload, url: urlPayload, group: 'additional' })),
    },
  };
}

function xssDecision() {
  return {
    kind: 'decision',
    decision: {
      id: all,
      council: { slug: 'hostile', name: all, coverage: 'full' },
      title: all,
      councilUrl: urlPayload,
      decisionMaker: all,
      outcome: all,
      isKeyDecision: true,
      isCallableIn: true,
      purpose: all,
      content: all,
      decidedOn: '2025-07-02',
      analysis: {
        outcome: all,
        summary: all,
        topline: all,
        reason_contentious: all,
        affected_stakeholders: payloads,
        contentiousness_score: 9,
        political_party_relevance: all,
      },
    },
  };
}

/** A good meeting with a few bad fields: a `javascript:` photo, a `data:` document, a footnote with a bad id. */
function meetingWithBadFields() {
  return {
    kind: 'meeting',
    meeting: {
      id: 'bad-fields',
      council: { slug: 'hostile', name: 'Hostile Borough Council', coverage: 'full' },
      title: 'Delegated Decisions',
      committee: 'Delegated Decisions',
      startsAt: '2025-10-01T18:30:00+01:00',
      councilUrl: 'http://hostile.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=9',
      summary: {
        markdown: 'The Cabinet Member agreed the new parking charges for the town centre [^1].',
        footnotes: [
          { id: '1', markdown: 'Decision notice, page 2' },
          { id: 'not an id!', markdown: 'dropped' },
        ],
        generatedBy: 'hostile-service',
        updatedAt: '2025-09-26T09:00:00+01:00',
      },
      suggestedQuestions: ['How much will parking cost?', 42],
      topics: ['Parking'],
      attendees: [
        { name: 'Cllr Ada Good', party: 'Labour', role: 'Cabinet Member', profileUrl: 'http://hostile.moderngov.co.uk/mgUserInfo.aspx?UID=1' },
        { name: 'Cllr Bea Badlink', party: 'Green', photoUrl: 'javascript:window.__councilLensXss=1', profileUrl: 'javascript:window.__councilLensXss=1' },
      ],
      documents: [
        { title: 'Decision notice', url: 'http://hostile.moderngov.co.uk/documents/s1/notice.pdf', group: 'agenda' },
        { title: 'Planted document', url: 'data:text/html,<script>window.__councilLensXss=1</script>', group: 'additional' },
      ],
    },
  };
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export async function startHostileService(port: number): Promise<{ close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://service.invalid');
    const page = new URL(url.searchParams.get('url') ?? 'http://x/');
    if (/iedecisiondetails/i.test(page.pathname)) return json(response, 200, xssDecision());
    const mode = HOSTILE_MODES[Number(page.searchParams.get('MId') ?? page.searchParams.get('mid')) as keyof typeof HOSTILE_MODES];
    switch (mode) {
      case 'xss':
        return json(response, 200, xssMeeting());
      case 'malformed':
        return json(response, 200, '{"kind": "meeting", "meeting": {"id": "1", "title": ');
      case 'wrongTypes':
        return json(response, 200, { kind: 'meeting', meeting: { id: 7, council: 'none', title: ['a'], attendees: 'all of them', documents: null } });
      case 'huge': {
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `"${'x'.repeat(64 * 1024)}",`;
        response.write('{"kind":"meeting","padding":[');
        for (let index = 0; index < 160; index += 1) response.write(chunk);
        return response.end('""]}');
      }
      case 'hang':
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.write('{"kind":'); // and never another byte
      case 'unauthorised':
        return json(response, 401, { error: { code: 'unauthorized', message: 'bad key' } });
      case 'rateLimited':
        return json(response, 429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '120' });
      case 'badFields':
        return json(response, 200, meetingWithBadFields());
      case 'serverError':
        return json(response, 500, { error: { code: 'internal', message: 'boom' } });
      default:
        return json(response, 404, { error: { code: 'not_found', message: 'no' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  void (server.address() as AddressInfo);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
