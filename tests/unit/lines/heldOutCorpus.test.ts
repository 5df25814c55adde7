/**
 * The classifier on texts written by someone who had not seen its rules (tests/fixtures/held-out,
 * see its README): it must keep every line of reading text and set aside only furniture. Unlike
 * tests/fixtures/any-corpus, it is not checked line by line: the rules were not fitted to these
 * texts, and a quarter of their furniture (forum replies, a Q&A site's counters) stays in the text.
 */
import { describe, expect, test } from 'vitest';
import { asMarked, classifyMarkedCorpus } from '../support/markedCorpus.ts';

const classified = classifyMarkedCorpus('held-out');

describe('classifyLines on texts its rules were not written for', () => {
	test.each(classified)('keeps every line of reading text of $entry.file as text', ({ entry, classes }) => {
		const lost = Object.entries(entry.lines).filter(([line, marked]) => marked !== 'furniture' && asMarked(classes[Number(line) - 1]) === 'furniture');
		expect(lost).toEqual([]);
	});

	test.each(classified)('sets aside only furniture in $entry.file', ({ entry, classes }) => {
		const setAside = classes.flatMap((cls, i) => (asMarked(cls) === 'furniture' ? [[i + 1, entry.lines[String(i + 1)]]] : []));
		expect(setAside.filter(([, marked]) => marked !== 'furniture')).toEqual([]);
	});
});
