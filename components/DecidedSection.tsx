import type { Meeting } from '../lib/page/kinds';
import { decidedItems } from '../lib/page/decided';
import { ExternalLink, Prose, Section } from './common';
import { useI18n } from './i18n';

/**
 * What the meeting decided, as the council's own meeting page publishes it under each item: the
 * decision (or the minutes' resolution) and ModernGov's recorded votes, with the council's page
 * of how each councillor voted. Local-government terms are explained once for the section.
 */
export function DecidedSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const items = decidedItems(meeting);
  if (items.length === 0) return null;
  const seen = new Set<string>();
  return (
    <Section id="decided" title={t('decided_heading')}>
      <ul class="decided-items">
        {items.map((item, index) => (
          <li key={item.anchor ?? index}>
            <h4 class="decided-title">{item.number ? t('meeting_item', { number: item.number, title: item.title }) : item.title}</h4>
            {item.resolution ? <Prose text={item.resolution} seen={seen} /> : null}
            {item.recordedVotes?.length ? (
              <ul class="recorded-votes" aria-label={t('heading_votes')}>
                {item.recordedVotes.map((vote, voteIndex) => (
                  <li key={voteIndex}>
                    <strong>{vote.result ?? t('vote_unstated')}</strong>
                    {': '}
                    {vote.title}
                    {vote.type ? <span class="muted"> ({vote.type})</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {item.recordedVotesUrl ? <ExternalLink href={item.recordedVotesUrl}>{t('decided_howEachVoted')}</ExternalLink> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
