// custom-elements.json: the one API description that Storybook's docs, editor hints and
// framework types all come from. It is read from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-helpers/**', 'src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
