// Angular: CUSTOM_ELEMENTS_SCHEMA lets the template use <gb-*> tags; [events] and [translations]
// are property bindings (arrays, not strings), [attr.…] would set attributes, (gb-error) listens.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'golden-bridge';
import type { GbErrorEvent } from 'golden-bridge';
import { cultureEvents, oneFlower } from './seed-data.js';

@Component({
  selector: 'app-kazakhstan-china',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <article lang="en" (gb-error)="report($event)">
      <gb-quote-card variant="pull"
        quote="Art and culture are a golden bridge that unites different nations."
        speaker="Kassym-Jomart Tokayev" speaker-role="President of Kazakhstan"
        date="2025-09-02" source="The Astana Times" source-url="https://astanatimes.com/"></gb-quote-card>

      <gb-stat-group label="Kazakhstan and China in figures">
        <gb-stat-badge [value]="43820000000" currency="USD" notation="compact" [change]="6.8" change-period="year on year"
          label="China–Kazakhstan trade" as-of="2024" source="General Administration of Customs of China"></gb-stat-badge>
        <gb-stat-badge [value]="600000" unit="trips" notation="compact" label="Cross-border trips" as-of="2023" source="CGTN"></gb-stat-badge>
      </gb-stat-group>

      <gb-proverb layout="interlinear" attribution="Kassym-Jomart Tokayev, Beijing, 2 September 2025"
        [original]="proverb.original" [translations]="proverb.translations"></gb-proverb>

      <gb-timeline [events]="events" group-by="none"></gb-timeline>
    </article>
  `,
})
export class KazakhstanChinaComponent {
  readonly events = cultureEvents;
  readonly proverb = oneFlower;

  report(event: GbErrorEvent) {
    const { element, field, message } = event.detail;
    console.warn(`<${element}> ${field}: ${message}`);
  }
}
