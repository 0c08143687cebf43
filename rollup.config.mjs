// The one bundle a news article loads: dist/golden-bridge.js, every widget registered, Lit inside
// (its production build, which rollup resolves by default), templates and code minified.
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** Plugins shared by the real bundle and the size-report variants (scripts/size.mjs). */
export function bundlePlugins() {
  return [
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
    // Attribute quotes go where HTML allows it. Lit reads unquoted attribute values, bindings
    // included (`lang=${x}`, `id=tab-${i}`): its template scanner takes any unquoted value character.
    minifyHTMLLiterals({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3 },
      // Members named `_x` are internal by our convention (every private or protected member), so their
      // names are mangled too. Lit's own internals are `_$x` and keep their names: Lit's separately
      // minified parts (lit-html, reactive-element) meet on them.
      mangle: { properties: { regex: /^_(?!\$)/ } },
      format: { comments: false },
    }),
  ];
}

/** The embed scripts (src/embed/): classic scripts, since a sandboxed frame cannot load modules from elsewhere without CORS. */
const embedScript = (input, file) => ({
  input,
  output: { file, format: 'iife' },
  plugins: [
    esbuild({ target: 'es2020', tsconfig: 'tsconfig.json', minify: false }),
    terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
  ],
});

export default [{
  input: 'src/index.ts',
  output: { file: 'dist/golden-bridge.js', format: 'es' },
  plugins: bundlePlugins(),
  onwarn(warning, warn) {
    // Lit's own `this` at module scope is harmless; everything else is worth a look.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
},
// The builder page (dist/builder/index.html): the builder with every widget, one file beside the page.
{
  input: 'src/builder/main.ts',
  output: { file: 'dist/builder/builder.js', format: 'es' },
  plugins: bundlePlugins(),
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
},
// Inlined into every embed page by `golden-bridge embed`.
embedScript('src/embed/frame.ts', 'dist/embed-frame.js'),
// The host script an article loads beside its <iframe data-golden-bridge> embeds.
embedScript('src/embed/host.ts', 'dist/golden-bridge-host.js'),
];
