import type { SiteSettings } from '../edition/corpusSettings.ts';
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
	/** The path of a file of the site (`favicon.png`, `data/index.json`) under its base path. */
	asset: (file: string) => string;
	/** The absolute URL of a file of the site, on the site's own address. */
	absolute: (file: string) => string;
	/** The absolute URL of a route, on the site's own address, in this page's script or the one given. */
	pageUrl: (route: Route, script?: Script) => string;
	/** What names the site (the corpus's `corpus.yaml`), its words in this page's script. */
	corpus: CorpusLocals;
}

/** The site's settings as a page in one script shows them. */
export interface CorpusLocals extends Omit<SiteSettings, 'title' | 'description' | 'publisher'> {
	title: string;
	description: string;
	publisher: string | null;
}

/** The page's script from its `[script]` route parameter; pages without one (the entry page, 404, the data files) are in the corpus's default script. */
export function pageScript(param: string | undefined, defaultScript: Script): Script {
	return scriptSchema.safeParse(param).data ?? defaultScript;
}

/** A page's locals for its script, on a site served at `site` under `base`, with the corpus's settings. */
export function siteLocals(script: Script, { base, site, settings }: { base: string; site: URL | string; settings: SiteSettings }): SiteLocals {
	const asset = (file: string) => `${normalizeBasePath(base)}${file}`;
	const href = (route: Route, to = script) => routePath(base, to, route);
	return {
		script,
		lang: langOf(script),
		labels: labelsFor(script),
		href,
		asset,
		absolute: (file) => new URL(asset(file), site).href,
		pageUrl: (route, to) => new URL(href(route, to), site).href,
		corpus: { ...settings, title: settings.title[script], description: settings.description[script], publisher: settings.publisher?.[script] ?? null },
	};
}
