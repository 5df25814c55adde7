import { describe, expect, test } from 'vitest';
import { chromeRole } from '../../../src/lib/lines/chromeRole.ts';
import { stripGlosses } from '../../../src/lib/passages/pinyin.ts';
import cases from './cases/chromeRole.json' with { type: 'json' };

describe('chromeRole', () => {
	// classifyLines hands chromeRole each line with its pinyin glosses taken out; so do the cases marked so.
	test.each(cases)('gives $id the role $role', ({ line, role, glossesStripped }) => {
		expect(chromeRole(glossesStripped ? stripGlosses(line) : line) ?? null).toBe(role);
	});
});
