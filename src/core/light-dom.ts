import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Re-renders the host when its light-DOM content changes. A CMS may fill an embed after the
 * bundle has loaded, and an editor may change the text live: the widget must follow.
 * Only the host's own subtree is observed.
 */
export class LightDomController implements ReactiveController {
  private readonly _observer: MutationObserver;

  /** Counts light-DOM changes, so a widget with costly parsing can tell whether it must parse again. */
  version = 0;

  constructor(private readonly _host: Host) {
    this._observer = new MutationObserver(records => {
      // The host's own attributes are Lit's business; children added to it or changed below it are ours.
      if (records.some(record => record.type !== 'attributes' || record.target !== _host)) {
        this.version++;
        _host.requestUpdate();
      }
    });
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }
}

/** The first element in `root`'s light DOM matching `selector`, ignoring nested golden-bridge widgets' own content. */
export function lightElement<E extends Element = Element>(root: Element, selector: string): E | undefined {
  for (const candidate of root.querySelectorAll<E>(selector)) {
    if (isOwn(root, candidate)) return candidate;
  }
  return undefined;
}

function isOwn(root: Element, candidate: Element): boolean {
  // A match belongs to `root` unless another golden-bridge widget sits between them.
  for (let node = candidate.parentElement; node && node !== root; node = node.parentElement) {
    if (node.localName.startsWith('gb-')) return false;
  }
  return true;
}

/**
 * The `lang` a light-DOM element's text was written in: its own, else the nearest ancestor's below
 * `root`; undefined when it takes the widget's language. A Kazakh page may quote an English name.
 */
export function lightLang(root: Element, element: Element | null | undefined): string | undefined {
  for (let node = element; node && node !== root; node = node.parentElement) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return undefined;
}
