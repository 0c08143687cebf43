// custom-elements.json: the one API description that Storybook's docs, editor hints and framework
// types all come from. It is read from the JSDoc in src/. The plugins turn it into VS Code custom
// data, JetBrains web-types and JSX types (React 19, Preact), written to dist/.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

export default {
  globs: ['src/**/*.ts'],
  // src/builder/ is the authoring page, not part of the package's API.
  exclude: ['src/**/*.test.ts', 'src/test-helpers/**', 'src/builder/**', 'src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
    // Every element class is exported from the package root, so the JSX types reference it there.
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
