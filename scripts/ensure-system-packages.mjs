// The e2e tests, the demo and the bench drive Debian's browsers (and, for the tests that press
// real keys and open the real right-click menu, an X display with xdotool); the bench compares
// pdf.js with poppler's pdftotext. Install what is
// missing when running as root (CI, a fresh container); otherwise say in one line how to get it.
//   node scripts/ensure-system-packages.mjs chromium firefox xvfb xdotool poppler
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium', env: 'CHROMIUM_PATH' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr', env: 'FIREFOX_PATH' },
  xvfb: { path: '/usr/bin/Xvfb', apt: 'xvfb' },
  xdotool: { path: '/usr/bin/xdotool', apt: 'xdotool' },
  // The bench's native peer: pdf.js is measured as a ratio to pdftotext on the same files.
  poppler: { path: '/usr/bin/pdftotext', apt: 'poppler-utils' },
};

const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['chromium'];
const missing = wanted
  .map((name) => {
    const entry = PACKAGES[name];
    if (!entry) throw new Error(`Unknown package "${name}" (known: ${Object.keys(PACKAGES).join(', ')})`);
    return entry;
  })
  .filter((entry) => !existsSync(entry.path));

if (missing.length > 0) {
  const names = missing.map((entry) => entry.apt).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Missing ${names}: installing with apt-get…`);
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${names}`, { stdio: 'inherit' });
  } else {
    console.error(
      `Missing ${names}: run \`sudo apt-get update && sudo apt-get install -y ${names}\`${missing.some((entry) => entry.env) ? ` (or set ${missing.flatMap((entry) => entry.env ?? []).join(' / ')})` : ''}.`,
    );
    process.exit(1);
  }
}
