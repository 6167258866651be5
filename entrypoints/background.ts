import { Cache } from '../lib/cache';
import { FetchPortalTextRequest, messaging } from '../lib/messaging';
import { PortalFetcher } from '../lib/portal-fetch';
import { failure } from '../lib/result';

export default defineBackground(() => {
  const cache = new Cache();
  const portal = new PortalFetcher({ cache });

  messaging.onMessage('fetchPortalText', async ({ data, sender }) => {
    // Only this extension's own content scripts, running in a tab, may ask.
    if (sender.id !== browser.runtime.id || !sender.tab) return failure('not_allowed', 'Unknown sender.');
    const request = FetchPortalTextRequest.safeParse(data);
    if (!request.success) return failure('unexpected_data', 'Malformed request.');
    return portal.fetchText(request.data, sender.url ?? sender.tab.url);
  });
});
