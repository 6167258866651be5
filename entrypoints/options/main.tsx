import { render } from 'preact';
import { EnabledSites } from '../../components/EnabledSites';
import { getSettings, serviceOriginPattern } from '../../lib/settings';
import { councilSiteHosts, nonSiteOrigins, sitePattern } from '../../lib/sites';
import './style.css';

const app = document.getElementById('app')!;

async function enabledHosts(): Promise<string[]> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  const servicePattern = serviceOriginPattern((await getSettings()).serviceUrl);
  return councilSiteHosts(origins, nonSiteOrigins(browser.runtime.getManifest().host_permissions, servicePattern));
}

async function show(): Promise<void> {
  const hosts = await enabledHosts();
  render(
    <>
      <h1>Council Lens settings</h1>
      <EnabledSites
        hosts={hosts}
        onRemove={async (host) => {
          // Removing the permission is what turns the site off: the background unregisters its script.
          await browser.permissions.remove({ origins: [sitePattern(host)] });
          await show();
        }}
      />
    </>,
    app,
  );
}

browser.permissions.onAdded.addListener(() => void show());
browser.permissions.onRemoved.addListener(() => void show());
void show();
