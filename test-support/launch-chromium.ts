import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: tests and scripts never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet on a closed network (no background calls, updates or sync). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}
