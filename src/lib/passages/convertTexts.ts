import type { PassageId } from '../ids/ids.ts';
import { otherScript } from '../script/convertScript.ts';
import { scriptSchema, type Script } from '../script/scriptSchema.ts';
import { convertPassageNodes } from './displayNodes.ts';
import type { DisplayNode, PassageNodes } from './nodeSchema.ts';

/** A text's passages in its original script, to be converted into the other. */
export interface TextToConvert {
	/** The original script. */
	script: Script;
	/** Each passage's nodes, by passage id. */
	passages: PassageNodes;
}

/**
 * Each text's passages in its other script, by passage id, one map per text. All the texts going
 * into one script are converted together, in one opencc-js call (`convertPassages`): its
 * dictionaries are a trie of some 20 MB, which stays in the processor's cache through one long
 * call but is pushed out by the rest of the pipeline between texts (see `conversionBatch` for the gain).
 */
export function convertTexts(texts: TextToConvert[]): PassageNodes[] {
	const converted = texts.map((): PassageNodes => new Map());
	for (const to of scriptSchema.options) {
		const passages: [PassageNodes, PassageId, DisplayNode[]][] = [];
		texts.forEach(({ script, passages: own }, i) => {
			if (otherScript(script) === to) for (const [id, nodes] of own) passages.push([converted[i], id, nodes]);
		});
		const nodes = convertPassageNodes(passages.map(([, , original]) => original), to);
		passages.forEach(([map, id], k) => map.set(id, nodes[k]));
	}
	return converted;
}
