/**
 * A reference citeproc-js formatted as HTML, made into page nodes. citeproc escapes the fields'
 * text, but passes a few of its own tags through (`<i>`, `<b>`, `<sup>`, `<sub>`, small capitals),
 * so the nodes are built anew from its output: text as text, those tags as fresh elements without
 * attributes, anything else as its text alone. Runs of Chinese characters in an English-language
 * reference are marked as Chinese, so that they are read as Chinese.
 */
import type { Script } from '../../lib/script/scriptSchema.ts';
import { langOf } from '../../lib/site/langOf.ts';

const kept = new Set(['I', 'B', 'SUP', 'SUB']);
const han = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)/u;

export function referenceNodes(html: string, { english, script }: { english: boolean; script: Script }): Node[] {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	const rebuild = (node: Node): Node[] => {
		if (node instanceof Text) return textNodes(node.data);
		if (!(node instanceof Element)) return [];
		const children = [...node.childNodes].flatMap(rebuild);
		const tag = node.tagName;
		const smallCaps = tag === 'SPAN' && /small-caps/.test(node.getAttribute('style') ?? '');
		if (!kept.has(tag) && !smallCaps) return children;
		const made = document.createElement(smallCaps ? 'span' : tag.toLowerCase());
		if (smallCaps) made.className = 'small-caps';
		made.append(...children);
		return [made];
	};
	const textNodes = (text: string): Node[] =>
		english
			? text
					.split(han)
					.filter(Boolean)
					.map((part) => {
						if (!han.test(part)) return document.createTextNode(part);
						const span = document.createElement('span');
						span.lang = langOf(script);
						span.textContent = part;
						return span;
					})
			: [document.createTextNode(text)];
	return [...parsed.childNodes].flatMap(rebuild);
}
