// The three test engines, where Debian puts them, and how to get them. Shared by the test-runner
// config, scripts/test.mjs and .ci/run, so all agree on what "installed" means.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    binary: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    packages: ['chromium'],
  },
  firefox: {
    label: 'Firefox',
    binary: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    packages: ['firefox-esr'],
  },
  webkit: {
    label: 'WebKit',
    binary: process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver',
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

const XVFB = '/usr/bin/Xvfb';

/**
 * A CJK face: without one, engines draw Chinese as boxes or in a stray fallback, and the layout
 * tests (figures that fit their badge, the gap between pinyin syllables) measure that instead of
 * what readers see. Debian's Noto CJK is what the stories and screenshots are checked with.
 */
export const FONTS = {
  label: 'Noto CJK fonts',
  file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  packages: ['fonts-noto-cjk'],
};
export const fontsAvailable = () => existsSync(FONTS.file);

/** Whether an engine can run here: its binaries (and, for WebKit, a display or Xvfb) exist. */
export function engineAvailable(name) {
  const engine = ENGINES[name];
  if (!existsSync(engine.binary)) return false;
  if (name === 'webkit') return existsSync(engine.driver) && (Boolean(process.env.DISPLAY) || existsSync(XVFB));
  return true;
}

export const missingEngines = (names = Object.keys(ENGINES)) => names.filter(name => !engineAvailable(name));

export function installHint(names) {
  const packages = names.flatMap(name => ENGINES[name].packages);
  return `apt-get update && apt-get install -y ${packages.join(' ')}   (as root, on Debian or Ubuntu)`;
}

/** Whether apt-get may install what a check needs: root on a Debian-like Linux. */
export const canApt = () =>
  process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** Installs Debian packages with apt-get (index updated first); returns whether apt-get succeeded. */
export function aptInstall(packages, what) {
  console.log(`› installing ${what} with apt-get: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return true;
  } catch (error) {
    console.error(`✗ apt-get failed: ${error.message}`);
    return false;
  }
}

/**
 * On a Debian machine where we are root, installs the engines that are missing, and the CJK fonts (of `names`, all
 * three by default) with apt-get. Elsewhere it installs nothing. Returns those still missing.
 */
export function ensureEngines(names = Object.keys(ENGINES)) {
  const missing = missingEngines(names);
  const fonts = fontsAvailable() ? [] : FONTS.packages;
  if ((missing.length === 0 && fonts.length === 0) || !canApt()) return missing;
  aptInstall([...new Set([...missing.flatMap(name => ENGINES[name].packages), ...fonts])], 'missing test engines and fonts');
  return missingEngines(names);
}

// `node scripts/engines.mjs` (used by .ci/run before npm ci): install what is missing, report.
if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = ensureEngines();
  for (const name of Object.keys(ENGINES)) {
    console.log(`  ${ENGINES[name].label}: ${missing.includes(name) ? 'missing' : 'found'}`);
  }
  console.log(`  ${FONTS.label}: ${fontsAvailable() ? 'found' : 'missing'}`);
}
