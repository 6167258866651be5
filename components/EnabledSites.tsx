export interface EnabledSitesProps {
  hosts: readonly string[];
  onRemove(host: string): void;
}

/** Council sites on their own domains where the person has turned Council Lens on. */
export function EnabledSites({ hosts, onRemove }: EnabledSitesProps) {
  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Council sites</h2>
      <p class="muted">
        Council Lens always works on the vendors’ portals (*.moderngov.co.uk, *.cmis.uk.com, *.cmis-ni.org). On a council’s own domain it runs only
        after you enable it from the toolbar button there.
      </p>
      {hosts.length === 0 ? (
        <p>No other sites enabled.</p>
      ) : (
        <ul class="site-list" aria-label="Enabled council sites">
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => onRemove(host)} aria-label={`Remove ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
