import type { KindView } from '../views';
import type { IssueHistory } from './model';
import { ExternalLink, PageHeader, Prose, Section } from '../../../../components/common';
import { type DocumentSummaries, SimpleDocumentList } from '../../../../components/DocumentList';
import { useI18n } from '../../../../components/i18n';

export function IssueHistoryView({ issue, summaries }: { issue: IssueHistory; summaries?: DocumentSummaries }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('issueEyebrow')} title={issue.title} />
      {issue.summary ? (
        <Section id="summary" title={t('aboutIssue')}>
          <Prose text={issue.summary} />
        </Section>
      ) : null}
      <Section id="history" title={t('historyHeading')}>
        {issue.events.length === 0 ? (
          <p class="muted">{t('noHistory')}</p>
        ) : (
          <ol class="plain-list" aria-label={t('historyHeading')}>
            {issue.events.map((event) => (
              <li key={`${event.title}${event.url ?? ''}`}>{event.url ? <ExternalLink href={event.url}>{event.title}</ExternalLink> : event.title}</li>
            ))}
          </ol>
        )}
      </Section>
      {issue.documents.length > 0 ? (
        <Section id="documents" title={t('documentsHeading')}>
          <SimpleDocumentList documents={issue.documents} summaries={summaries} />
        </Section>
      ) : null}
    </>
  );
}

export const IssueHistoryKindView: KindView<'issueHistory'> = ({ page, documentSummaries }) => <IssueHistoryView issue={page} summaries={documentSummaries} />;
