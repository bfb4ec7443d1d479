import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/ladder/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.cjs', 'bench/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests look for control characters on purpose.
    files: ['tests/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The core stays pure: it gets paths and options handed in, and never prints.
    files: ['src/ladder/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
);
