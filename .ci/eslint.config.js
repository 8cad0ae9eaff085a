// ESLint (npm run lint): neostandard style, typescript-eslint's type-aware recommended rules, and the layering rules
// of the Architecture section (README): imports point down, never in a cycle, and features meet only in app.ts.
import neostandard from 'neostandard'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const FEATURES = ['api-keys', 'contact', 'content', 'health', 'idempotency', 'media', 'privacy', 'reviews', 'webhooks']
/** The HTML and Markdown renderers' packages: loaded on first use (src/base/lazy.ts), never by a static import. */
const LAZY_PACKAGES = ['hast-util-from-html', 'hast-util-raw', 'hast-util-sanitize', 'hast-util-to-html', 'mdast-util-to-hast', 'mdast-util-to-markdown']

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tap/**', 'openapi/openapi.d.ts'] },
  ...neostandard({ ts: true }),
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      // Fastify plugins, hooks and handlers are async by contract (a returned promise instead of a done callback).
      '@typescript-eslint/require-await': 'off',
      // JSON fields and SQL columns are snake_case (STYLE.md); variables and keys that carry one keep its name.
      camelcase: 'off',
      'import-x/no-cycle': 'error',
      // Layers: http/, db/ and base/ know no feature; base/ knows nothing else of the service.
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: ['./src/http', './src/db'], from: FEATURES.map((feature) => `./src/${feature}`), message: 'http/ and db/ import no feature.' },
          { target: './src/base', from: ['./src/http', './src/db', ...FEATURES.map((feature) => `./src/${feature}`)], message: 'base/ is pure helpers.' },
          { target: ['./src/http', './src/db', './src/base', ...FEATURES.map((feature) => `./src/${feature}`)], from: ['./src/app.ts', './src/server.ts', './src/services.ts', './src/cli.ts', './src/config.ts', './seed'], message: 'Lower layers do not import the entry points, config or seed data: they are handed what they need.' },
        ],
      }],
    },
  },
  {
    // Tests read responses through inject().json(), typed `any` by design, and start tap subtests without awaiting them
    // (tap awaits them).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  // A feature imports another feature's types only: what it needs at run time is handed over in app.ts/services.ts.
  ...FEATURES.map((feature) => ({
    files: [`src/${feature}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: LAZY_PACKAGES.map((name) => ({ name, allowTypeImports: true, message: 'Load it with requireOnFirstUse (src/base/lazy.ts): a static import loads it at start.' })),
        patterns: [{
          group: FEATURES.filter((other) => other !== feature).flatMap((other) => [`../${other}/*`, `../../${other}/*`]),
          allowTypeImports: true,
          message: 'Features meet in app.ts/services.ts: import another feature\'s types only.',
        }],
      }],
    },
  })),
]
