// `import type {} from 'golden-bridge/preact'`: every golden-bridge element becomes a typed JSX
// element in Preact.
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
