import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default of one worker fewer than the cores runs one file at a time on two cores;
    // its own process mostly waits.
    maxWorkers: availableParallelism(),
  },
});
