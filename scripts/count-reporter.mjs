// A web-test-runner reporter that prints how many tests each engine ran, and one plain
// "N passed, N failed" line at the end for CI logs to be read by.

/** Counts the tests of one suite tree. */
function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = perEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0 };
        counts.files++;
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test ran no test: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
        else if (session.errors?.length) counts.failed += session.errors.length;
        perEngine.set(name, counts);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      console.log('\nTests per engine:');
      for (const [name, counts] of perEngine) {
        console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${counts.files} files)`);
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
      }
      console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
    },
  };
}
