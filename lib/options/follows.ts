import type { Channel, RequestOf } from '../protocol/channel';
import type { FollowOverview, toBackground } from '../protocol/messages';

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
    act,
    checkNow() {
      if (state) onChange((state = { ...state, checking: true }));
      act({ action: 'checkNow' });
    },
  };
}
