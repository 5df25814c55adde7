/// <reference types="astro/client" />

declare namespace App {
	type SiteLocals = import('./lib/site/siteLocals.ts').SiteLocals;
	/** Filled for every page by src/middleware.ts. */
	interface Locals extends SiteLocals {}
}
