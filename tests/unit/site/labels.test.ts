import { describe, expect, test } from 'vitest';
import { emendationSchema } from '../../../src/lib/passages/emendationSchema.ts';
import { fill } from '../../../src/lib/site/fill.ts';
import { labelsFor, langOf, methodLabel } from '../../../src/lib/site/labels.ts';

describe('labelsFor', () => {
	test('gives the same keys in both scripts, the traditional ones converted', () => {
		const hans = labelsFor('hans');
		const hant = labelsFor('hant');
		expect(Object.keys(hant)).toEqual(Object.keys(hans));
		expect(hans.glossary).toBe('术语表');
		expect(hant.glossary).toBe('術語表');
		expect(hant.about).toBe('編輯說明');
	});

	test('keeps placeholders through the conversion', () => {
		const hant = labelsFor('hant');
		for (const [key, text] of Object.entries(labelsFor('hans'))) {
			expect(hant[key as keyof typeof hant].match(/\{\w+\}/g), key).toEqual(text.match(/\{\w+\}/g));
		}
	});
});

describe('fill', () => {
	test('fills named placeholders and leaves unknown ones as they are', () => {
		expect(fill('第{n}段', { n: 3 })).toBe('第3段');
		expect(fill('{a}和{b}', { a: '甲' })).toBe('甲和{b}');
	});
});

describe('langOf', () => {
	test('tags simplified as zh-Hans and traditional as zh-Hant', () => {
		expect(langOf('hans')).toBe('zh-Hans');
		expect(langOf('hant')).toBe('zh-Hant');
	});
});

describe('methodLabel', () => {
	test('says of each method, differently and in the page’s script, whether a program or an editor made the correction, without internal names', () => {
		const methods = emendationSchema.shape.method.options;
		for (const [script, program] of [['hans', '程序自动修复'], ['hant', '程序自動修復']] as const) {
			const labels = methods.map((method) => methodLabel(method, script));
			expect(new Set(labels).size).toBe(methods.length);
			methods.forEach((method, i) => {
				expect(labels[i].startsWith(program), method).toBe(method !== 'editorial');
				expect(labels[i], method).not.toMatch(/[a-z]{3,}-|realignment|editorial/);
			});
		}
	});
});
