import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Rules that hold between files. Each says why, so a newcomer knows where a change belongs.
const LIB_IS_PLAIN = {
  // src/lib holds the site's logic; islands and pages render it. Logic that needs a framework
  // belongs in an island.
  patterns: [
    {
      group: ['preact', 'preact/*', '@nanostores/preact'],
      message: 'src/lib never imports Preact: keep rendering in src/components.',
    },
    {
      group: ['astro', 'astro:*', 'astro/*'],
      message: 'src/lib never imports Astro: pass what a page knows in as arguments.',
    },
  ],
};
const GROUND_FLOOR = {
  // Dates, text, routes and lazy are what every other module builds on, so they import none of them.
  patterns: [
    {
      group: ['../*', '!../lazy', '!../dates/*'],
      message:
        'lib/dates, text.ts, routes.ts and lazy.ts are the ground floor: they import no other lib module.',
    },
    { group: ['./*/*'], message: 'The ground floor imports no other lib module.' },
  ],
};
const PUBLIC_ENTRIES = {
  // An island reaches a lib module through its index, so a module can rearrange its own files.
  patterns: [
    {
      regex: String.raw`(^|/)lib/[^/]+/(?!index$)[^/]+`,
      message: 'Import a lib module through its public entry (lib/<module>), not one of its files.',
    },
  ],
};
const ONE_LOADING_SEAM = {
  selector: 'ImportExpression',
  message:
    'Code loaded on demand goes through onDemand(): src/lib/on-demand.ts for logic, src/components/islands/on-demand.ts for the parts of an island.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Type-aware rules for the TypeScript the browser runs and the tests that check it.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      // An unused part of a destructuring is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Event handlers may return a promise; Preact ignores it, and the handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read parsed JSON and library results loosely typed on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': ['error', ONE_LOADING_SEAM],
    },
  },
  {
    files: ['src/lib/on-demand.ts', 'src/components/islands/on-demand.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', LIB_IS_PLAIN] },
  },
  {
    files: ['src/lib/dates/**/*.ts', 'src/lib/text.ts', 'src/lib/routes.ts', 'src/lib/lazy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...LIB_IS_PLAIN.patterns, ...GROUND_FLOOR.patterns] },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', PUBLIC_ENTRIES] },
  },
  {
    // An island that outgrows a screenful of reading splits into its parts (a hook, a section).
    files: ['src/components/islands/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
