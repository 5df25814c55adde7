import { defineConfig } from 'vitest/config';

/** Unit tests for the text pipeline (src/lib, scripts). End-to-end tests run under Playwright instead. */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The CLI tests start Node child processes, and the MDX tests compile with @mdx-js/mdx.
		testTimeout: 60_000,
		// Test files share their worker's modules instead of loading them again for each file (opencc-js's
		// dictionaries, zod schemas, Astro's MDX compiler): 94 s instead of 138 s here, a third of CI's unit
		// time. The pipeline keeps no state between calls but the conversion table, which each build sets.
		isolate: false,
	},
});
