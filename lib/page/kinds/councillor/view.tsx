import type { KindView } from '../views';
import type { Councillor } from './model';
import { useI18n } from '../../../../components/i18n';
import { ExternalLink, Facts, PageHeader, Section } from '../../../../components/common';
import type { CouncillorVote } from '../../../protocol/messages';
import { pdfPageLink } from '../../../display/from-document';
import type { MessageKey } from '../../../shared/i18n';

const SIDE_KEY = { for: 'vote_for', against: 'vote_against', abstain: 'vote_abstain' } as const satisfies Record<CouncillorVote['side'], MessageKey>;
const OUTCOME_KEY = { carried: 'vote_carried', lost: 'vote_lost', unstated: 'vote_unstated' } as const satisfies Record<CouncillorVote['outcome'], MessageKey>;

/** A document's name from its address ("Printed minutes 12th-Sep-2024 … .pdf"), for a link's words. */
function documentName(url: string): string {
  try {
    const file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return file.replace(/\.pdf$/i, '') || url;
  } catch {
    return url;
  }
}

/** A councillor's recorded votes, from minutes already read on this device, each linked to its page. */
function CouncillorVotes({ votes }: { votes: CouncillorVote[] }) {
  const { t } = useI18n();
  return (
    <Section id="councillor-votes" title={t('councillorVotes_heading')}>
      <p class="muted">{t('councillorVotes_help')}</p>
      <ul class="plain-list" aria-label={t('councillorVotes_heading')}>
        {votes.map((vote, index) => {
          const what = [vote.item ? t('itemNumber', { number: vote.item }) : '', vote.motion ?? ''].filter(Boolean).join(', ') || vote.text.slice(0, 120);
          return (
            <li key={index}>
              <strong>{t('councillorVotes_line', { side: t(SIDE_KEY[vote.side]), what, outcome: t(OUTCOME_KEY[vote.outcome]) })}</strong>{' '}
              <ExternalLink href={pdfPageLink(vote.url, vote.page)}>
                {t('councillorVotes_page', { document: documentName(vote.url), page: vote.page })}
              </ExternalLink>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function CouncillorView({ councillor, votes }: { councillor: Councillor; votes?: CouncillorVote[] | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('councillorEyebrow')} title={councillor.name}>
        {councillor.photoUrl ? (
          <img class="portrait" src={councillor.photoUrl} alt={t('photoOf', { name: councillor.name })} referrerpolicy="no-referrer" />
        ) : null}
      </PageHeader>
      <Section id="profile" title={t('profileHeading')}>
        <Facts
          items={[
            [t('factParty'), councillor.party],
            [t('factWard'), councillor.ward],
          ]}
        />
        {councillor.roles.length > 0 ? (
          <ul class="plain-list" aria-label={t('rolesLabel')}>
            {councillor.roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : null}
      </Section>
      <Section id="appointments" title={t('appointmentsHeading')}>
        {councillor.appointments.length === 0 ? (
          <p class="muted">{t('noneListed')}</p>
        ) : (
          <ul class="plain-list" aria-label={t('appointmentsHeading')}>
            {councillor.appointments.map((appointment) => (
              <li key={appointment.title}>
                {appointment.url ? <a href={appointment.url}>{appointment.title}</a> : appointment.title}
                {appointment.role ? <span class="badge">{appointment.role}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {votes?.length ? <CouncillorVotes votes={votes} /> : null}
      {councillor.contacts.length > 0 ? (
        <Section id="contact" title={t('contactHeading')}>
          <ul class="plain-list" aria-label={t('contactHeading')}>
            {councillor.contacts.map((contact) => (
              <li key={`${contact.kind}:${contact.value}`}>{contact.url ? <ExternalLink href={contact.url}>{contact.value}</ExternalLink> : contact.value}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export const CouncillorKindView: KindView<'councillor'> = ({ page, councillorVotes }) => <CouncillorView councillor={page} votes={councillorVotes} />;
