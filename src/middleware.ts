/**
 * Decides, once per page, what its components share: its script, labels and base-relative links
 * (as Starlight's route data does), so that no component works them out again. The one place
 * that reads the site's base path and address.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageScript, siteLocals } from './lib/site/siteLocals.ts';
import { siteUrl } from './lib/site/siteAddress.ts';
import { readSiteSettings } from './data/generated.ts';

export const onRequest = defineMiddleware((context, next) => {
	const settings = readSiteSettings();
	Object.assign(context.locals, siteLocals(pageScript(context.params.script, settings.defaultScript), { base: import.meta.env.BASE_URL, site: context.site ?? siteUrl(), settings }));
	return next();
});
