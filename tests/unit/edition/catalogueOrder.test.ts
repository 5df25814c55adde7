import { describe, expect, test } from 'vitest';
import { catalogueOrder } from '../../../src/lib/edition/catalogueOrder.ts';

describe('catalogueOrder', () => {
	test('lists texts newest first, undated last, and texts of one date by slug', () => {
		const texts = [
			{ slug: 'b', date: '2020-01-01' },
			{ slug: 'undated', date: null },
			{ slug: 'a', date: '2020-01-01' },
			{ slug: 'new', date: '2022-05-01' },
		];
		expect(catalogueOrder(texts).map((t) => t.slug)).toEqual(['new', 'a', 'b', 'undated']);
		expect(texts[0].slug).toBe('b'); // the list it was given is left as it was
	});
});
