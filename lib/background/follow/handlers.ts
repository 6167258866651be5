import { browser } from 'wxt/browser';
import { committeeIndexDetection, detectorsMatchingUrl, listPageDetection } from '../../page/platforms/detection';
import { backgroundChannel } from '../../protocol';
import type { FollowOverview, FollowTarget } from '../../protocol/messages';
import { type CouncilRegistry, findCouncilByHost } from '../../shared/registry';
import { originPattern } from '../../shared/sites';
import type { PortalFetcher } from '../portal-fetch';
import { type CheckDeps, checkFollows, type WebServiceReader, withWardCouncillors } from './checker';
import { Follow, followId, FollowExport, type NewsItem } from './model';
import { FollowStore } from './store';
import { failure } from '../../protocol/failure';
import { councillorsByPostcodeUrl, ukPostcode } from '../../page/platforms/moderngov/web-service';
import type { Cache } from '../cache';
import { keptIndex } from '../pdf-summaries';
import { loadIndex } from '../../pdf/ask';
import { searchIndex } from '../../pdf/ask/search';
import { mentions } from './changes';

/**
 * Following, in the background: the messages that follow and unfollow, the scheduled checks
 * (`alarms`, every few hours with jitter, re-made whenever the background starts), the toolbar
 * badge with the unread count, and, only when the person turned them on, notifications.
 */

export const FOLLOW_ALARM = 'council-lens-follow-check';

export interface FollowDeps {
  portal: PortalFetcher;
  /** Where documents already read are kept, with their question indexes. */
  cache: Cache;
  registry: CouncilRegistry;
  read: WebServiceReader;
  store?: FollowStore;
}

/** The next check: the interval, plus up to a tenth of it at random, so browsers do not all ask a council at the same minute. */
export function nextCheckAt(everyHours: number, now: number, random: () => number = Math.random): number {
  const period = everyHours * 60 * 60 * 1000;
  return now + period + Math.floor(random() * period * 0.1);
}

/**
 * A CMIS committee's page, for following it: the page the person is on when it is that committee's, or the one its meeting
 * page links to, on the same site, reading as that committee's page. Never another address a page names.
 */
export function cmisCommitteePage(target: { committeeId?: string | undefined; url?: string | undefined }, sender: URL): string | undefined {
  const idOf = (url: URL) => /\/id\/(\d{1,9})\//i.exec(url.pathname)?.[1];
  const candidates = [sender.href, target.url];
  for (const candidate of candidates) {
    if (!candidate) continue;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin === sender.origin && committeeIndexDetection(url) && target.committeeId && idOf(url) === target.committeeId) return url.href;
  }
  return undefined;
}

