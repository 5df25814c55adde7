import { scriptSchema, type Script } from '../script/scriptSchema.ts';
import { normalizeBasePath } from './siteAddress.ts';

/** A page of the site, independent of script. */
export type Route = { page: 'home' } | { page: 'glossary' } | { page: 'term'; id: string; usesPage?: number } | { page: 'about' } | { page: 'search' } | { page: 'text'; slug: string };

/** The path of a route in a script, under the site's base path (which ends in `/`). */
export function routePath(base: string, script: Script, route: Route): string {
	const root = `${normalizeBasePath(base)}${script}/`;
	switch (route.page) {
		case 'home':
			return root;
		case 'glossary':
			return `${root}glossary/`;
		case 'term':
			// The first page of an entry's uses is the entry's own page.
			return `${root}glossary/${encodeURIComponent(route.id)}/${route.usesPage && route.usesPage > 1 ? `${route.usesPage}/` : ''}`;
		case 'about':
			return `${root}about/`;
		case 'search':
			return `${root}search/`;
		case 'text':
			return `${root}texts/${encodeURIComponent(route.slug)}/`;
	}
}

/** Static paths for a page that exists once per script; the page reads its script from `Astro.locals`. */
export function scriptPaths() {
	return scriptSchema.options.map((script) => ({ params: { script } }));
}
