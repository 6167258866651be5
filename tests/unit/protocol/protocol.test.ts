/**
 * The one protocol: who may send each message, and what a receiver does with a request that is
 * malformed or from the wrong context, checked over the real message maps.
 */
import { describe, expect, it } from 'vitest';
import { admit, type MessageDefinition } from '../../../lib/protocol/channel';
import { offscreenToBackground, toBackground, toOffscreen, toTab } from '../../../lib/protocol/messages';
import { senderKind } from '../../../lib/protocol/senders';

const self = { id: 'council-lens', origin: 'chrome-extension://council-lens/' };
const tab = { id: 7 };
const SENDERS = {
  councilPage: { id: self.id, url: 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=1', tab },
  pdfPage: { id: self.id, url: `${self.origin}pdf.html?url=x`, tab },
  popup: { id: self.id, url: `${self.origin}popup.html` },
  options: { id: self.id, url: `${self.origin}options.html`, tab },
  offscreen: { id: self.id, url: `${self.origin}offscreen.html` },
  background: { id: self.id, url: `${self.origin}background.js` },
  otherExtension: { id: 'someone-else', url: 'https://milton-keynes.moderngov.co.uk/', tab },
  pageWithoutTab: { id: self.id, url: 'https://milton-keynes.moderngov.co.uk/' },
  offscreenInATab: { id: self.id, url: `${self.origin}offscreen.html`, tab },
};

describe('who sent a message, from the browser’s account of the sender', () => {
  it.each([
    ['councilPage', 'councilPage'],
    ['pdfPage', 'pdfPage'],
    ['popup', 'extensionPage'],
    ['options', 'extensionPage'],
    ['offscreen', 'offscreen'],
    ['background', 'background'],
    ['otherExtension', undefined],
    ['pageWithoutTab', undefined],
    ['offscreenInATab', undefined],
  ] as const)('%s → %s', (sender, kind) => {
    expect(senderKind(SENDERS[sender], self)).toBe(kind);
  });
});

const asDefinition = (definition: unknown) => definition as MessageDefinition<unknown, unknown>;

describe('a receiver admits only the senders each message names, with a request of its shape', () => {
  it('every message in every map names its senders and refuses in its own reply shape', () => {
    for (const map of [toBackground, toTab, toOffscreen, offscreenToBackground]) {
      for (const [name, definition] of Object.entries(map)) {
        expect(definition.from.length, name).toBeGreaterThan(0);
        const refusal = asDefinition(definition).refuse('unknown_sender');
        expect(asDefinition(definition).reply.safeParse(refusal).success, `${name}'s refusal fits its reply schema`).toBe(true);
      }
    }
  });

  it('a council page may ask for its own PDF summary, but not test the service or drive the offscreen reader', () => {
    const summarise = admit(
      asDefinition(toBackground.summarisePdf),
      { url: 'https://milton-keynes.moderngov.co.uk/documents/s1/r.pdf', jobId: 'j1' },
      SENDERS.councilPage,
      self,
    );
    expect(summarise).toMatchObject({ ok: true, from: 'councilPage' });
    expect(admit(asDefinition(toBackground.testService), { serviceUrl: 'https://x', serviceKey: '' }, SENDERS.councilPage, self)).toEqual({
      ok: false,
      refusal: { ok: false, code: 'unknown_sender' },
    });
    expect(admit(asDefinition(toOffscreen.runPdfJob), {}, SENDERS.councilPage, self)).toEqual({ ok: false, refusal: { ok: false, code: 'unknown_sender' } });
  });

  it('the settings page may test the service; the offscreen reader answers only the background', () => {
    expect(admit(asDefinition(toBackground.testService), { serviceUrl: 'https://x', serviceKey: '' }, SENDERS.options, self)).toMatchObject({
      ok: true,
      from: 'extensionPage',
    });
    expect(admit(asDefinition(toOffscreen.cancelPdfJob), { jobId: 'j1' }, SENDERS.background, self)).toMatchObject({ ok: true });
    expect(admit(asDefinition(toOffscreen.cancelPdfJob), { jobId: 'j1' }, SENDERS.pdfPage, self)).toMatchObject({ ok: false });
    expect(admit(asDefinition(offscreenToBackground.pdfJobProgress), { jobId: 'j1', stage: 'summarising' }, SENDERS.offscreen, self)).toMatchObject({
      ok: true,
    });
    expect(admit(asDefinition(offscreenToBackground.pdfJobProgress), { jobId: 'j1', stage: 'summarising' }, SENDERS.councilPage, self)).toMatchObject({
      ok: false,
    });
  });

  it('a malformed request is refused before any handler runs: a non-http address, an oversized id, a wrong type', () => {
    const summarisePdf = asDefinition(toBackground.summarisePdf);
    for (const request of [
      { url: 'javascript:alert(1)', jobId: 'j' },
      { url: 'https://a/b.pdf', jobId: 'x'.repeat(65) },
      { url: 'https://a/b.pdf', jobId: 1 },
      'summarise',
      null,
    ]) {
      expect(admit(summarisePdf, request, SENDERS.councilPage, self)).toEqual({
        ok: false,
        refusal: { ok: false, code: 'malformed_request' },
      });
    }
    expect(admit(asDefinition(toTab.setSidebarOpen), { open: 'yes' }, SENDERS.background, self)).toEqual({ ok: false, refusal: undefined });
  });

  it('the popup may ask a tab for its status and open its sidebar, but not push a service answer or progress into it', () => {
    expect(admit(asDefinition(toTab.getPageStatus), undefined, SENDERS.popup, self)).toMatchObject({ ok: true });
    expect(admit(asDefinition(toTab.setSidebarOpen), { open: true }, SENDERS.popup, self)).toMatchObject({ ok: true });
    expect(admit(asDefinition(toTab.serviceUpdated), { ok: false, code: 'service_off' }, SENDERS.popup, self)).toMatchObject({ ok: false });
    expect(admit(asDefinition(toTab.pdfProgress), { jobId: 'j', stage: 'summarising' }, SENDERS.popup, self)).toMatchObject({ ok: false });
  });
});
