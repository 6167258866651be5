import { useState } from 'preact/hooks';
import { pdfPageLink } from '../lib/display/from-document';
import type { AskSuggestion } from '../lib/pdf/messages';
import type { AnsweredQuestion, AskState } from '../lib/sidebar/ask';
import { failureText, type Translate } from '../lib/shared/i18n';
import { ExternalLink, Section } from './common';
import { useI18n } from './i18n';
import { progressText } from './LocalSummary';

export interface AskProps {
  state: AskState;
  suggestions: readonly AskSuggestion[];
  onAsk(question: string, query?: string): void;
  onStop(): void;
  /** Unique within the view: the sidebar and the PDF page each have one. */
  idPrefix?: string;
}

/** A suggested question in the reader's language. */
export function suggestionText(t: Translate, suggestion: AskSuggestion): string {
  return suggestion.id === 'money' ? t('ask_q_money', { figure: suggestion.figure ?? '' }) : t(`ask_q_${suggestion.id}`);
}

/**
 * A passage's text with the question's words marked. The marks come from the background, so
 * each is checked against the text (in order, inside it, not overlapping) and a bad one dropped.
 */
function Marked({ text, marks }: { text: string; marks: readonly [number, number][] }) {
  const parts: (string | { marked: string })[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ marked: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts.map((part, index) => (typeof part === 'string' ? part : <mark key={index}>{part.marked}</mark>))}</>;
}

function Passages({ answer, idPrefix }: { answer: AnsweredQuestion; idPrefix: string }) {
  const { t } = useI18n();
  return (
    <ol class="ask-passages" aria-label={t('askPassages')}>
      {answer.passages.map((passage) => (
        <li key={passage.n} id={`${idPrefix}-passage-${passage.n}`}>
          <blockquote>
            <Marked text={passage.text} marks={passage.marks} />
          </blockquote>
          <p class="ask-source small">
            {passage.kind !== 'text' ? <span class="chip">{t(`askKind_${passage.kind}`)}</span> : null}{' '}
            <a
              href={pdfPageLink(passage.url, passage.page)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('askOpenPage', { page: passage.page, title: passage.title })}
            >
              {t('askPage', { title: passage.title, page: passage.page })}
            </a>
            {passage.restricted ? <span class="muted"> · {t('askRestricted')}</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Searched({ answer }: { answer: AnsweredQuestion }) {
  const { t } = useI18n();
  return (
    <div class="muted small">
      <p>{t('askSearched')}</p>
      <ul class="plain-list">
        {answer.searched.map((document) => (
          <li key={document.url}>
            <ExternalLink href={document.url}>{t('askSearchedDocument', { title: document.title, pages: document.pages })}</ExternalLink>
          </li>
        ))}
        {answer.unread.map((document) => (
          <li key={document.url}>{t('askUnread', { title: document.title, reason: failureText(t, document.failure) })}</li>
        ))}
      </ul>
    </div>
  );
}

function Answer({ answer, idPrefix }: { answer: AnsweredQuestion; idPrefix: string }) {
  const { t } = useI18n();
  if (!answer.answered) return <Searched answer={answer} />;
  const byNumber = new Map(answer.passages.map((passage) => [passage.n, passage]));
  return (
    <>
      {answer.ai ? (
        <div class="ask-ai">
          <p>
            {answer.ai.sentences.map((sentence, index) => (
              <span key={index}>
                {sentence.text}
                {sentence.cites.map((n) => {
                  const passage = byNumber.get(n);
                  return passage ? (
                    <sup key={n}>
                      <a
                        href={pdfPageLink(passage.url, passage.page)}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label={t('askOpenPage', { page: passage.page, title: passage.title })}
                      >
                        [{n}]
                      </a>
                    </sup>
                  ) : null;
                })}{' '}
              </span>
            ))}
          </p>
          <p class="muted small">{t('askAiBy', { model: answer.ai.generatedBy })}</p>
        </div>
      ) : null}
      {answer.note && answer.note.code !== 'cancelled' ? <p class="muted small">{t('askAiNotShown', { reason: failureText(t, answer.note) })}</p> : null}
      <Passages answer={answer} idPrefix={idPrefix} />
    </>
  );
}

/** "Ask these documents": a question box, questions to try, and the answer, cited to the page. */
export function AskView({ state, suggestions, onAsk, onStop, idPrefix = 'cl-ask' }: AskProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [question, setQuestion] = useState('');
  const submit = () => {
    if (question.trim()) onAsk(question.trim());
  };
  const status =
    state.status === 'asking'
      ? state.streamed
        ? t('askWriting')
        : state.progress
          ? progressText(i18n, state.progress)
          : t('askSearching')
      : state.status === 'answered'
        ? state.answered
          ? t('askAnswerFor', { question: state.question })
          : t('askNotAnswered')
        : state.status === 'failed'
          ? failureText(t, state.failure)
          : '';
  return (
    <Section id={`${idPrefix}`} title={t('askHeading')}>
      {/* No <form> inside the sidebar (nothing in it can submit anywhere): Enter in the box and the button both ask. */}
      <div class="ask-form" role="search" aria-label={t('askHeading')}>
        <label for={`${idPrefix}-question`}>{t('askLabel')}</label>
        <div class="ask-row">
          <input
            id={`${idPrefix}-question`}
            type="text"
            name="question"
            maxLength={300}
            autoComplete="off"
            value={question}
            onInput={(event) => setQuestion((event.target as HTMLInputElement).value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || event.isComposing) return;
              event.preventDefault();
              submit();
            }}
          />
          <button type="button" onClick={submit}>
            {t('askButton')}
          </button>
        </div>
        <p class="muted small">{t('askHint')}</p>
      </div>
      {suggestions.length > 0 ? (
        <div class="ask-suggestions">
          <p class="small">{t('askSuggested')}</p>
          <ul class="plain-list" aria-label={t('askSuggested')}>
            {suggestions.map((suggestion) => {
              const text = suggestionText(t, suggestion);
              return (
                <li key={suggestion.id}>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      setQuestion(text);
                      onAsk(text, suggestion.query);
                    }}
                  >
                    {text}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div class="ask-answer" aria-busy={state.status === 'asking'}>
        {/* Announced once as it changes: "Searching…", then what the answer is to. The answer itself follows, to be read at the reader's pace. */}
        <p role="status" class={state.status === 'answered' && state.answered ? 'ask-status' : 'ask-status muted'}>
          {status}
        </p>
        {state.status === 'asking' ? (
          <>
            {state.streamed ? <p class="ask-streamed">{state.streamed}</p> : null}
            <button type="button" class="secondary" onClick={onStop}>
              {t('askStop')}
            </button>
          </>
        ) : null}
        {state.status === 'answered' ? <Answer answer={state} idPrefix={idPrefix} /> : null}
      </div>
    </Section>
  );
}
