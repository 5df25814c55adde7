import type { LaunchOptions } from '@playwright/test';

/**
 * Chromium from the system (Debian's `chromium` package), because `npx playwright install` needs
 * the internet. `CHROMIUM_PATH` names any other Chrome or Chromium.
 */
export const chromiumLaunchOptions: LaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};
