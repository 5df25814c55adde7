import type { Script } from '../script/scriptSchema.ts';

/** The BCP 47 tag of a script (a module of its own, so the browser can use it without the labels' converter). */
export function langOf(script: Script): 'zh-Hans' | 'zh-Hant' {
	return script === 'hans' ? 'zh-Hans' : 'zh-Hant';
}
