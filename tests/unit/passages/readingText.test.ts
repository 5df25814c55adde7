import { describe, expect, test } from 'vitest';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import type { Segment } from '../../../src/lib/passages/segmentSchema.ts';
import { nid } from '../support/ids.ts';

describe('readingText', () => {
	test('reads glosses as their character, repairs as their reading, placeholders and damage as in the source', () => {
		const segments: Segment[] = [
			{ kind: 'text', source: '凝聚\u3000\u3000', text: '凝聚 ' },
			{ kind: 'gloss', source: '發(fā)', base: '發', reading: 'fā' },
			{ kind: 'text', source: '展', text: '展' },
			{ kind: 'emendation', source: '?ldquo;', text: '“', id: nid('e1') },
			{ kind: 'redaction', source: '**', id: nid('r1') },
			{ kind: 'damage', source: '?zhèn)?', damage: 'question-mark' },
			{ kind: 'damage', source: '', damage: 'lacuna' },
		];
		expect(readingText({ segments })).toBe('凝聚 發展“**?zhèn)?');
	});

	test('reads an empty passage as an empty string', () => {
		expect(readingText({ segments: [] })).toBe('');
	});
});
