import type { KindView } from '../views';
import type { CouncillorList } from './model';
import { useI18n } from '../../../../components/i18n';
import { PageHeader, PersonLine, Section } from '../../../../components/common';

export function CouncillorListView({ list }: { list: CouncillorList }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('councillorsEyebrow')} title={list.title}>
        <p class="facts">{t('councillorsOnPage', { count: list.councillors.length })}</p>
      </PageHeader>
      <Section id="councillors" title={t('councillorsEyebrow')}>
        <ul class="attendees" aria-label={t('councillorsEyebrow')}>
          {list.councillors.map((councillor) => (
            <li key={councillor.url ?? councillor.name} class="attendee">
              <PersonLine name={councillor.name} url={councillor.url} party={councillor.party} ward={councillor.ward} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

export const CouncillorListKindView: KindView<'councillorList'> = ({ page }) => <CouncillorListView list={page} />;
