import type { TextSummary } from '../edition/recordSchema.ts';
import type { Script } from '../script/scriptSchema.ts';

/** A text's author, date and outlet in one line (`张跃峰 · 2015-04-29 · 中工网`); empty if it has none. */
export function textFacts(text: TextSummary, script: Script): string {
	return [text.author?.[script], text.date, text.outlet?.[script]].filter(Boolean).join(' · ');
}
