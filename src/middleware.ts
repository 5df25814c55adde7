/**
 * Decides, once per page, what its components share: its script, labels and base-relative links
 * (as Starlight's route data does), so that no component works them out again: the one place
 * where components get the site's base path and the corpus's name.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageScript, siteLocals } from './lib/site/siteLocals.ts';
import { readSiteSettings } from './data/generated.ts';

export const onRequest = defineMiddleware((context, next) => {
	const settings = readSiteSettings();
	// astro.config.mjs always sets `site` (siteUrl), so context.site is there.
	Object.assign(context.locals, siteLocals(pageScript(context.params.script, settings.defaultScript), { base: import.meta.env.BASE_URL, site: context.site!, settings }));
	return next();
});
