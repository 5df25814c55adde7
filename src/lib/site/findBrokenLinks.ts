import { parse } from 'parse5';

/** A built site as files: URL path (`/corpus/hans/index.html`) → HTML text for pages, or null for other files. */
export type BuiltSite = Map<string, string | null>;

/** A reference that does not resolve. */
export interface BrokenLink {
	/** Page the reference is on. */
	page: string;
	/** The reference as written. */
	ref: string;
	/** What is wrong. */
	problem: string;
}

/** Attributes that hold a URL. */
const urlAttributes: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src'], source: ['src'], iframe: ['src'], form: ['action'] };
/** Attributes that name elements of the same page by id. */
const idAttributes = ['popovertarget', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-details', 'for', 'headers'];

interface ParsedPage {
	ids: Set<string>;
	urls: string[];
	idRefs: string[];
}

/**
 * Finds every internal link, asset reference and `#fragment` in a built site that does not
 * resolve, and every same-page id reference (a popover's button, a label) that names no element.
 * URLs on another origin than `siteOrigin` are not checked (no network), but they are counted.
 */
export function findBrokenLinks(site: BuiltSite, siteOrigin: string): { broken: BrokenLink[]; checked: number; external: number } {
	const parsed = new Map<string, ParsedPage>();
	for (const [path, html] of site) if (html !== null) parsed.set(path, parsePage(html));
	const broken: BrokenLink[] = [];
	let checked = 0;
	let external = 0;
	for (const [page, { ids, urls, idRefs }] of parsed) {
		for (const ref of idRefs) {
			checked++;
			if (!ids.has(ref)) broken.push({ page, ref, problem: 'no element with this id on the page' });
		}
		for (const ref of urls) {
			const url = new URL(ref, new URL(page, siteOrigin));
			if (url.origin !== siteOrigin || !/^https?:$/.test(url.protocol)) {
				external++;
				continue;
			}
			checked++;
			const path = decodedOrNull(url.pathname);
			if (path === null) {
				broken.push({ page, ref, problem: 'a malformed %-escape in the path' });
				continue;
			}
			const target = site.has(path) ? path : site.has(`${path}index.html`) ? `${path}index.html` : undefined;
			if (!target) {
				broken.push({ page, ref, problem: 'no such file in the built site' });
				continue;
			}
			const fragment = decodedOrNull(url.hash.slice(1));
			if (fragment === null) broken.push({ page, ref, problem: 'a malformed %-escape in the fragment' });
			else if (fragment && !parsed.get(target)?.ids.has(fragment)) broken.push({ page, ref, problem: `no element with id “${fragment}” in ${target}` });
		}
	}
	return { broken, checked, external };
}

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

function parsePage(html: string): ParsedPage {
	const page: ParsedPage = { ids: new Set(), urls: [], idRefs: [] };
	const visit = (node: Node) => {
		for (const { name, value } of node.attrs ?? []) {
			if (name === 'id') page.ids.add(value);
			else if (urlAttributes[node.nodeName]?.includes(name) && value) page.urls.push(value);
			else if (idAttributes.includes(name)) page.idRefs.push(...value.split(/\s+/).filter(Boolean));
		}
		for (const child of node.childNodes ?? []) visit(child);
		if (node.content) visit(node.content);
	};
	visit(parse(html) as unknown as Node);
	return page;
}

/** A %-escaped URL part decoded, or null when an escape is malformed (`/a%zz`): that link is broken, not the checker. */
function decodedOrNull(part: string): string | null {
	try {
		return decodeURIComponent(part);
	} catch {
		return null;
	}
}
