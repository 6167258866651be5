import { useEffect, useState } from 'preact/hooks';
import type { ReplyOf } from '../lib/protocol/channel';
import type { toBackground } from '../lib/protocol/messages';
import { failureText } from '../lib/shared/i18n';
import { useI18n } from './i18n';
import { Party } from './Party';

type Answer = ReplyOf<(typeof toBackground)['councillorsByPostcode']>;

export interface YourCouncillorsProps {
  council: string;
  find(postcode: string): Promise<Answer>;
  remembered(): Promise<string | undefined>;
  remember(postcode: string | undefined): Promise<void>;
  /** Following the ward a postcode is in, with the councillors the council listed for it; absent where following is not loaded. */
  wards?: { isFollowed(ward: string): boolean; toggle(ward: string, councillors: string[]): void };
}

/** "Your councillors": a postcode looked up with the council's own web service, remembered only if asked. */
export function YourCouncillors({ council, find, remembered, remember, wards }: YourCouncillorsProps) {
  const { t } = useI18n();
  const [postcode, setPostcode] = useState('');
  const [keep, setKeep] = useState(false);
  const [answer, setAnswer] = useState<Answer | 'finding' | undefined>();
  useEffect(() => {
    void remembered().then((kept) => {
      if (!kept) return;
      setPostcode(kept);
      setKeep(true);
    });
  }, []);
  const lookUp = async () => {
    setAnswer('finding');
    const found = await find(postcode);
    setAnswer(found);
    await remember(keep && found.ok ? found.postcode : undefined);
  };
  return (
    <section aria-labelledby="councillors-heading" class="stack whats-new">
      <h2 id="councillors-heading">{t('yourCouncillors')}</h2>
      <label for="postcode">{t('postcodeLabel')}</label>
      <div class="row">
        <input
          id="postcode"
          type="text"
          autocomplete="postal-code"
          maxLength={10}
          value={postcode}
          onInput={(event) => setPostcode((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && postcode.trim()) void lookUp();
          }}
        />
        <button type="button" class="secondary" disabled={!postcode.trim() || answer === 'finding'} onClick={() => void lookUp()}>
          {t('postcodeButton')}
        </button>
      </div>
      <label class="check">
        <input type="checkbox" checked={keep} onChange={(event) => setKeep((event.target as HTMLInputElement).checked)} /> {t('postcodeRemember')}
      </label>
      <p class="muted small">{t('postcodeHelp', { council })}</p>
      <div role="status">
        {answer === 'finding' ? <p>{t('postcodeFinding')}</p> : null}
        {answer && answer !== 'finding' && !answer.ok ? <p>{failureText(t, answer)}</p> : null}
      </div>
      {answer && answer !== 'finding' && answer.ok ? (
        <ul class="results" aria-label={t('yourCouncillors')}>
          {answer.councillors.map((councillor) => (
            <li key={councillor.name} class="councillor">
              {councillor.photoUrl ? <img src={councillor.photoUrl} alt="" width={40} height={40} referrerpolicy="no-referrer" /> : null}
              <span>
                {councillor.profileUrl ? (
                  <a href={councillor.profileUrl} target="_blank" rel="noopener noreferrer">
                    {councillor.name}
                  </a>
                ) : (
                  councillor.name
                )}
                {councillor.party ? (
                  <>
                    {' '}
                    <Party party={councillor.party} />
                  </>
                ) : null}
                {councillor.ward ? <span class="muted small"> · {councillor.ward}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {answer && answer !== 'finding' && answer.ok && wards
        ? wardsOf(answer.councillors).map(([ward, names]) => (
            <div key={ward} class="stack">
              <button type="button" class="secondary" aria-pressed={wards.isFollowed(ward)} onClick={() => wards.toggle(ward, names)}>
                {t(wards.isFollowed(ward) ? 'follow_personFollowing' : 'follow_person', { name: ward })}
              </button>
              <p class="muted small">{t('follow_wardHelp', { name: ward })}</p>
            </div>
          ))
        : null}
    </section>
  );
}

/** The wards a postcode's councillors represent (usually one), each with its councillors' names. */
function wardsOf(councillors: readonly { name: string; ward?: string | undefined }[]): [string, string[]][] {
  const wards = new Map<string, string[]>();
  for (const councillor of councillors) if (councillor.ward) wards.set(councillor.ward, [...(wards.get(councillor.ward) ?? []), councillor.name].slice(0, 12));
  return [...wards].slice(0, 3);
}
