import { useState } from 'preact/hooks';
import type { FollowOverview } from '../lib/protocol/messages';
import type { NewsItem } from '../lib/background/follow/model';
import { failureText, type MessageKey } from '../lib/shared/i18n';
import type { Failure } from '../lib/protocol/failure';
import { useI18n } from './i18n';
import { formatMoment } from './format';
import { byCodeUnit } from '../lib/shared/order';

/** "Follow" / "Following": one click each way, and the state said by the button itself (aria-pressed). */
export function FollowButton({ following, onToggle, help }: { following: boolean | undefined; onToggle(): void; help: string }) {
  const { t } = useI18n();
  return (
    <p class="follow">
      <button
        type="button"
        class={following ? 'secondary following' : 'secondary'}
        aria-pressed={following === true}
        disabled={following === undefined}
        onClick={onToggle}
      >
        {following ? t('follow_following') : t('follow_follow')}
      </button>{' '}
      <span class="muted small">{help}</span>
    </p>
  );
}

const councilOf = (item: { council?: string; site: string }) => item.council ?? new URL(item.site).host;

/** News grouped by council, newest first within each. */
export function groupedByCouncil(news: readonly NewsItem[]): [string, NewsItem[]][] {
  const groups = new Map<string, NewsItem[]>();
  for (const item of [...news].sort((a, b) => byCodeUnit(b.seenAt, a.seenAt))) groups.set(councilOf(item), [...(groups.get(councilOf(item)) ?? []), item]);
  return [...groups];
}

