/**
 * The one place that converts between scripts, with OpenCC's Taiwan standard forms (峰, 為, not the
 * OpenCC-internal 峯, 爲) but no regional vocabulary. opencc-js converts at phrase level, so 干部 becomes
 * 幹部 while 干净 becomes 乾淨; single characters take OpenCC's defaults. Phrases OpenCC gets wrong
 * are overridden by a reviewed table (`conversionDefaults`, and a corpus's `conversion.yaml`).
 */
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import { configs } from 'opencc-js/preset';
import { conversionDefaults } from './conversionDefaults.ts';
import type { ConversionTable } from './conversionTableSchema.ts';
import type { Bilingual, Script } from './scriptSchema.ts';

// Built from OpenCC's own configurations, once (making a converter parses the dictionaries).
// Each direction goes through OpenCC's traditional forms in two whole-string passes (cn → t, then
// t → tw), which gives the same result as opencc-js's one-step cn → tw in half its time: that one
// first cuts the text at every phrase and converts piece by piece (the dictionaries carry the
// Taiwan phrases, such as 张栋梁, that would otherwise straddle a cut). And every OpenCC
// conversion first normalises CJK compatibility ideographs (U+F900 豈 → U+8C48 豈); that pass is
// skipped for the many texts that hold none. A unit test holds the result without overrides equal
// to opencc-js's one-step converters on the seeds, every phrase of the dictionaries and compatibility forms.
const chain = (config: string): readonly DictGroup[] => configs[config].conversionChain;
const tToTw = ConverterFactory(...chain('t2tw'));
const twToT = ConverterFactory(...chain('tw2t'));

// preset.d.ts leaves the normalisation chain out of its type; every configuration has the same one.
const { normalizationChain } = configs.s2t as (typeof configs)['s2t'] & { normalizationChain: DictGroup[] };
const normalizeCompatibility = ConverterFactory(...normalizationChain);
/** Matches any character a normalisation key starts with: where none is, normalising changes nothing. */
const compatibilityForms = new RegExp(`[${normalizationChain.flatMap(dictionaryKeys).map((key) => escapeInClass([...key][0])).join('')}]`, 'u');
const normalize = (text: string) => (compatibilityForms.test(text) ? normalizeCompatibility(text) : text);

/** The keys of a group of OpenCC dictionaries (`"key value|key value"` strings or pairs). */
export function dictionaryKeys(group: DictGroup): string[] {
	return group.flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]) : dict.map(([key]) => key)));
}

function escapeInClass(character: string): string {
	return /[\\\]^-]/.test(character) ? `\\${character}` : character;
}

/**
 * A chain with the overrides put first in its first group. opencc-js loads a group's dictionaries
 * so that an earlier one wins a key they share, and matches the longest key of all of them: an
 * override beats OpenCC on its own phrase, and a longer OpenCC phrase still beats a shorter override.
 */
function withOverrides(chain: readonly DictGroup[], overrides: [string, string][]): DictGroup[] {
	const [first, ...rest] = chain;
	return [[overrides, ...first], ...rest];
}

/** Both directions, with a table of phrase overrides (`conversionDefaults` and a corpus's are merged by `useConversionTable`). */
export function scriptConverters(table: ConversionTable): Record<Script, (text: string) => string> {
	// Each override's key is written as the text reaches its dictionaries: normalised, and on the
	// way to simplified, first made OpenCC-traditional (為 → 爲).
	const cnToT = ConverterFactory(...withOverrides(chain('s2t'), table.toTraditional.map(({ from, to }) => [normalize(from), to])));
	const tToCn = ConverterFactory(...withOverrides(chain('t2s'), table.toSimplified.map(({ from, to }) => [normalize(twToT(normalize(from))), to])));
	return {
		hant: (text) => tToTw(normalize(cnToT(normalize(text)))),
		hans: (text) => tToCn(normalize(twToT(normalize(text)))),
	};
}

/** The project's overrides with a corpus's: a corpus entry replaces the project's with the same `from`. */
function withProjectDefaults(corpus: ConversionTable): ConversionTable {
	const merge = (ours: ConversionTable['toTraditional'], theirs: ConversionTable['toTraditional']) => [...new Map([...ours, ...theirs].map((entry) => [entry.from, entry])).values()];
	return { toTraditional: merge(conversionDefaults.toTraditional, corpus.toTraditional), toSimplified: merge(conversionDefaults.toSimplified, corpus.toSimplified) };
}

/** A corpus without a conversion.yaml. */
const noTable: ConversionTable = { toTraditional: [], toSimplified: [] };
let active = { corpus: JSON.stringify(noTable), convert: scriptConverters(conversionDefaults) };

