import { MeetingsSections } from '../../../../components/MeetingsSections';
import type { KindView } from '../views';
import type { MeetingsList } from './model';
import { PageHeader } from '../../../../components/common';
import { useI18n } from '../../../../components/i18n';

/** A meetings list or calendar page: its meetings, split by `MeetingsSections`. */
export function MeetingsListView({ list, now }: { list: MeetingsList; now: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={list.kind === 'calendar' ? t('eyebrowCalendar') : t('eyebrowMeetings')} title={list.title}>
        <p class="facts">{t('meetingsOnPage', { count: list.meetings.length })}</p>
      </PageHeader>
      <MeetingsSections meetings={list.meetings} now={now} />
    </>
  );
}

/** The meetings list and the calendar share a model, and so a view. */
export const MeetingsListKindView: KindView<'meetingsList' | 'calendar'> = ({ page, now }) => <MeetingsListView list={page} now={now} />;
