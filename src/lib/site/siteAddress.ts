/** Where the site is served, as `SITE_URL` and `BASE_PATH` set it (see README). */

/** The site's URL when `SITE_URL` is not set: where `npm start` serves it. */
export const defaultSiteUrl = 'http://localhost:4321';

/** The site's URL from the environment. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
	return env.SITE_URL || defaultSiteUrl;
}

/** The site's base path from the environment, normalised (`BASE_PATH`; `/` when unset). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
	return normalizeBasePath(env.BASE_PATH || '');
}

/**
 * A site's base path with one leading and one trailing slash, so that `repo`, `/repo` and `/repo/`
 * (the `BASE_PATH` a user may write) all mean `/repo/`, and an empty one means `/`.
 */
export function normalizeBasePath(base: string): string {
	return `/${base.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
}
