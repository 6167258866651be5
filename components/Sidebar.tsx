import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { failureText } from '../lib/shared/i18n';
import type { AttendeesState } from '../lib/sidebar/attendees';
import type { CouncillorVote } from '../lib/protocol/messages';
import type { ExtractResult } from '../lib/page/platforms';
import { ActionsContext, type UiActions } from './actions';
import { PageView } from './PageView';
import type { MeetingSummaries } from '../lib/page/kinds/meeting/view';
import type { DocumentSummaries } from './DocumentList';
import type { ServiceState } from './ServiceViews';
import { AskView, type AskProps } from './AskView';
import { FollowButton } from './Follow';

export interface SidebarProps {
  page: ExtractResult;
  attendees: AttendeesState;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  /** ISO 8601 instant the view treats as now. */
  now: string;
  /** The council's name from the registry, when the host is a known portal. */
  councilName?: string;
  callInWorkingDays?: number;
  service: ServiceState;
  local?: MeetingSummaries;
  /** On-device summaries of the documents of an agenda item, a decision or an issue. */
  documentSummaries?: DocumentSummaries;
  /** "Ask these documents", on pages whose documents Council Lens can read. */
  ask?: AskProps;
  /** On a councillor's page: their recorded votes in minutes already read on this device. */
  councillorVotes?: CouncillorVote[];
  /** On a committee page: its next meetings' dates, for the public's deadlines. */
  committeeMeetingDates?: string[];
  /** "Follow" for the page's committee, or its councillor and their ward. */
  follows?: { following: boolean | undefined; onToggle(): void; help: string }[];
  actions?: UiActions;
}

/**
 * The whole in-page UI. Collapsed, it is a small tab on the right edge; open, a panel
 * beside the page. It never takes focus on its own and never traps it.
 */
export function Sidebar({
  page,
  attendees,
  collapsed,
  onCollapsedChange,
  now,
  councilName,
  callInWorkingDays,
  service,
  local,
  documentSummaries,
  ask,
  councillorVotes,
  committeeMeetingDates,
  follows = [],
  actions,
}: SidebarProps) {
  const { t } = useI18n();
  // When the person toggles, the button they used disappears: move focus to its counterpart.
  const toggledByUser = useRef(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toggledByUser.current) return;
    toggledByUser.current = false;
    toggleButton.current?.focus();
  }, [collapsed]);
  // The panel slides in when the person opens it, not with every page: going from page to page, it is simply there.
  const [openedByPerson, setOpenedByPerson] = useState(false);
  const toggle = (next: boolean) => {
    toggledByUser.current = true;
    setOpenedByPerson(!next);
    onCollapsedChange(next);
  };

  if (collapsed) {
    return (
      <button ref={toggleButton} type="button" class="tab" aria-expanded="false" aria-controls="council-lens-panel" onClick={() => toggle(false)}>
        {t('sidebarName')}
      </button>
    );
  }
  return (
    <aside
      id="council-lens-panel"
      class={openedByPerson ? 'panel opening' : 'panel'}
      role="region"
      aria-label={t('sidebarName')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          toggle(true);
        }
      }}
    >
      <div class="toolbar">
        <span class="brand">
          {t('sidebarName')}
          {councilName ? <span class="council-name"> · {councilName}</span> : null}
        </span>
        <button ref={toggleButton} type="button" class="icon-button" aria-expanded="true" aria-controls="council-lens-panel" onClick={() => toggle(true)}>
          <span aria-hidden="true">{t('sidebarHide')}</span>
          <span class="visually-hidden">{t('sidebarHideLabel')}</span>
        </button>
      </div>
      <div class="content">
        {page.ok ? (
          <ActionsContext.Provider value={actions}>
            {follows.map((follow, index) => (
              <FollowButton key={index} {...follow} />
            ))}
            <PageView
              page={page.data}
              attendees={attendees}
              now={now}
              callInWorkingDays={callInWorkingDays}
              service={service}
              local={local}
              documentSummaries={documentSummaries}
              {...(councillorVotes ? { councillorVotes } : {})}
              {...(committeeMeetingDates ? { committeeMeetingDates } : {})}
            />
            {ask ? <AskView {...ask} /> : null}
            {page.omitted ? <p class="muted note">{t('pageOmitted')}</p> : null}
          </ActionsContext.Provider>
        ) : (
          <div class="notice" role="status">
            <h2 class="title">{t('unreadableTitle')}</h2>
            <p>{failureText(t, page)}</p>
            <p class="muted">{t('unreadableHelp')}</p>
          </div>
        )}
      </div>
    </aside>
  );
}
