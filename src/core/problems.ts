/**
 * The one error path of every widget: bad input is collected as problems while content is parsed,
 * then each new problem is reported once with a `console.warn` naming the element and a bubbling,
 * composed `gb-error` event. Nothing is thrown, so a bad embed never breaks its host page.
 */

/** What was wrong with one piece of a widget's input. */
export interface Problem {
  /** The attribute, property or light-DOM part that was wrong, e.g. `date` or `source-url`. */
  field: string;
  /** A sentence saying what was wrong and what the widget did instead. */
  message: string;
  /** The offending value, shortened for logs. */
  value?: string;
}

/** `detail` of a {@link GbErrorEvent}. */
export interface GbErrorDetail extends Problem {
  /** The tag name of the element that met the problem, e.g. `gb-quote-card`. */
  element: string;
}

/**
 * Fired by a widget (bubbling, composed) for each problem with its input. The widget has already
 * rendered what it could; listen for this to surface content errors in a CMS preview.
 */
export class GbErrorEvent extends Event {
  readonly detail: GbErrorDetail;
  constructor(detail: GbErrorDetail) {
    super('gb-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gb-error': GbErrorEvent;
  }
}

const MAX_LOGGED_VALUE = 120;

/** Shortens any value for a log line: a 100 KB string must not flood the console. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_LOGGED_VALUE ? `${text.slice(0, MAX_LOGGED_VALUE)}… (${text.length} characters)` : text;
}

/** Records a problem in `problems`; parse functions call this instead of throwing. */
export function addProblem(problems: Problem[], field: string, message: string, value?: unknown): void {
  problems.push(value === undefined ? { field, message } : { field, message, value: describeValue(value) });
}

/**
 * Reports the problems of one parse that were not already reported by the previous one, so a
 * re-render with the same bad input stays quiet while a new mistake is still heard.
 * Returns the keys to pass in next time.
 */
export function reportProblems(element: HTMLElement, problems: Problem[], alreadyReported: Set<string>): Set<string> {
  const current = new Set<string>();
  for (const problem of problems) {
    const key = `${problem.field}\u0000${problem.message}`;
    current.add(key);
    if (alreadyReported.has(key)) continue;
    const tag = element.localName;
    console.warn(`<${tag}> ${problem.field}: ${problem.message}`, element);
    element.dispatchEvent(new GbErrorEvent({ element: tag, ...problem }));
  }
  return current;
}
