import { render } from 'preact';
import { EnabledSites } from '../../components/EnabledSites';
import { hostOfPattern, sitePattern } from '../../lib/sites';
import './style.css';

const app = document.getElementById('app')!;

async function enabledHosts(): Promise<string[]> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  return [...new Set(origins.map(hostOfPattern).filter((host): host is string => host !== undefined))].sort();
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