/**
 * Makes every conversion in this process use a corpus's phrase overrides (its `conversion.yaml`)
 * on top of the project's; none: the project's alone. The pipeline calls it once per corpus, in
 * each thread, before it converts anything (making the converters parses OpenCC's dictionaries).
 */
export function useConversionTable(corpus: ConversionTable = noTable): void {
	const key = JSON.stringify(corpus);
	if (key !== active.corpus) {
		active = { corpus: key, convert: scriptConverters(withProjectDefaults(corpus)) };
		folded.clear();
	}
}

/** Each character's simplified form on its own, as `foldToSimplified` has met them (for the active table). */
const folded = new Map<string, string>();

/**
 * The text with each character taken to its simplified form on its own, so that every character
 * keeps its place: to find a word in either script at the same offsets, in an original whose forms
 * are half converted (組工干部) as well. Characters outside the basic plane (astral characters) and
 * any whose simplified form is not one character stay as they are.
 */
export function foldToSimplified(text: string): string {
	let out = '';
	let from = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		// Nothing below U+2E80 is Chinese; a surrogate is half of an astral character.
		if (code < 0x2e80 || (code >= 0xd800 && code <= 0xdfff)) continue;
		const unit = text[at];
		let fold = folded.get(unit);
		if (fold === undefined) {
			const simplified = convertScript(unit, 'hans');
			fold = simplified.length === 1 ? simplified : unit;
			folded.set(unit, fold);
		}
		if (fold !== unit) {
			out += text.slice(from, at) + fold;
			from = at + 1;
		}
	}
	return from === 0 ? text : out + text.slice(from);
}

/** Converts text into the given script. */
export function convertScript(text: string, to: Script): string {
	return active.convert[to](text);
}

/**
 * Chinese an editor wrote in simplified (a gloss, a note), in both scripts. Words between `{{` and
 * `}}` are quoted from a source and stay as they are in both (the braces go): converting a quote
 * would change the characters it is evidence of (袄 is not 襖 in a damaged span).
 */
export function bothFromSimplified(text: string): Bilingual {
	const pieces = text.split(/\{\{(.*?)\}\}/su);
	const inScript = (script: Script) => pieces.map((piece, i) => (i % 2 === 1 || script === 'hans' ? piece : convertScript(piece, 'hant'))).join('');
	return { hans: inScript('hans'), hant: inScript('hant') };
}

/** Text written in simplified (the site's own prose, glossary glosses) as a page in `script` shows it. */
export function fromSimplified(text: string, script: Script): string {
	return script === 'hans' ? text : convertScript(text, 'hant');
}

/** The other script. */
export function otherScript(script: Script): Script {
	return script === 'hans' ? 'hant' : 'hans';
}

/**
 * Converts a list of strings that together read as one passage, so that phrases spanning two
 * pieces (a gloss's character and the next word) are converted as phrases. Falls back to piece by
 * piece when the conversion changes the length of the whole.
 */
export function convertPieces(pieces: string[], to: Script): string[] {
	const whole = pieces.join('');
	return cutLike(pieces, whole, convertScript(whole, to)) ?? convertEach(pieces, to);
}

/**
 * A line break, which would cut the passages apart, or an ideographic description character,
 * which OpenCC copies unconverted along with the characters after it, across a line break too.
 */
const unjoinable = /[\n\u2FF0-\u2FFF]/;

/**
 * `convertPieces` for many passages at once. They are joined by line breaks and converted in one
 * call, which is equivalent, since no dictionary entry holds a line break, and a good deal faster
 * than a call per passage: the dictionaries stay in the processor's cache. A passage that cannot
 * be joined safely (`unjoinable`) is converted alone.
 */
export function convertPassages(passages: string[][], to: Script): string[][] {
	const wholes = passages.map((pieces) => pieces.join(''));
	const joined = wholes.map((whole) => !unjoinable.test(whole));
	const converted = convertScript(wholes.filter((_, i) => joined[i]).join('\n'), to).split('\n');
	let next = 0;
	return passages.map((pieces, i) => (joined[i] ? (cutLike(pieces, wholes[i], converted[next++]) ?? convertEach(pieces, to)) : convertPieces(pieces, to)));
}

function convertEach(pieces: string[], to: Script): string[] {
	return pieces.map((piece) => convertScript(piece, to));
}

/** Cuts a converted whole where its pieces were cut, if the conversion kept the length of the whole. */
function cutLike(pieces: string[], whole: string, converted: string): string[] | undefined {
	if (converted.length !== whole.length) return undefined;
	let at = 0;
	return pieces.map((piece) => converted.slice(at, (at += piece.length)));
}
