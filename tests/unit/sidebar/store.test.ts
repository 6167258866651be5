/**
 * The sidebar's store, without Preact or a browser: the real Kingston meeting page, a fake
 * channel standing in for the background, and the English catalogue for the status words.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../lib/shared/i18n';
import type { PageSettings } from '../../../lib/protocol/page-settings';
import { detectPage, extractPage } from '../../../lib/page/platforms';
import type { ServiceAnswer } from '../../../lib/background/service/view';
import { followTargetsOf, SERVICE_FIRST_MS, type SidebarStoreDeps, sidebarStore } from '../../../lib/sidebar/store';
import { fixtureDocument, fixtureText } from '../../support/fixtures';

const PAGE_URL = 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221';
const kingston = () => {
  const url = new URL(PAGE_URL);
  const document = fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html');
  return extractPage(detectPage(url, document)!, url, document);
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function backgroundStandIn(service: ServiceAnswer) {
  const sent: { name: string; request: unknown }[] = [];
  const send = (async (name: string, request: unknown) => {
    sent.push({ name, request });
    if (name === 'lookupService') return service;
    if (name === 'lookupCouncil') return { name: 'Royal Borough of Kingston upon Thames' };
    if (name === 'fetchPortalText') return { ok: false, code: 'site_unreachable' };
    if (name === 'summariseMeeting') return new Promise(() => undefined);
    if (name === 'followState') return { following: false };
    if (name === 'councillorsFollowed') return { names: ['Councillor Sophie Bell'] };
    if (name === 'setFollow') return { following: (request as { follow: boolean }).follow };
    if (name === 'askSuggestions') return { questions: [{ id: 'decided', query: 'recommend agree decide' }] };
    if (name === 'ask')
      return {
        ok: true,
        question: (request as { question: string }).question,
        answered: false,
        passages: [],
        searched: (request as { documents: { url: string; title: string }[] }).documents.map(({ url, title }) => ({ url, title, pages: 3 })),
        unread: [],
      };
    return undefined;
  }) as SidebarStoreDeps['send'];
  return { sent, send };
}

const deps = (send: SidebarStoreDeps['send']): SidebarStoreDeps => ({
  send,
  onProgress: () => undefined,
  onAskStream: () => undefined,
  parse: (text, type) => new DOMParser().parseFromString(text, type),
  translate: (key) => ENGLISH.t(key),
  locale: 'en-GB',
  pageUrl: PAGE_URL,
  host: 'moderngov.kingston.gov.uk',
  isValid: () => true,
});
const settings: PageSettings = { autoSummaries: true, sendsToRemoteEndpoint: false, collapsed: false };

describe('the sidebar store', () => {
  it('with no summary from the service, reads the meeting’s own documents by itself, and says so', async () => {
    const background = backgroundStandIn({ ok: false, code: 'not_covered' });
    const store = sidebarStore(kingston(), settings, deps(background.send));
    expect(store.status()).toMatchObject({ kindLabel: 'Meeting', readable: true, sidebarOpen: true, summary: 'Asking the summary service…' });
    await store.start();
    await flush();
    expect(background.sent.map((message) => message.name)).toEqual(expect.arrayContaining(['lookupCouncil', 'lookupService', 'summariseMeeting']));
    expect(background.sent.find((message) => message.name === 'lookupService')!.request).toEqual({ pageUrl: PAGE_URL });
    expect(store.getState()).toMatchObject({
      councilName: 'Royal Borough of Kingston upon Thames',
      service: { ok: false, code: 'not_covered' },
      local: { meeting: { status: 'running' } },
    });
    expect(store.status().summary).toBe(ENGLISH.t('status_running'));
  });

  it('asks the service first, and the rest once its answer is in, so no other reply is read before it', async () => {
    const background = backgroundStandIn({ ok: false, code: 'not_covered' });
    let answer: (value: ServiceAnswer) => void = () => undefined;
    const held = (async (name: string, request: unknown) =>
      name === 'lookupService'
        ? (background.sent.push({ name, request }), new Promise<ServiceAnswer>((resolve) => (answer = resolve)))
        : background.send(name as never, request as never)) as SidebarStoreDeps['send'];
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(held));
    const started = store.start();
    await flush();
    expect(background.sent.map((message) => message.name)).toEqual(['lookupService']);
    answer({ ok: false, code: 'not_covered' });
    await started;
    expect(background.sent.map((message) => message.name)).toEqual(expect.arrayContaining(['lookupService', 'lookupCouncil', 'followState']));
    expect(store.getState().service).toEqual({ ok: false, code: 'not_covered' });
  });

  it('does not keep the rest waiting on a service that is slow to answer', async () => {
    const background = backgroundStandIn({ ok: false, code: 'not_covered' });
    const never = (async (name: string, request: unknown) =>
      name === 'lookupService' ? new Promise(() => undefined) : background.send(name as never, request as never)) as SidebarStoreDeps['send'];
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(never));
    const started = store.start();
    await new Promise((resolve) => setTimeout(resolve, SERVICE_FIRST_MS + 50));
    expect(background.sent.map((message) => message.name)).toEqual(expect.arrayContaining(['lookupCouncil', 'followState']));
    await started;
    expect(store.getState()).toMatchObject({ councilName: 'Royal Borough of Kingston upon Thames', service: { ok: true, status: 'loading' } });
  });

  it('without automatic summaries, reads nothing until asked; collapsing is remembered for the site and reported', async () => {
    const background = backgroundStandIn({ ok: false, code: 'service_off' });
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(background.send));
    await store.start();
    await flush();
    expect(background.sent.some((message) => message.name === 'summariseMeeting')).toBe(false);
    const seen: boolean[] = [];
    store.subscribe((state) => seen.push(state.collapsed));
    expect(store.setCollapsed(true)).toMatchObject({ sidebarOpen: false });
    expect(background.sent.at(-1)).toEqual({ name: 'setSidebarCollapsed', request: { collapsed: true } });
    expect(seen).toEqual([true]);
    store.startMeeting();
    expect(background.sent.at(-1)!.name).toBe('summariseMeeting');
  });

  it('the person’s answer to the consent question is sent, then the service is asked again', async () => {
    const background = backgroundStandIn({ ok: true, status: 'needsConsent', serviceOrigin: 'https://service.example', sends: PAGE_URL });
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(background.send));
    await store.start();
    store.answerConsent(false);
    expect(store.getState().service).toEqual({ ok: true, status: 'loading' });
    await flush();
    expect(background.sent.filter((message) => message.name === 'answerServiceConsent')).toEqual([{ name: 'answerServiceConsent', request: { allow: false } }]);
    expect(background.sent.filter((message) => message.name === 'lookupService')).toHaveLength(2);
  });

  it('a fresher service answer pushed by the background replaces the one shown', async () => {
    const background = backgroundStandIn({ ok: false, code: 'service_unreachable' });
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(background.send));
    await store.start();
    store.serviceUpdated({ ok: false, code: 'rate_limited', detail: '60' });
    expect(store.getState().service).toEqual({ ok: false, code: 'rate_limited', detail: '60' });
    expect(store.meetingOfPage()).toEqual({ meetingUrl: expect.stringContaining('MId=10221') });
  });

  it('asks the council’s web service about the meeting once, and reads its answer once, for both the attendees and the restricted flags', async () => {
    const asked: string[] = [];
    const parsed: string[] = [];
    const send = (async (name: string, request: unknown) => {
      if (name === 'lookupService') return { ok: false, code: 'service_off' };
      if (name === 'lookupCouncil') return {};
      if (name === 'summarisePdf') return new Promise(() => undefined);
      if (name !== 'fetchPortalText') return undefined;
      const { url } = request as { url: string };
      asked.push(new URL(url).pathname);
      // The attendance page lists nobody, so the attendees come from the web service.
      if (/GetMeeting/.test(url))
        return { ok: true, text: fixtureText('moderngov-webservice-GetMeeting-with-minutes.xml'), contentType: 'text/xml', fetchedAt: 0, fromCache: false };
      return { ok: false, code: 'not_found' };
    }) as SidebarStoreDeps['send'];
    const store = sidebarStore(
      kingston(),
      { ...settings, autoSummaries: false, sendsToRemoteEndpoint: true },
      {
        ...deps(send),
        parse: (text, type) => {
          parsed.push(type);
          return new DOMParser().parseFromString(text, type);
        },
      },
    );
    await store.start();
    const page = store.getState().page;
    if (!page.ok || page.data.kind !== 'meeting') throw new Error('expected the meeting');
    const report = page.data.agendaItems.flatMap((item) => item.documents)[0] ?? page.data.documents[0]!;
    store.startDocument(report);
    await flush();
    expect(store.getState().attendees).toMatchObject({ status: 'ready', sources: ['webService'] });
    expect(asked.filter((path) => /GetMeeting/.test(path))).toHaveLength(1);
    expect(parsed.filter((type) => type === 'text/xml')).toHaveLength(1);
  });

  it('asks the meeting’s own documents a question, offers the questions they answer, and says when they do not answer', async () => {
    const background = backgroundStandIn({ ok: false, code: 'service_off' });
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(background.send));
    await store.start();
    await flush();
    const suggestions = background.sent.find((message) => message.name === 'askSuggestions');
    const { documents } = suggestions!.request as { documents: { url: string }[] };
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((document) => document.url.startsWith('https://moderngov.kingston.gov.uk/'))).toBe(true);
    expect(store.getState().askSuggestions).toEqual([{ id: 'decided', query: 'recommend agree decide' }]);
    store.ask('  How much will it cost?  ');
    await flush();
    await flush();
    const ask = background.sent.find((message) => message.name === 'ask')!.request as { question: string; documents: unknown[]; jobId: string };
    expect(ask).toMatchObject({ question: 'How much will it cost?', documents });
    expect(store.getState().ask).toMatchObject({ status: 'answered', answered: false, question: 'How much will it cost?' });
    // An empty question asks nothing.
    const before = background.sent.length;
    store.ask('   ');
    await flush();
    expect(background.sent.length).toBe(before);
  });

  it('offers to follow the meeting’s committee, one click each way, and each attendee', async () => {
    const background = backgroundStandIn({ ok: false, code: 'service_off' });
    const store = sidebarStore(kingston(), { ...settings, autoSummaries: false }, deps(background.send));
    expect(store.getState().follows).toEqual([{ target: { kind: 'committee', label: expect.stringContaining('Kingston'), committeeId: '711' } }]);
    await store.start();
    await flush();
    expect(store.getState().follows[0]?.following).toBe(false);
    expect(store.getState().councillorsFollowed).toEqual(['Councillor Sophie Bell']);
    store.toggleFollow(0);
    expect(store.getState().follows[0]?.following).toBe(true);
    await flush();
    expect(background.sent.find((message) => message.name === 'setFollow')!.request).toEqual({ target: store.getState().follows[0]!.target, follow: true });
    store.toggleFollowPerson('Councillor Sophie Bell');
    expect(store.getState().councillorsFollowed).toEqual([]);
    expect(background.sent.at(-1)).toEqual({ name: 'setFollow', request: { target: { kind: 'councillor', label: 'Councillor Sophie Bell' }, follow: false } });
  });

  it('on a councillor’s page, offers the councillor (with the committees and roles their page lists) and their ward', () => {
    const url = new URL('https://moderngov.kingston.gov.uk/mgUserInfo.aspx?UID=123');
    const document = fixtureDocument('handmade-moderngov-councillor.html');
    const page = extractPage(detectPage(url, document)!, url, document);
    if (!page.ok || page.data.kind !== 'councillor') throw new Error('expected a councillor');
    expect(followTargetsOf(page)).toEqual([
      {
        kind: 'councillor',
        label: page.data.name,
        committees: [
          { id: '711', title: 'Kingston and North Kingston Neighbourhood Committee' },
          { id: '445', title: 'Licensing Committee' },
        ],
        roles: ['Portfolio Holder for Community Engagement'],
      },
      ...(page.data.ward ? [{ kind: 'ward', label: page.data.ward, councillors: [page.data.name] }] : []),
    ]);
    expect(page.data.ward).toBeTruthy();
  });
});
