import { scriptSchema, type Script } from '../script/scriptSchema.ts';
import { labelsFor, langOf, type Labels } from './labels.ts';
import { normalizeBasePath } from './siteAddress.ts';
import { routePath, type Route } from './urls.ts';

/** What every component and endpoint may need about the page: filled once per page by `src/middleware.ts`. */
export interface SiteLocals {
	/** The script the page is written in. */
	script: Script;
	/** Its BCP 47 tag, `zh-Hans` or `zh-Hant`. */
	lang: 'zh-Hans' | 'zh-Hant';
	/** The site's labels in that script. */
	labels: Labels;
	/** The path of a route under the site's base path, in this page's script or the one given. */
	href: (route: Route, script?: Script) => string;
	/** The path of a file of the site (`favicon.svg`, `data/index.json`) under its base path. */
	asset: (file: string) => string;
	/** The absolute URL of a file of the site, on the site's own address. */
	absolute: (file: string) => string;
}

/** The page's script from its `[script]` route parameter; pages without one (the entry page, 404, the data files) are simplified. */
export function pageScript(param: string | undefined): Script {
	return scriptSchema.safeParse(param).data ?? 'hans';
}

/** A page's locals for its script, on a site served at `site` under `base`. */
export function siteLocals(script: Script, { base, site }: { base: string; site: URL | string }): SiteLocals {
	const asset = (file: string) => `${normalizeBasePath(base)}${file}`;
	return {
		script,
		lang: langOf(script),
		labels: labelsFor(script),
		href: (route, to = script) => routePath(base, to, route),
		asset,
		absolute: (file) => new URL(asset(file), site).href,
	};
}
