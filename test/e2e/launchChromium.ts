/**
 * Debian's Chromium, headless, driven by playwright-core: no browser download. CI installs the
 * `chromium` package when /usr/bin/chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per launch, removed again on close. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} ontbreekt: installeer Chromium met "apt-get install -y chromium" (geen browserdownload via playwright).`);
  }
  const profiel = mkdtempSync(join(tmpdir(), 'samenwerkingstoets-e2e-'));
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 860 },
    locale: 'nl-NL',
    colorScheme: 'light',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profiel, { recursive: true, force: true });
    },
  };
}
