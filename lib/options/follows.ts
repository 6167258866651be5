import { browser } from 'wxt/browser';
import { type CouncilRegistry, findCouncilByHost } from '../shared/registry';
import type { Channel, RequestOf } from '../protocol/channel';
import type { FollowOverview, toBackground } from '../protocol/messages';
import { followId } from '../background/follow/model';

type FollowAction = RequestOf<(typeof toBackground)['followAction']>;

export interface FollowNewsState {
  overview: FollowOverview;
  checking: boolean;
}

/**
 * The popup's and the settings page's view of what is followed and what is new: one overview
 * from the background, and the actions that change it (each answers with the new overview).
 */
export function followNews(send: Channel<typeof toBackground>['send'], onChange: (state: FollowNewsState) => void) {
  let state: FollowNewsState | undefined;
  const settle = (overview: FollowOverview) => {
    state = { overview, checking: false };
    onChange(state);
  };
  const act = (action: FollowAction) => void send('followAction', action).then(settle);
  return {
    load: () => send('followOverview', undefined).then(settle),
    current: () => state,
    act,
    checkNow() {
      if (state) onChange((state = { ...state, checking: true }));
      act({ action: 'checkNow' });
    },
  };
}

/** The popup's postcode lookup, and the postcode kept for a council site only when the person asks (in this browser's storage). */
export function postcodeLookup(send: Channel<typeof toBackground>['send'], site: string) {
  const key = `postcode:${site}`;
  return {
    find: (postcode: string) => send('councillorsByPostcode', { site, postcode }),
    async remembered(): Promise<string | undefined> {
      const value = (await browser.storage.local.get(key))[key];
      return typeof value === 'string' && value.length <= 10 ? value : undefined;
    },
    remember: (postcode: string | undefined) => (postcode ? browser.storage.local.set({ [key]: postcode }) : browser.storage.local.remove(key)),
  };
}

/** The popup's postcode lookup for the tab's council, where it is a ModernGov portal (whose web service has the lookup). */
export function postcodeLookupOn(
  send: Channel<typeof toBackground>['send'],
  origin: string | undefined,
  registry: CouncilRegistry,
  council: string | undefined,
  /** What is followed, once loaded, and how to change it: the lookup then offers to follow the postcode's ward. */
  following?: { current(): FollowNewsState | undefined; act(action: FollowAction): void },
): ({ council: string; wards?: ReturnType<typeof wardFollowing> } & ReturnType<typeof postcodeLookup>) | undefined {
  if (!origin) return undefined;
  const host = new URL(origin).host;
  const platform = findCouncilByHost(registry, host)?.platform ?? (/moderngov/i.test(host) ? 'moderngov' : undefined);
  if (platform !== 'moderngov') return undefined;
  const followed = following?.current();
  const wards = following && followed ? { wards: wardFollowing(followed, origin, following.act) } : {};
  return { council: council ?? host, ...postcodeLookup(send, origin), ...wards };
}

/** Following a ward from the popup's postcode lookup: whether it is followed on this site, and one click to follow or stop. */
export function wardFollowing(state: FollowNewsState, site: string, act: (action: FollowAction) => void) {
  const idOf = (ward: string) => followId('ward', site, ward);
  const isFollowed = (ward: string) => state.overview.follows.some((follow) => follow.id === idOf(ward));
  return {
    isFollowed,
    toggle: (ward: string, councillors: string[]) =>
      act(isFollowed(ward) ? { action: 'remove', id: idOf(ward) } : { action: 'addWard', site, ward, councillors: councillors.slice(0, 12) }),
  };
}
