import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // End-to-end tests spawn the CLI; on a busy two-core machine a spawn can take a while.
    testTimeout: 20_000,
    env: { LADDER_NO_CACHE: '1', TZ: 'UTC' },
  },
});
