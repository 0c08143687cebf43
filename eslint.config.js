// Lint: typescript-eslint's type-aware rules, eslint-plugin-lit for templates. lit-analyzer runs
// beside it (npm run lint) for binding and attribute type checks inside templates.
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // stories/frameworks/snippets: checked by each framework's compiler in npm run test:consumer.
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', 'stories/frameworks/snippets/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-property-change-update': 'error',
      // Content must never be parsed as HTML: no unsafeHTML, no innerHTML outside tests.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render content as text, never as HTML.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/test-helpers/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render content as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render content as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render content as text, never as HTML.' },
      ],
      'no-console': ['error', { allow: ['warn'] }],
      // Private and protected members are named `_x`: the bundle's terser mangles exactly those
      // names (rollup.config.mjs), so a member named otherwise keeps its bytes, and a public `_x`
      // would lose its name. Lit's own protected hooks (willUpdate, render, …) are overrides.
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'memberLike', modifiers: ['private'], format: null, leadingUnderscore: 'require' },
        { selector: 'memberLike', modifiers: ['protected'], format: null, leadingUnderscore: 'require' },
        { selector: 'memberLike', modifiers: ['protected', 'override'], format: null },
      ],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['src/**/*.test.ts', 'src/test-helpers/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // plain scripts that run in test pages
    files: ['src/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
