// Every URL of the bench, on one local server: the generated pages and their data, the bundle,
// TimelineJS3's dist folder and the demo article (with the probe added to its <head>).
import { readFileSync } from 'node:fs';
import { eventsFor } from './data.mjs';
import { demoProbe, timelineData, timelinePages, widgetPages } from './pages.mjs';
import { startServer } from './server.mjs';

const demoHtml = withCss => {
  const html = readFileSync('demo/index.html', 'utf8').replace('<head>', `<head>${demoProbe}`);
  return withCss ? html : html.replace(/<link rel="stylesheet" href="\.\.\/dist\/golden-bridge\.css">/, '');
};

const dynamic = (pathname, url) => {
  const page = /^\/page\/(timeline|widgets)\/(.+)$/.exec(pathname);
  if (page && page[1] === 'timeline') {
    const size = url.searchParams.get('size');
    return () => timelinePages[page[2]](size, eventsFor(size).length);
  }
  if (page) return () => widgetPages(url.searchParams.get('tag'))[page[2]]();
  const data = /^\/data\/(events|timelinejs)-(\w+)\.json$/.exec(pathname);
  if (data) return () => JSON.stringify(timelineData[data[1]](data[2]));
  if (pathname === '/demo/index.html') return () => demoHtml(url.searchParams.get('css') !== '0');
  return undefined;
};

/** URLs, relative to the server's base. */
export const urls = {
  timeline: (contender, size) => `/page/timeline/${encodeURIComponent(contender)}?size=${size}`,
  widgets: (contender, tag) => `/page/widgets/${encodeURIComponent(contender)}?tag=${tag}`,
  demo: (delay, css) => `/late/${delay}/demo/index.html?css=${css ? 1 : 0}`,
};

export const startBenchServer = () =>
  startServer({ files: { '/tl/': 'node_modules/@knight-lab/timelinejs/dist/', '/dist/': 'dist/', '/demo/': 'demo/' }, dynamic });
