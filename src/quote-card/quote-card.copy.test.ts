import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, stubClipboard, waitFor } from '../test-helpers/dom.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';
import { QUOTE, ROLE, SOURCE, SOURCE_URL, SPEAKER, attributeCard } from './quote-card.fixtures.js';

// The copy button: the clipboard, its announcements, the keyboard.
describe('gb-quote-card', () => {
  describe('copy action', () => {
    it('copies the quote with its attribution and announces it', async () => {
      const clipboard = stubClipboard();
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        (part(card, 'copy-button') as HTMLButtonElement).click();
        const status = () => card.shadowRoot!.querySelector('[role=status]')!.textContent;
        await waitFor(() => clipboard.written.length === 1 && status() === 'Quote copied to the clipboard');
        const date = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'long' }).format(Date.UTC(2025, 8, 2));
        expect(clipboard.written[0]).to.equal(`“${QUOTE}” — ${SPEAKER}, ${ROLE}, ${SOURCE}, ${date}, ${SOURCE_URL}`);
      } finally {
        clipboard.restore();
      }
    });

    it('works from the keyboard (Tab, then Enter or Space)', async () => {
      const clipboard = stubClipboard();
      try {
        const card = await fixture<GbQuoteCard>(attributeCard('kk'));
        const button = part(card, 'copy-button') as HTMLButtonElement;
        button.focus();
        expect(card.shadowRoot!.activeElement).to.equal(button);
        await sendKeys({ press: 'Enter' });
        await waitFor(() => clipboard.written.length === 1);
        await sendKeys({ press: ' ' });
        await waitFor(() => clipboard.written.length === 2);
        expect(clipboard.written[0]).to.match(/^«Art and culture/);
        await waitFor(() => card.shadowRoot!.querySelector('[role=status]')!.textContent === 'Дәйексөз алмасу буферіне көшірілді');
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failed copy', async () => {
      const clipboard = stubClipboard(() => Promise.reject(new Error('denied')));
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        (part(card, 'copy-button') as HTMLButtonElement).click();
        await waitFor(() => card.shadowRoot!.querySelector('[role=status]')!.textContent === 'Could not copy the quote');
      } finally {
        clipboard.restore();
      }
    });

    it('is absent where the Clipboard API is not', async () => {
      const clipboard = stubClipboard(undefined, true);
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        expect(part(card, 'copy-button')).to.equal(null);
      } finally {
        clipboard.restore();
      }
    });
  });
});
