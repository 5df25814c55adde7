import { convertScript } from './convertScript.ts';
import type { Script } from './scriptSchema.ts';

/** Flags in `scriptMarks`: the character is a simplified or a traditional form. */
const simplifiedForm = 1;
const traditionalForm = 2;

/**
 * For every BMP code unit, whether converting that character alone into traditional changes it
 * (a simplified form: 劳, 动) or into simplified does (a traditional form: 勞, 動). Built on first
 * use from the converters themselves: all of Extension A and the Unified Ideographs, a line each
 * so no two can match as a phrase (some tens of milliseconds).
 */
let scriptMarks: Uint8Array | undefined;

function buildScriptMarks(): Uint8Array {
	const marks = new Uint8Array(0x10000);
	const codes = [
		[0x3400, 0x4dbf],
		[0x4e00, 0x9fff],
	].flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
	const characters = codes.map((code) => String.fromCharCode(code));
	for (const [to, flag] of [['hant', simplifiedForm], ['hans', traditionalForm]] as const) {
		const converted = convertScript(characters.join('\n'), to).split('\n');
		codes.forEach((code, i) => {
			if (converted[i] !== characters[i]) marks[code] |= flag;
		});
	}
	return marks;
}

/**
 * Guesses a text's script by counting its simplified forms against its traditional forms; the
 * more numerous kind wins, and a text with neither (中国人民, or no Chinese) is taken as
 * simplified. Looking characters up one by one is much cheaper than converting the text.
 */
export function detectScript(text: string): Script {
	scriptMarks ??= buildScriptMarks();
	let simplified = 0;
	let traditional = 0;
	for (let i = 0; i < text.length; i++) {
		const mark = scriptMarks[text.charCodeAt(i)];
		if (mark & simplifiedForm) simplified++;
		if (mark & traditionalForm) traditional++;
	}
	return traditional > simplified ? 'hant' : 'hans';
}
