import { describe, expect, test } from 'vitest';
import { visibleText } from '../../../src/lib/site/visibleText.ts';

describe('visibleText', () => {
	test('gives a private-use character by its code point, where it stands, and the rest as it is', () => {
		expect(visibleText('勞!\uE317皣@')).toEqual(['勞!', { codePoint: 'U+E317' }, '皣@']);
		expect(visibleText('\u{F0001}')).toEqual([{ codePoint: 'U+F0001' }]);
	});

	test('leaves text without one as it is', () => {
		expect(visibleText('弘揚勞模精神')).toEqual(['弘揚勞模精神']);
		expect(visibleText('')).toEqual([]);
	});
});
