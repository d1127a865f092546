/** Debian's Chromium through playwright-core; never downloads a browser. */
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: browserPaths().chromium,
    args: [...chromiumArgs, ...extraArgs],
    headless: true,
  });
}
