/**
 * Registers a custom element once, however many copies of golden-bridge a page loads.
 *
 * A news page often ends up with two embeds that each bring their own `<script>` tag, sometimes of
 * different versions. `customElements.define()` throws on the second call for the same tag, which
 * would stop the rest of that script. The first definition wins; a different class for the same
 * tag is reported once, because its behaviour may differ from what the page expects.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering or a non-browser test environment
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
  } else if (existing !== element && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `<${tag}> is already defined by another copy of golden-bridge; that copy renders it. ` +
        'Load golden-bridge once per page to avoid shipping it twice.',
    );
  }
}

const warnedTags = new Set<string>();