export function answerFollowMessages(deps: FollowDeps): void {
  const store = deps.store ?? new FollowStore(browser.storage.local as unknown as ConstructorParameters<typeof FollowStore>[0]);
  const mayReach = async (site: string) => {
    const pattern = originPattern(site);
    return pattern !== undefined && browser.permissions.contains({ origins: [pattern] });
  };

  const showUnread = async () => {
    const unread = await store.unread();
    await browser.action.setBadgeText({ text: unread > 0 ? String(Math.min(unread, 999)) : '' });
    await browser.action.setBadgeBackgroundColor?.({ color: '#0b5cad' })?.catch(() => undefined);
  };

  const notify = async (found: readonly NewsItem[]) => {
    if (found.length === 0 || !(await store.settings()).notifications) return;
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
    const first = found[0]!;
    await browser.notifications
      .create(`council-lens-news-${Date.now()}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: first.council ?? new URL(first.site).host,
        message:
          found.length === 1
            ? `${first.about}: ${first.title}`
            : found
                .map((item) => `${item.about}: ${item.title}`)
                .slice(0, 3)
                .join('\n'),
      })
      .catch(() => undefined);
  };

  const schedule = async () => {
    const { everyHours } = await store.settings();
    await browser.alarms.clear(FOLLOW_ALARM);
    await browser.alarms.create(FOLLOW_ALARM, { when: nextCheckAt(everyHours, Date.now()) });
  };

  const checkDeps: CheckDeps = {
    store,
    read: deps.read,
    mayReach,
    now: () => new Date(),
    fetchText: (site, url, purpose = 'webService') => deps.portal.fetchText({ url, purpose }, `${site}/`, { revalidate: true }),
    findInKept: async (documentUrl, words) => {
      const index = loadIndex(await keptIndex(deps.cache, documentUrl));
      if (!index) return undefined;
      return searchIndex(index, words).find((hit) => mentions(hit.text, words));
    },
  };

  const check = async (manual: boolean) => {
    const found = await checkFollows(checkDeps, { manual }).catch(() => []);
    await showUnread();
    await notify(found);
  };

  const overview = async (): Promise<FollowOverview> => ({
    follows: await store.follows(),
    news: await store.news(),
    statuses: await store.statuses(),
    settings: await store.settings(),
    unread: await store.unread(),
  });

  const followFor = (target: FollowTarget, senderUrl: string | undefined): Follow | undefined => {
    let site: URL;
    try {
      site = new URL(senderUrl ?? '');
    } catch {
      return undefined;
    }
    const council = findCouncilByHost(deps.registry, site.host)?.name;
    // A list is the page the person is on, as the browser reports it (never an address the page names), and must read as a list.
    site.hash = '';
    const listUrl = target.kind === 'list' && listPageDetection(site) ? site.href : undefined;
    if (target.kind === 'list' && !listUrl) return undefined;
    const committeePage = target.kind === 'committee' ? cmisCommitteePage(target, site) : undefined;
    const platform = detectorsMatchingUrl(site)[0]?.platform.id;
    // A CMIS committee is read through its page (CMIS has no web service): without one it cannot be checked.
    if (target.kind === 'committee' && !committeePage && platform === 'cmis') return undefined;
    const key = listUrl ?? target.committeeId ?? target.label;
    const parsed = Follow.safeParse({
      id: followId(target.kind, site.origin, key),
      kind: target.kind,
      site: site.origin,
      ...(council ? { council } : {}),
      ...(platform ? { platform } : {}),
      label: target.label,
      ...(target.committeeId ? { committeeId: target.committeeId } : {}),
      ...(listUrl || committeePage ? { url: listUrl ?? committeePage } : {}),
      ...(target.kind === 'councillor' && target.committees?.length
        ? { committees: target.committees.filter((committee) => !committee.url || cmisCommitteePage({ committeeId: committee.id, url: committee.url }, site)) }
        : {}),
      ...(target.kind === 'councillor' && target.roles?.length ? { roles: target.roles } : {}),
      ...(target.kind === 'ward' && target.councillors?.length ? { councillors: target.councillors } : {}),
      createdAt: new Date().toISOString(),
    });
    return parsed.success ? parsed.data : undefined;
  };

  backgroundChannel.handle('followState', async (target, { sender }) => {
    const follow = followFor(target, sender.url);
    return { following: follow !== undefined && (await store.follows()).some((other) => other.id === follow.id) };
  });

  backgroundChannel.handle('setFollow', async ({ target, follow: wanted }, { sender }) => {
    const follow = followFor(target, sender.url);
    if (!follow) return { following: false };
    if (wanted) {
      await store.add(await withWardCouncillors(follow, checkDeps));
      // The first check of a new follow learns what is there now, so that only later changes are news.
      void checkFollows(checkDeps, { onlySite: follow.site, manual: true }).catch(() => undefined);
    } else await store.remove(follow.id);
    return { following: wanted };
  });

  backgroundChannel.handle('councillorsFollowed', async (_request, { sender }) => {
    let site: string | undefined;
    try {
      site = new URL(sender.url ?? '').origin;
    } catch {
      return { names: [] };
    }
    return { names: (await store.follows()).filter((follow) => follow.kind === 'councillor' && follow.site === site).map((follow) => follow.label) };
  });

  backgroundChannel.handle('councillorsByPostcode', async (request) => {
    const postcode = ukPostcode(request.postcode);
    if (!postcode) return failure('postcode_invalid');
    let site: string;
    try {
      site = new URL(request.site).origin;
    } catch {
      return failure('malformed_request');
    }
    if (!(await mayReach(site))) return failure('site_not_enabled', new URL(site).host);
    const url = councillorsByPostcodeUrl(site, postcode);
    const answer = await deps.portal.fetchText({ url, purpose: 'webService' }, `${site}/`);
    if (!answer.ok) return answer;
    const read = await deps.read.councillors(answer.text, url).catch(() => failure('web_service_not_councillors'));
    // A postcode elsewhere is answered with nobody: the council says so by listing no one.
    if ((!read.ok && read.code === 'web_service_no_councillors') || (read.ok && read.councillors.length === 0))
      return failure('postcode_outside_council', postcode);
    if (!read.ok) return read;
    return { ok: true, postcode, councillors: read.councillors.slice(0, 20) };
  });

  backgroundChannel.handle('followOverview', overview);

  backgroundChannel.handle('followAction', async (request) => {
    switch (request.action) {
      case 'markAllRead':
        await store.markAllRead();
        await showUnread();
        break;
      case 'checkNow':
        await check(true);
        break;
      case 'remove':
        await store.remove(request.id);
        break;
      case 'addWords':
      case 'addWard': {
        let site: URL | undefined;
        try {
          site = new URL(request.site);
        } catch {
          break;
        }
        const council = findCouncilByHost(deps.registry, site.host)?.name;
        const label = (request.action === 'addWords' ? request.words : request.ward).trim();
        const parsed = Follow.safeParse({
          id: followId(request.action === 'addWords' ? 'words' : 'ward', site.origin, label),
          kind: request.action === 'addWords' ? 'words' : 'ward',
          site: site.origin,
          ...(council ? { council } : {}),
          label,
          ...(request.action === 'addWard' && request.councillors.length ? { councillors: request.councillors } : {}),
          createdAt: new Date().toISOString(),
        });
        if (parsed.success) await store.add(parsed.data);
        break;
      }
      case 'import': {
        // Each follow in the file is checked on its own: a bad one costs only itself.
        let data: unknown;
        try {
          data = JSON.parse(request.json);
        } catch {
          break;
        }
        const file = FollowExport.safeParse(data);
        if (!file.success) break;
        for (const candidate of file.data.follows) {
          const follow = Follow.safeParse(candidate);
          if (follow.success) await store.add(follow.data);
        }
        break;
      }
      case 'settings':
        await store.setSettings(request.settings);
        await schedule();
        break;
    }
    return overview();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FOLLOW_ALARM) return;
    void check(false).finally(() => void schedule());
  });
  // Alarms do not always outlive a browser update or a restart of the background: made again on every start.
  void browser.alarms.get(FOLLOW_ALARM).then((alarm) => (alarm ? undefined : schedule()));
  void showUnread().catch(() => undefined);
}
