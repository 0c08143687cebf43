// `import type {} from 'golden-bridge/react'` (or list it in tsconfig "types"): every golden-bridge
// element becomes a typed JSX element in React 19, which renders custom elements natively.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
