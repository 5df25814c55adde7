/**
 * Decides, once per page, what its components share: its script, labels and base-relative links
 * (as Starlight's route data does), so that no component works them out again.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageScript, siteLocals } from './lib/site/siteLocals.ts';

export const onRequest = defineMiddleware((context, next) => {
	Object.assign(context.locals, siteLocals(pageScript(context.params.script), import.meta.env.BASE_URL));
	return next();
});
