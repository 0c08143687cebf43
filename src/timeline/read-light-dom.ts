import { lightLang } from '../core/light-dom.js';
import type { RawEvent, RawEventList } from './timeline.model.js';

/**
 * Reads the light-DOM path: `<gb-timeline-event>` children, or an `<ol>` of `<li>` with `<time>`, a
 * heading and text. Each item is read when the list is asked for it, so that a long list is read a
 * batch per task along with the checking (see parseEventsInTasks), not all at once.
 */
export function readTimelineLightDom(host: Element): RawEventList | undefined {
  const children = [...host.children];
  const custom = children.filter(child => child.localName === 'gb-timeline-event');
  if (custom.length) return lazyList(custom, event => readCustomEvent(host, event));
  const list = children.find(child => child.localName === 'ol' || child.localName === 'ul');
  if (!list) return undefined;
  const items = [...list.children].filter(item => item.localName === 'li');
  return lazyList(items, item => readListItem(host, item));
}

const lazyList = (elements: Element[], read: (element: Element) => RawEvent): RawEventList => ({
  length: elements.length,
  at: index => (elements[index] ? read(elements[index]) : undefined),
});

function readCustomEvent(host: Element, event: Element): RawEvent {
  const attr = (name: string) => event.getAttribute(name) ?? undefined;
  return {
    date: attr('date'),
    'end-date': attr('end-date'),
    title: attr('title'),
    text: event.textContent ?? undefined,
    image: attr('image'),
    'image-alt': attr('image-alt'),
    caption: attr('caption'),
    credit: attr('credit'),
    link: attr('link'),
    category: attr('category'),
    id: attr('id'),
    lang: lightLang(host, event),
  };
}

function readListItem(host: Element, item: Element): RawEvent {
  const times = item.querySelectorAll('time');
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6');
  const image = item.querySelector('img');
  const link = [...item.querySelectorAll('a[href]')].pop();
  const paragraphList = [...item.querySelectorAll('p')];
  const paragraphs = paragraphList.map(p => p.textContent ?? '').join(' ');
  return {
    date: times[0]?.getAttribute('datetime') ?? times[0]?.textContent ?? undefined,
    'end-date': times[1]?.getAttribute('datetime') ?? undefined,
    title: heading?.textContent ?? undefined,
    text: paragraphs || undefined,
    image: image?.getAttribute('src') ?? undefined,
    'image-alt': image?.getAttribute('alt') ?? undefined,
    link: link?.getAttribute('href') ?? undefined,
    category: item.getAttribute('data-category') ?? undefined,
    id: item.id || undefined,
    lang: lightLang(host, item),
    'title-lang': lightLang(host, heading),
    'text-lang': lightLang(host, paragraphList[0]),
  };
}
