import { addProblem, type Problem } from './problems.js';

/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];
/** Schemes an image may load from. */
export const IMAGE_SCHEMES: readonly string[] = ['http:', 'https:'];

// A base no real page has: a URL that resolves against it to this host was relative.
const PROBE_BASE = 'https://relative.invalid/';

/**
 * Returns the URL if it is safe to put in `href` or `src`: http, https (and mailto for links) or
 * relative. Everything else (javascript:, data:, vbscript:, a scheme hidden behind tabs or
 * entities) gives undefined. Parsing goes through the URL parser itself, so the check sees the URL
 * exactly as the browser will.
 */
export function safeUrl(value: string, schemes: readonly string[] = LINK_SCHEMES): string | undefined {
  const trimmed = value.trim();
  // Control characters have no business in a URL from content; browsers strip some, so refuse them all.
  // eslint-disable-next-line no-control-regex
  if (!trimmed || /[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, PROBE_BASE);
  } catch {
    return undefined;
  }
  const relative = url.origin === 'https://relative.invalid';
  return relative || schemes.includes(url.protocol) ? trimmed : undefined;
}

/** Reads a URL field: undefined when absent; a problem when present but not safe. */
export function readUrl(
  value: unknown,
  field: string,
  problems: Problem[],
  schemes: readonly string[] = LINK_SCHEMES,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const safe = safeUrl(value, schemes);
    if (safe) return safe;
    addProblem(problems, field, `is not a safe URL (allowed: ${schemes.join(' ')} or relative); it is not used`, value);
    return undefined;
  }
  addProblem(problems, field, 'expected a URL string; it is not used', value);
  return undefined;
}
