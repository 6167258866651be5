import type { SidebarState, SidebarStore } from '../lib/sidebar/store';
import { pageTitleOf } from '../lib/page/page-labels';
import { formatMeetingTime } from './format';
import { useI18n } from './i18n';
import { Sidebar } from './Sidebar';
import { GlossaryContext } from './Glossary';
import { createGlossary } from '../lib/shared/glossary';
import { useMemo } from 'preact/hooks';
import type { FollowTarget } from '../lib/protocol/messages';
import type { MessageKey } from '../lib/shared/i18n';

const FOLLOW_HELP = {
  committee: 'follow_committeeHelp',
  councillor: 'follow_councillorHelp',
  ward: 'follow_wardHelp',
  words: 'follow_committeeHelp',
  list: 'follow_listHelp',
} as const satisfies Record<FollowTarget['kind'], MessageKey>;

/** The sidebar as the store holds it: state in, the store's actions out. */
export function SidebarApp({
  state,
  store,
  pageUrl,
  copy,
}: {
  state: SidebarState;
  store: SidebarStore;
  pageUrl: string;
  copy(text: string): Promise<boolean>;
}) {
  const { t, locale } = useI18n();
  const { page } = state;
  const documents = { states: state.local, start: store.startDocument, cancel: store.cancel };
  // Made once, when the background's answer arrives.
  const glossary = useMemo(() => (state.glossary ? createGlossary(state.glossary) : undefined), [state.glossary]);
  return (
    <GlossaryContext.Provider value={glossary}>
      <Sidebar
        {...state}
        local={
          page.ok && page.data.kind === 'meeting'
            ? { meeting: state.local.meeting ?? { status: 'idle' }, startMeeting: store.startMeeting, cancelMeeting: () => store.cancel('meeting'), documents }
            : undefined
        }
        documentSummaries={page.ok && page.data.kind !== 'meeting' ? documents : undefined}
        follows={state.follows.map((follow, index) => ({
          following: follow.following,
          onToggle: () => store.toggleFollow(index),
          help: t(FOLLOW_HELP[follow.target.kind], { name: follow.target.label }),
        }))}
        ask={state.askable ? { state: state.ask, suggestions: state.askSuggestions, onAsk: store.ask, onStop: store.stopAsk } : undefined}
        now={new Date().toISOString()}
        onCollapsedChange={store.setCollapsed}
        actions={{
          copy,
          serviceConsent: store.answerConsent,
          ...(state.askable ? { ask: (question: string) => store.ask(question) } : {}),
          ...(state.councillorsFollowed ? { followPeople: { followed: state.councillorsFollowed, toggle: store.toggleFollowPerson } } : {}),
          ...(page.ok
            ? {
                source: {
                  ...(state.councilName ? { council: state.councilName } : {}),
                  title: pageTitleOf(page.data, t),
                  ...(page.data.kind === 'meeting' && page.data.startsAt ? { date: formatMeetingTime(page.data.startsAt, locale) } : {}),
                  url: pageUrl,
                  retrievedAt: new Date().toISOString(),
                },
              }
            : {}),
        }}
      />
    </GlossaryContext.Provider>
  );
}
