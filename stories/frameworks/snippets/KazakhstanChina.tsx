// React 19 renders custom elements natively: it sets a property when the element has one (so
// `events` and `translations` get arrays, not strings) and adds a listener for `ongb-error`.
import 'golden-bridge';
import type {} from 'golden-bridge/react';
import type { GbErrorEvent } from 'golden-bridge';
import { cultureEvents, oneFlower } from './seed-data.js';

function report(event: GbErrorEvent) {
  const { element, field, message } = event.detail;
  console.warn(`<${element}> ${field}: ${message}`);
}

export function KazakhstanChina() {
  return (
    <article lang="en">
      <gb-quote-card variant="pull" ongb-error={report}
        quote="Art and culture are a golden bridge that unites different nations."
        speaker="Kassym-Jomart Tokayev" speaker-role="President of Kazakhstan"
        date="2025-09-02" source="The Astana Times" source-url="https://astanatimes.com/" />

      <gb-stat-group label="Kazakhstan and China in figures" ongb-error={report}>
        <gb-stat-badge value={43_820_000_000} currency="USD" notation="compact" change={6.8} change-period="year on year"
          label="China–Kazakhstan trade" as-of="2024" source="General Administration of Customs of China" />
        <gb-stat-badge value={600_000} unit="trips" notation="compact" label="Cross-border trips" as-of="2023" source="CGTN" />
      </gb-stat-group>

      <gb-proverb layout="interlinear" attribution="Kassym-Jomart Tokayev, Beijing, 2 September 2025"
        original={oneFlower.original} translations={oneFlower.translations} ongb-error={report} />

      <gb-timeline events={cultureEvents} group-by="none" ongb-error={report} />
    </article>
  );
}
