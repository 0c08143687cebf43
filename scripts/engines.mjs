// Where the three test engines live on Debian, and how to get them. Shared by the test runner
// config and scripts/test.mjs, so both agree on what "installed" means.
export const ENGINES = {
  chromium: {
    binary: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    packages: ['chromium'],
    label: 'Chromium',
  },
  firefox: {
    binary: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    packages: ['firefox-esr'],
    label: 'Firefox',
  },
  webkit: {
    binary: process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver',
    xvfb: '/usr/bin/Xvfb',
    packages: ['webkit2gtk-driver', 'xvfb'],
    label: 'WebKit',
  },
};
