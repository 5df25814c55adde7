import type { AnnotatedText } from '../annotations/annotateText.ts';
import { otherScript } from './convertScript.ts';
import { convertPassageNodes } from '../passages/displayNodes.ts';
import type { PassageNodes } from '../annotations/resolveAnnotations.ts';
import type { DisplayNode, Script } from '../edition/schema.ts';

/**
 * Each text's passages in its other script, by passage id, one map per text. All the texts going
 * into one script are converted together, in one opencc-js call (`convertPassages`): its
 * dictionaries are a trie of some 20 MB, which stays in the processor's cache through one long
 * call but is pushed out by the rest of the pipeline between texts (see `TextPool` for the gain).
 */
export function convertTexts(texts: AnnotatedText[]): PassageNodes[] {
	const converted = texts.map((): PassageNodes => new Map());
	for (const to of ['hans', 'hant'] as Script[]) {
		const passages: [PassageNodes, string, DisplayNode[]][] = [];
		texts.forEach(({ text, passages: own }, i) => {
			if (otherScript(text.frontmatter.script) === to) for (const [id, nodes] of own) passages.push([converted[i], id, nodes]);
		});
		const nodes = convertPassageNodes(passages.map(([, , original]) => original), to);
		passages.forEach(([map, id], k) => map.set(id, nodes[k]));
	}
	return converted;
}
