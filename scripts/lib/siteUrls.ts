import type { Script } from '../../src/lib/script/scriptSchema.ts';
import { basePath, siteUrl } from '../../src/lib/site/siteAddress.ts';
import { routePath, type Route } from '../../src/lib/site/urls.ts';

/** A file of the built site by its absolute URL, as the sitemap and the downloads give it (`SITE_URL`, `BASE_PATH`). */
export const absoluteUrl = (file: string): string => new URL(`${basePath()}${file}`, siteUrl()).href;

/** A page of the site by its absolute URL. */
export const pageUrl = (route: Route, script: Script): string => new URL(routePath(basePath(), script, route), siteUrl()).href;
