import { AttendeeSection } from '../../../../components/AttendeeList';
import { PageHeader } from '../../../../components/common';
import { useI18n } from '../../../../components/i18n';
import type { KindViewProps } from '../views';

export function AttendanceKindView({ page, attendees }: KindViewProps<'attendance'>) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('attendanceEyebrow')} title={page.title ?? t('meetingAttendance')}>
        {page.meetingUrl ? (
          <p class="facts">
            <a href={page.meetingUrl}>{t('meetingAgendaLink')}</a>
          </p>
        ) : null}
      </PageHeader>
      <AttendeeSection state={attendees} />
    </>
  );
}
