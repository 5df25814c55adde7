// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/lib/site/siteAddress.ts';

/**
 * `SITE_URL` and `BASE_PATH` let one build serve https://user.github.io/repo/ or a custom domain.
 * Every internal URL is built from `import.meta.env.BASE_URL`. The base is normalised to one leading
 * and one trailing slash, so `repo`, `/repo` and `/repo/` all work.
 */
export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	// No Markdown options: corpus text never reaches the Markdown processor (smart punctuation
	// included). Generated MDX bodies hold only <Passage> elements naming a passage id; the text
	// comes from the edition record, as data.
	integrations: [mdx()],
	vite: {
		build: {
			rollupOptions: {
				// Every MDX module carries Astro's own `"use astro:head-inject"` directive, which the bundler
				// warns about once per file (withastro/astro#18087, open): thousands of boxed warnings for a
				// large corpus. Only that warning is silenced; every other one is still printed.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
