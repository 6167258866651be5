import type { CouncilDocument, DocumentKind } from '../lib/page/model';
import type { Meeting } from '../lib/page/kinds';
import { type LanguageVersion, languageVersions, readerLanguage } from '../lib/page/document-language';
import type { MessageKey } from '../lib/shared/i18n';
import { useI18n } from './i18n';
import { LocalSummary, type LocalSummaryState } from './LocalSummary';

/** Per-document "Summarise" state and actions, keyed by document URL. */
export interface DocumentSummaries {
  states: Readonly<Record<string, LocalSummaryState>>;
  start(document: CouncilDocument): void;
  cancel(url: string): void;
}

const KIND_KEY = {
  agendaFrontsheet: 'kindAgenda',
  reportsPack: 'kindReportsPack',
  supplementaryPack: 'kindSupplement',
  minutes: 'kindMinutes',
  decisions: 'kindDecisions',
  itemReport: 'kindReport',
  other: 'kindDocument',
} as const satisfies Record<DocumentKind, MessageKey>;

const LANGUAGE_KEY = { cy: 'languageWelsh', en: 'languageEnglish' } as const satisfies Record<LanguageVersion['language'], MessageKey>;

function DocumentRow({ document, summaries, version }: { document: CouncilDocument; summaries?: DocumentSummaries; version?: LanguageVersion }) {
  const { t } = useI18n();
  const state = summaries?.states[document.url] ?? { status: 'idle' as const };
  return (
    <li class="document">
      <a href={document.url} target="_blank" rel="noopener noreferrer" {...(version ? { lang: version.language } : {})}>
        {document.title}
      </a>
      <span class="document-meta">
        <span class="kind">{t(KIND_KEY[document.kind])}</span>
        {document.size ? <span>{document.size}</span> : null}
        {version ? (
          <a
            class="other-language"
            href={version.other.url}
            target="_blank"
            rel="noopener noreferrer"
            hrefLang={version.other.language}
            lang={version.other.language}
          >
            {t('alsoInLanguage', { language: t(LANGUAGE_KEY[version.other.language]) })}
          </a>
        ) : null}
      </span>
      {summaries ? (
        <div class={state.status === 'idle' ? '' : 'document-summary'}>
          <LocalSummary
            state={state}
            startLabel={t('summarise')}
            idPrefix={`cl-doc-${encodeURIComponent(document.url)
              .replace(/[^A-Za-z0-9]/g, '')
              .slice(-24)}`}
            onStart={() => summaries.start(document)}
            onCancel={() => summaries.cancel(document.url)}
          />
        </div>
      ) : null}
    </li>
  );
}

/**
 * A list's rows in the reader's language: of a document published in Welsh and in English, the
 * reader's copy is the row, with the other one linked beside it.
 */
function rowsFor(documents: readonly CouncilDocument[], locale: string): { document: CouncilDocument; version?: LanguageVersion }[] {
  const versions = languageVersions(documents);
  const reader = readerLanguage(locale);
  return documents.flatMap((document) => {
    const version = versions.get(document.url);
    if (version && version.language !== reader) return [];
    return [version ? { document, version } : { document }];
  });
}

/** The documents of an agenda item, a decision or an issue, each with "Summarise" when offered. */
export function SimpleDocumentList({ documents, label, summaries }: { documents: readonly CouncilDocument[]; label?: string; summaries?: DocumentSummaries }) {
  const { t, locale } = useI18n();
  if (documents.length === 0) return <p class="muted">{t('documentsNoneShort')}</p>;
  return (
    <ul class="documents" aria-label={label ?? t('documentsHeading')}>
      {rowsFor(documents, locale).map(({ document, version }) => (
        <DocumentRow key={document.url} document={document} summaries={summaries} version={version} />
      ))}
    </ul>
  );
}

/**
 * Meeting-wide packs first, then each agenda item's documents under the item's number,
 * so a 20-annex meeting still reads in agenda order.
 */
export function DocumentSection({ meeting, summaries }: { meeting: Meeting; summaries?: DocumentSummaries }) {
  const { t, locale } = useI18n();
  const itemUrls = new Set(meeting.agendaItems.flatMap((item) => item.documents.map((document) => document.url)));
  const packs = meeting.documents.filter((document) => !itemUrls.has(document.url));
  const items = meeting.agendaItems.filter((item) => item.documents.length > 0);
  return (
    <section class="section" aria-labelledby="cl-documents-heading">
      <h3 id="cl-documents-heading">{t('documentsHeading')}</h3>
      {packs.length === 0 && items.length === 0 ? (
        <p class="muted">{t('documentsNone')}</p>
      ) : (
        <ul class="documents" aria-label={t('documentsHeading')}>
          {rowsFor(packs, locale).map(({ document, version }) => (
            <DocumentRow key={document.url} document={document} summaries={summaries} version={version} />
          ))}
          {items.map((item) => (
            <li key={item.anchor ?? item.title} class="document-item">
              <span class="group-label">{item.number ? t('itemHeading', { number: item.number, title: item.title }) : item.title}</span>
              <ul class="document-rows" aria-label={item.number ? t('itemDocuments', { number: item.number }) : t('namedDocuments', { title: item.title })}>
                {rowsFor(item.documents, locale).map(({ document, version }) => (
                  <DocumentRow key={document.url} document={document} summaries={summaries} version={version} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
