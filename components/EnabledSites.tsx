export interface EnabledSitesProps {
  hosts: readonly string[];
  onRemove(host: string): void;
}

/** Council sites on their own domains where the person has turned Council Lens on. */
export function EnabledSites({ hosts, onRemove }: EnabledSitesProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesHelp')}</p>
      {hosts.length === 0 ? (
        <p>{t('noOtherSites')}</p>
      ) : (
        <ul class="site-list" aria-label={t('enabledSitesLabel')}>
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => onRemove(host)} aria-label={t('removeHost', { host })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
import { useI18n } from './i18n';