export function NewsList({ news, label }: { news: readonly NewsItem[]; label: string }) {
  const { t, locale } = useI18n();
  const date = (iso: string) => formatMoment(iso, locale);
  return (
    <>
      {groupedByCouncil(news).map(([council, items]) => (
        <section key={council} class="news-council" aria-label={council}>
          <h3>{council}</h3>
          <ul class="news" aria-label={label}>
            {items.map((item) => (
              <li key={item.id} class={item.read ? 'read' : 'unread'}>
                <span class="news-kind">
                  {t(`news_${item.kind}` as MessageKey)} · {item.about}
                  {item.read ? null : <strong> · {t('newsUnread')}</strong>}
                </span>
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {item.title}
                </a>
                {item.detail ? <span class="muted small"> {item.detail}</span> : null}
                <span class="muted small"> · {t('newsSeen', { date: date(item.seenAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Councils that could not be checked, said plainly; the next check tries again. */
export function CheckFailures({ statuses }: { statuses: FollowOverview['statuses'] }) {
  const { t, locale } = useI18n();
  const failing = statuses.filter((status) => status.failure && status.failingSince);
  if (failing.length === 0) return null;
  return (
    <ul class="plain-list" aria-label={t('checkProblems')}>
      {failing.map((status) => (
        <li key={status.site} role="status" class="warn">
          {t('couldntCheck', {
            council: status.council ?? new URL(status.site).host,
            date: formatMoment(status.failingSince!, locale),
            reason: failureText(t, status.failure as Failure),
          })}
        </li>
      ))}
    </ul>
  );
}

export interface WhatsNewProps {
  overview: FollowOverview;
  checking: boolean;
  onMarkAllRead(): void;
  onCheckNow(): void;
  /** The council site the popup is on, where words can be watched for. */
  site?: { origin: string; council: string };
  onWatchWords(site: string, words: string): void;
}

/** The popup's "What's new": newest first, by council, with "Mark all read" and "Check now". */
export function WhatsNew({ overview, checking, onMarkAllRead, onCheckNow, site, onWatchWords }: WhatsNewProps) {
  const { t } = useI18n();
  const [words, setWords] = useState('');
  return (
    <section aria-labelledby="news-heading" class="stack whats-new">
      <h2 id="news-heading">{t('whatsNew')}</h2>
      <CheckFailures statuses={overview.statuses} />
      {overview.follows.length === 0 ? <p class="muted">{t('notFollowing')}</p> : null}
      {overview.follows.length > 0 && overview.news.length === 0 ? <p class="muted">{t('noNews', { hours: overview.settings.everyHours })}</p> : null}
      <NewsList news={overview.news.slice(0, 30)} label={t('whatsNew')} />
      <div class="row">
        <button type="button" class="secondary" disabled={checking || overview.follows.length === 0} onClick={onCheckNow}>
          {checking ? t('checking') : t('checkNow')}
        </button>
        <button type="button" class="secondary" disabled={overview.unread === 0} onClick={onMarkAllRead}>
          {t('markAllRead')}
        </button>
      </div>
      {site ? (
        <div class="stack">
          <label for="watch-words">{t('watchWordsLabel', { council: site.council })}</label>
          <div class="row">
            <input id="watch-words" type="text" maxLength={100} value={words} onInput={(event) => setWords((event.target as HTMLInputElement).value)} />
            <button
              type="button"
              class="secondary"
              disabled={words.trim().length < 2}
              onClick={() => {
                onWatchWords(site.origin, words.trim());
                setWords('');
              }}
            >
              {t('watchWordsButton')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

export interface FollowSettingsProps {
  overview: FollowOverview;
  onWatchWords(site: string, words: string): void;
  onRemove(id: string): void;
  onImport(json: string): void;
  onSettings(settings: FollowOverview['settings']): void;
  /** Asks the browser for the optional `notifications` permission (from the click itself). */
  onNotifications(on: boolean): void;
  notificationsRefused?: boolean;
}

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** The settings page: everything followed by council, export and import, how often, notifications, and the week's digest. */
export function FollowSettingsSection({ overview, onRemove, onImport, onSettings, onNotifications, notificationsRefused, onWatchWords }: FollowSettingsProps) {
  const { t } = useI18n();
  const [words, setWords] = useState<Record<string, string>>({});
  const byCouncil = new Map<string, FollowOverview['follows']>();
  for (const follow of overview.follows) byCouncil.set(councilOf(follow), [...(byCouncil.get(councilOf(follow)) ?? []), follow]);
  const exported = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify({ councilLensFollows: 1, follows: overview.follows }, null, 2))}`;
  const weekAgo = new Date(Date.now() - WEEK).toISOString();
  const week = overview.news.filter((item) => item.seenAt >= weekAgo);
  return (
    <section aria-labelledby="follows-heading" class="card">
      <h2 id="follows-heading">{t('followsHeading')}</h2>
      <p class="muted">{t('followsHelp')}</p>
      <CheckFailures statuses={overview.statuses} />
      {overview.follows.length === 0 ? <p class="muted">{t('notFollowing')}</p> : null}
      {[...byCouncil].map(([council, follows]) => (
        <section key={council} aria-label={council}>
          <h3>{council}</h3>
          <ul class="plain-list" aria-label={council}>
            {follows.map((follow) => (
              <li key={follow.id} class="row">
                <span>
                  {t(`follow_kind_${follow.kind}`)}: {follow.label}
                </span>
                <button type="button" class="secondary" onClick={() => onRemove(follow.id)}>
                  {t('removeFollow', { label: follow.label })}
                </button>
              </li>
            ))}
          </ul>
          <label for={`watch-${follows[0]!.site}`}>{t('watchWordsLabel', { council })}</label>
          <div class="row">
            <input
              id={`watch-${follows[0]!.site}`}
              type="text"
              maxLength={100}
              value={words[follows[0]!.site] ?? ''}
              onInput={(event) => setWords({ ...words, [follows[0]!.site]: (event.target as HTMLInputElement).value })}
            />
            <button
              type="button"
              class="secondary"
              disabled={(words[follows[0]!.site] ?? '').trim().length < 2}
              onClick={() => {
                onWatchWords(follows[0]!.site, (words[follows[0]!.site] ?? '').trim());
                setWords({ ...words, [follows[0]!.site]: '' });
              }}
            >
              {t('watchWordsButton')}
            </button>
          </div>
        </section>
      ))}
      <div class="row">
        <a class="button secondary" href={exported} download="council-lens-follows.json">
          {t('exportFollows')}
        </a>
        <label class="button secondary">
          {t('importFollows')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file && file.size < 500_000) onImport(await file.text());
            }}
          />
        </label>
      </div>
      <label for="check-every">{t('checkEvery')}</label>
      <select
        id="check-every"
        value={String(overview.settings.everyHours)}
        onChange={(event) => onSettings({ ...overview.settings, everyHours: Number((event.target as HTMLSelectElement).value) })}
      >
        {[1, 2, 3, 4, 6, 8, 12, 24].map((hours) => (
          <option key={hours} value={String(hours)}>
            {t('everyHours', { hours })}
          </option>
        ))}
      </select>
      <label class="check">
        <input type="checkbox" checked={overview.settings.notifications} onChange={(event) => onNotifications((event.target as HTMLInputElement).checked)} />{' '}
        {t('notificationsLabel')}
      </label>
      {notificationsRefused ? <p role="alert">{t('notificationsRefused')}</p> : null}
      <h3>{t('digestHeading')}</h3>
      {week.length === 0 ? <p class="muted">{t('digestEmpty')}</p> : <NewsList news={week} label={t('digestHeading')} />}
    </section>
  );
}
