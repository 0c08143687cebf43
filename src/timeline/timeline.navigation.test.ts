import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle } from '../test-helpers/console.js';
import { stubClipboard } from '../test-helpers/dom.js';
import './index.js';
import { root, items, titles, FIXTURES, until, EVENTS } from '../test-helpers/timeline.js';
import type { GbTimeline } from './timeline.js';

describe('gb-timeline', () => {
  describe('filter and deep links', () => {
    it('filters by category from the keyboard and announces how many events it shows', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`);
      const buttons = [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')];
      // categories in the order they first appear in time
      expect(buttons.map(b => b.textContent!.trim())).to.deep.equal(['All', 'diplomacy', 'culture']);
      buttons[1].focus();
      await sendKeys({ press: 'Enter' });
      await settle(timeline);
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      expect(titles(timeline)).to.deep.equal(['Independence', 'Diplomatic relations']);
      expect(root(timeline).querySelector('[role=status]')!.textContent).to.equal('Showing 2 of 3 events');
      buttons[0].click();
      await settle(timeline);
      expect(items(timeline)).to.have.length(3);
    });

    it('announces the count with Russian plurals', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="ru" .events=${EVENTS}></gb-timeline>`);
      [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')][2].click();
      await settle(timeline);
      expect(root(timeline).querySelector('[role=status]')!.textContent).to.equal('Показано 1 из 3 событий');
    });

    it('copies the link to an event and announces it', async () => {
      const clipboard = stubClipboard();
      const { written } = clipboard;
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="ru" .events=${EVENTS}></gb-timeline>`);
        const button = root(timeline).querySelector<HTMLButtonElement>('#center [part=copy-link]')!;
        expect(button.getAttribute('aria-label')).to.equal('Скопировать ссылку на событие');
        expect(button.title, 'a tooltip for the icon').to.equal('Скопировать ссылку на событие');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => written.length === 1);
        expect(written[0]).to.equal(`${location.href.split('#')[0]}#center`);
        await until(() => root(timeline).querySelector('[role=status]')!.textContent === 'Ссылка скопирована');
      } finally {
        clipboard.restore();
      }
    });

    it('has no copy button where the Clipboard API is not', async () => {
      const clipboard = stubClipboard(undefined, true);
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline .events=${EVENTS}></gb-timeline>`);
        expect(root(timeline).querySelector('[part=copy-link]')).to.equal(null);
      } finally {
        clipboard.restore();
      }
    });

    /** Waits for the timeline to highlight and focus the event `id`. */
    async function expectFollowed(timeline: GbTimeline, id: string): Promise<void> {
      await until(() => root(timeline).querySelector('.highlight') !== null);
      const highlighted = root(timeline).querySelector('.highlight')!;
      expect(highlighted.id).to.equal(id);
      expect(root(timeline).activeElement).to.equal(highlighted.querySelector('article'));
    }
    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

    it('scrolls to and highlights the event named in the URL', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`);
      location.hash = '#center';
      try {
        await expectFollowed(timeline, 'center');
      } finally {
        clearHash();
      }
    });

    it('follows a link to an event that arrives from src after the page loaded', async () => {
      history.replaceState(null, '', '#center-beijing');
      try {
        await expectFollowed(await fixture<GbTimeline>(html`<gb-timeline lang="en" src="${FIXTURES}/events.json"></gb-timeline>`), 'center-beijing');
      } finally {
        clearHash();
      }
    });
  });
});
