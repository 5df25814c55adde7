import { defineConfig } from 'vitest/config';

/** Unit tests for the text pipeline (src/lib, scripts). End-to-end tests run under Playwright instead. */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The CLI tests start Node child processes, and the MDX tests compile with @mdx-js/mdx.
		testTimeout: 60_000,
	},
});
