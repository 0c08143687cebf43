import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale, memoize } from './intl.js';

/** The languages golden-bridge ships UI strings for. */
export type UiLanguage = 'en' | 'zh-Hans' | 'kk' | 'ru';

/** A table of UI strings, one entry per shipped language. */
export type Translations<Strings> = Record<UiLanguage, Strings>;

/** The language an element resolved to, and whether its `lang` needed correcting. */
export interface ResolvedLanguage {
  /** A canonical BCP 47 tag; used for `Intl` and for `lang` on rendered text. */
  lang: string;
  /** The tag as written when it was not a valid language tag (then `lang` is `en`). */
  invalid?: string;
}

/**
 * The language rule of golden-bridge: the element's own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else the document's, else `en`. An invalid tag falls back to `en`.
 */
export function resolveLanguage(element: Element): ResolvedLanguage {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang')?.trim();
    if (tag) {
      const lang = canonicalLocale(tag);
      return lang ? { lang } : { lang: 'en', invalid: tag };
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return { lang: 'en' };
}

/** The language subtag of a tag (`zh-Hans-CN` → `zh`); an invalid tag is kept as given and matches nothing. */
const languageSubtag = memoize(tag => {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag;
  }
});

/**
 * Picks the UI strings for a language: Chinese in any form gets zh-Hans, Kazakh kk, Russian ru, and
 * every other language English. Returns the language of the strings picked, which is what the
 * rendered UI text must carry as its `lang` (a French page still shows English button labels).
 */
export function pickTranslation<Strings>(
  table: Translations<Strings>,
  lang: string,
): { lang: UiLanguage; strings: Strings } {
  const language = languageSubtag(lang);
  const picked: UiLanguage =
    language === 'zh' ? 'zh-Hans' : language === 'kk' || language === 'ru' ? language : 'en';
  return { lang: picked, strings: table[picked] };
}

type LanguageHost = ReactiveControllerHost & HTMLElement;

const watched = new Map<LanguageHost, LanguageController>();
let observer: MutationObserver | undefined;

/**
 * Keeps a host's language current. One MutationObserver for the whole page watches `lang`
 * attributes (not one per element: a page may hold a thousand widgets) and updates only the hosts
 * whose resolved language changed.
 */
export class LanguageController implements ReactiveController {
  /** The resolved language; read it in `willUpdate`. */
  resolved: ResolvedLanguage;

  constructor(private readonly _host: LanguageHost) {
    this.resolved = { lang: 'en' };
    _host.addController(this);
  }

  /** Resolves the language now; the host calls this at the start of each update. */
  refresh(): ResolvedLanguage {
    this.resolved = resolveLanguage(this._host);
    return this.resolved;
  }

  hostConnected(): void {
    watched.set(this._host, this);
    if (!observer) {
      observer = new MutationObserver(onLangMutation);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    watched.delete(this._host);
    if (watched.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

function onLangMutation(): void {
  for (const [host, controller] of watched) {
    const next = resolveLanguage(host);
    if (next.lang !== controller.resolved.lang || next.invalid !== controller.resolved.invalid) host.requestUpdate();
  }
}
