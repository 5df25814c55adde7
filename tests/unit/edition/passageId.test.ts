import { describe, expect, test } from 'vitest';
import { passageId } from '../../../src/lib/edition/passageId.ts';

describe('passageId', () => {
	test('is p and the 1-based source line number', () => {
		expect(passageId(1)).toBe('p1');
		expect(passageId(16)).toBe('p16');
	});

	test('gives distinct lines distinct ids', () => {
		const ids = Array.from({ length: 500 }, (_, i) => passageId(i + 1));
		expect(new Set(ids).size).toBe(500);
	});
});
