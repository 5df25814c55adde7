/**
 * Builds the fold table for a corpus: for every character a query could use to mean a character of
 * the corpus, the simplified character the site's own converter gives it alone. Only characters of
 * the corpus and the traditional forms of its characters are listed, so the browser gets a few
 * kilobytes instead of OpenCC's dictionaries (its traditional → simplified table alone is ~109 KB gzip).
 */
import { configs } from 'opencc-js/preset';
import { convertScript, dictionaryKeys } from '../script/convertScript.ts';
import type { FoldTable } from './searchFold.ts';

/** Every single character OpenCC converts on the way to simplified (Taiwan forms → OpenCC's, then → simplified). */
function convertibleCharacters(): Set<string> {
	const characters = new Set<string>();
	for (const config of ['tw2t', 't2s'] as const) {
		for (const key of configs[config].conversionChain.flatMap(dictionaryKeys)) if ([...key].length === 1) characters.add(key);
	}
	return characters;
}

/** The simplified form of one character, or the character itself when conversion would not give one character. */
function simplifiedCharacter(character: string): string {
	const converted = convertScript(character, 'hans');
	return [...converted].length === 1 ? converted : character;
}

/** Every character of some texts, as folding sees them (NFKC, lower case). */
function charactersOf(texts: Iterable<string>): Set<string> {
	const characters = new Set<string>();
	for (const text of texts) for (const character of text.normalize('NFKC').toLowerCase()) characters.add(character);
	return characters;
}

/**
 * The fold table for a corpus, from every passage's simplified and traditional text. A character is
 * listed when its simplified form differs, it is not itself written in the simplified texts (么 in
 * 什么, 乾 in 乾隆 stay as they are), and either it or its simplified form occurs in the corpus.
 * Chains are followed to the end (a → b → c gives a → c), so folding twice changes nothing.
 */
export function foldTable(texts: { simplified: Iterable<string>; traditional: Iterable<string> }): FoldTable {
	const simplifiedCharacters = charactersOf(texts.simplified);
	const inCorpus = new Set([...simplifiedCharacters, ...charactersOf(texts.traditional)]);
	const table: Record<string, string> = {};
	for (const character of new Set([...inCorpus, ...convertibleCharacters()])) {
		if (simplifiedCharacters.has(character)) continue;
		let simplified = simplifiedCharacter(character);
		for (let step = 0; step < 4 && !simplifiedCharacters.has(simplified); step++) {
			const next = simplifiedCharacter(simplified);
			if (next === simplified) break;
			simplified = next;
		}
		if (simplified !== character && (inCorpus.has(character) || inCorpus.has(simplified))) table[character] = simplified;
	}
	return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
