// Loaded first by every embedding test page (a classic script from 'self', so a strict CSP allows
// it): records what the test asserts on — CSP violations, uncaught errors, layout shifts, and the
// fields of the widgets' gb-error events.
window.__probe = { violations: [], errors: [], shifts: [], problems: [] };
document.addEventListener('gb-error', event => window.__probe.problems.push(`${event.detail.element} ${event.detail.field}`));
document.addEventListener('securitypolicyviolation', event => {
  window.__probe.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', event => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', event => window.__probe.errors.push(String(event.reason)));
if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__probe.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
