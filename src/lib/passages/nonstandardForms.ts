/**
 * Forms in a traditional-script text that standard traditional script writes otherwise: a site
 * that converted its simplified text into traditional by machine leaves simplified forms behind
 * (干部 for 幹部, 關系 for 關係, 什么 for 什麼). Found by converting the text to simplified and back
 * (phrase by phrase, as the site converts): wherever the result differs, the text does not write
 * the standard form. OpenCC's phrase choices are not always right (a wrong 乾 for 幹), and a
 * different character written for another (陜 for 陝) converts to itself, so an editor confirms or
 * dismisses what is found, and adds what is not (`originalFormsFileSchema`).
 */
import { diffArrays } from 'diff';
import { convertScript } from '../script/convertScript.ts';

/** A character the text writes (`form`) where standard traditional script writes `standard`, at [start, end) in UTF-16 units. */
export interface FormSpan {
	start: number;
	end: number;
	form: string;
	standard: string;
}

/** `simplified`, when the caller has it (the build converts every passage anyway), saves converting the text again. */
export function nonstandardForms(text: string, simplified = convertScript(text, 'hans')): FormSpan[] {
	const own = [...text];
	const standard = [...convertScript(simplified, 'hant')];
	// OpenCC keeps the number of characters: compared place by place, with a diff only when it did not.
	const parts = own.length === standard.length ? [{ removed: true, value: own }, { added: true, value: standard }] : diffArrays(own, standard);
	const spans: FormSpan[] = [];
	let offset = 0;
	let pending: string[] = [];
	for (const part of parts) {
		if (part.removed) {
			pending = part.value;
			continue;
		}
		if (part.added && pending.length === part.value.length) {
			// Each changed character is a form of its own (什么 → 什麼 marks 么; 扎扎實實 marks each 扎), so
			// that an editor decides on a character, and its note's id does not depend on its neighbours.
			for (const [i, character] of pending.entries()) {
				const start = offset;
				offset += character.length;
				if (character !== part.value[i]) spans.push({ start, end: offset, form: character, standard: part.value[i] });
			}
		} else if (!part.added) {
			offset += pending.join('').length + part.value.join('').length;
		} else {
			// A change of length (rare: OpenCC keeps lengths) is not a form the reader can be shown as a swap.
			offset += pending.join('').length;
		}
		pending = [];
	}
	return spans;
}
