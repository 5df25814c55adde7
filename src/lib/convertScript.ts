/**
 * The one place that converts between scripts, with OpenCC's Taiwan standard forms (峰, 為, not the
 * OpenCC-internal 峯, 爲) but no regional vocabulary. opencc-js converts at phrase level, so 干部 becomes
 * 幹部 while 干净 becomes 乾淨; single characters take OpenCC's defaults.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from './schema.ts';

// Built once: making a converter parses OpenCC's dictionaries.
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Converts text into the given script. */
export function convertScript(text: string, to: Script): string {
	return to === 'hant' ? toHant(text) : toHans(text);
}

/** The other script. */
export function otherScript(script: Script): Script {
	return script === 'hans' ? 'hant' : 'hans';
}

/**
 * How many characters of a text `detectScript` looks at. Converting is the pipeline's main cost
 * (a typical text is 2,500 characters); 500 characters of running Chinese hold dozens of
 * characters that differ between the scripts, plenty to tell them apart.
 */
const detectionSample = 500;

/**
 * Guesses a text's script from its first 500 characters: the conversion that changes more
 * characters points away from it. A text that neither conversion changes is taken as simplified.
 */
export function detectScript(fullText: string): Script {
	const text = fullText.slice(0, detectionSample);
	const changedBy = (to: Script) => {
		const converted = convertScript(text, to);
		let changed = 0;
		for (let i = 0; i < Math.min(text.length, converted.length); i++) if (text[i] !== converted[i]) changed++;
		return changed;
	};
	return changedBy('hans') > changedBy('hant') ? 'hant' : 'hans';
}

/**
 * Converts a list of strings that together read as one passage, so that phrases spanning two
 * pieces (a gloss's character and the next word) are converted as phrases. Falls back to piece by
 * piece when the conversion changes the length of the whole.
 */
export function convertPieces(pieces: string[], to: Script): string[] {
	const whole = pieces.join('');
	const converted = convertScript(whole, to);
	if (converted.length !== whole.length) return pieces.map((piece) => convertScript(piece, to));
	let at = 0;
	return pieces.map((piece) => converted.slice(at, (at += piece.length)));
}
