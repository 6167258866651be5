import type { KindView } from '../views';
import type { AgendaItemPage } from './model';
import { PageHeader, Prose, Section } from '../../../../components/common';
import { type DocumentSummaries, SimpleDocumentList } from '../../../../components/DocumentList';
import { useI18n } from '../../../../components/i18n';

export function AgendaItemView({ item, summaries }: { item: AgendaItemPage; summaries?: DocumentSummaries }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={item.number ? t('agendaItemNumbered', { number: item.number }) : t('agendaItemEyebrow')} title={item.title}>
        {item.meeting ? (
          <p class="facts">
            <a href={item.meeting.url}>{item.meeting.title}</a>
          </p>
        ) : null}
      </PageHeader>
      {item.summary ? (
        <Section id="summary" title={t('aboutItem')}>
          <Prose text={item.summary} />
        </Section>
      ) : null}
      {item.decision ? (
        <Section id="decision" title={t('sectionDecision')}>
          <Prose text={item.decision} />
        </Section>
      ) : null}
      {item.minutes ? (
        <Section id="minutes" title={t('minutesHeading')}>
          <Prose text={item.minutes} />
        </Section>
      ) : null}
      <Section id="documents" title={t('documentsHeading')}>
        <SimpleDocumentList documents={item.documents} summaries={summaries} />
      </Section>
    </>
  );
}

export const AgendaItemKindView: KindView<'agendaItem'> = ({ page, documentSummaries }) => <AgendaItemView item={page} summaries={documentSummaries} />;
