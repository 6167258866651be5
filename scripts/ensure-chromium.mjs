// The e2e tests and the demo drive Debian's Chromium. Install it when running as root
// (CI, a fresh container); otherwise say in one line how to get it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing it with apt-get…');
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  } else {
    console.error('Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH).');
    process.exit(1);
  }
}
