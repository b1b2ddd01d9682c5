import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, with the flags that keep it quiet on a machine without internet access. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.VERSO_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!executablePath) {
    throw new Error('Chromium not found at /usr/bin/chromium. Run `npm run setup` (installs it with apt-get) or set VERSO_CHROMIUM to a Chromium binary.');
  }
  return {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}
