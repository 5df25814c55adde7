import { describe, expect, test } from 'vitest';
import { checkLock, lockedText, makeLock, passageHash, type LockedText } from '../../../src/lib/stability/passageLock.ts';
import { passageChangesSchema, passageLockSchema, type PassageChanges } from '../../../src/lib/stability/passageLockSchema.ts';
import { recordOfSeed, seedFiles } from '../support/corpus.ts';

const text = (slug: string, passages: Record<string, string>, file = `${slug}.txt`): LockedText => ({
	slug,
	file,
	passages: Object.fromEntries(Object.entries(passages).map(([id, words]) => [id, passageHash(words)])),
});

const published = [text('a', { p1: '标题', p3: '第一段。', p5: '第二段。' }), text('b', { p2: '另一篇。' })];
const lock = makeLock(published);

describe('the passage lock', () => {
	test('holds every passage of every text built, with a hash of its reading text in the source’s script', async () => {
		const record = await recordOfSeed(seedFiles[0]);
		const locked = lockedText(record);
		expect(Object.keys(locked.passages)).toEqual(record.passages.map((p) => p.id));
		for (const passage of record.passages) expect(locked.passages[passage.id]).toBe(passageHash(passage.text[record.script]));
		expect(passageLockSchema.parse(makeLock([locked]))).toEqual(makeLock([locked]));
	});

	test('a hash changes with any character of the text, and only with it', () => {
		expect(passageHash('爱岗敬业')).toBe(passageHash('爱岗敬业'));
		expect(passageHash('爱岗敬业')).not.toBe(passageHash('爱岗敬乐'));
		expect(passageHash('爱岗敬业')).not.toBe(passageHash('爱岗敬业。'));
		expect(passageHash('x')).toMatch(/^[0-9a-f]{16}$/);
	});

	test('the same texts pass the check, and nothing is unlocked', () => {
		expect(checkLock(lock, published, [])).toEqual({ errors: [], redirects: [], unlocked: 0 });
	});

	test('a passage that now reads differently fails the build, naming the text, the id and what to do', () => {
		const changed = [text('a', { p1: '标题', p3: '第一段改了。', p5: '第二段。' }), published[1]];
		const { errors } = checkLock(lock, changed, []);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^a#p3 now reads differently .*passage-changes\.yaml \(text: a, passage: p3, reason/);
	});

	test('the same change recorded with a reason passes', () => {
		const changed = [text('a', { p1: '标题', p3: '第一段改了。', p5: '第二段。' }), published[1]];
		const changes: PassageChanges = passageChangesSchema.parse([{ text: 'a', passage: 'p3', reason: 'correction', note: '改正错字' }]);
		expect(checkLock(lock, changed, changes).errors).toEqual([]);
		// A reason for another passage does not cover it.
		expect(checkLock(lock, changed, [{ text: 'a', passage: 'p5', reason: 'correction', note: 'x' }]).errors).toHaveLength(1);
	});

	test('once relocked, a recorded change is absorbed: a later change to the same passage needs an entry of its own', () => {
		const corrected = [text('a', { p1: '标题', p3: '第一段改了。', p5: '第二段。' }), published[1]];
		const changes: PassageChanges = [{ text: 'a', passage: 'p3', reason: 'correction', note: '改正错字' }];
		expect(checkLock(lock, corrected, changes).errors).toEqual([]);
		const relocked = makeLock(corrected, lock, changes);
		expect(relocked.texts.a.absorbedChanges).toBe(1);
		expect(checkLock(relocked, corrected, changes).errors).toEqual([]);
		const againChanged = [text('a', { p1: '标题', p3: '第一段又改了。', p5: '第二段。' }), published[1]];
		expect(checkLock(relocked, againChanged, changes).errors).toEqual([expect.stringMatching(/^a#p3 now reads differently/)]);
		const twice: PassageChanges = [...changes, { text: 'a', passage: 'p3', reason: 'new-source-version', note: '来源又更新' }];
		expect(checkLock(relocked, againChanged, twice).errors).toEqual([]);
	});

	test('a published passage that is gone (its line moved: ids are never renumbered) fails unless recorded', () => {
		const moved = [text('a', { p1: '标题', p4: '第一段。', p5: '第二段。' }), published[1]];
		const { errors, unlocked } = checkLock(lock, moved, []);
		expect(errors).toEqual([expect.stringMatching(/^a#p3 was published and no longer exists/)]);
		expect(unlocked).toBe(1);
		expect(checkLock(lock, moved, [{ text: 'a', passage: 'p3', reason: 'new-source-version', note: '来源增加了一行' }]).errors).toEqual([]);
	});

	test('a published text that is no longer built fails unless withdrawn with a reason', () => {
		expect(checkLock(lock, [published[0]], []).errors).toEqual([expect.stringMatching(/^b \(b\.txt\) was published and is no longer built/)]);
		expect(checkLock(lock, [published[0]], [{ text: 'b', reason: 'withdrawn', note: '重复收录' }]).errors).toEqual([]);
	});

	test('a text given a new slug is followed by its file: its old slug redirects, its passages are still checked', () => {
		const renamed = [{ ...published[0], slug: 'readable-a' }, published[1]];
		expect(checkLock(lock, renamed, [])).toEqual({ errors: [], redirects: [{ from: 'a', to: 'readable-a' }], unlocked: 0 });
		const renamedAndChanged = [{ ...text('readable-a', { p1: '标题', p3: '变了。', p5: '第二段。' }, 'a.txt') }, published[1]];
		expect(checkLock(lock, renamedAndChanged, []).errors).toEqual([expect.stringMatching(/^readable-a#p3 now reads differently/)]);
	});

	test('relocking keeps the slugs a text had, so their redirects last through later renames', () => {
		const renamed = [{ ...published[0], slug: 'readable-a' }, published[1]];
		const relocked = makeLock(renamed, lock);
		expect(relocked.texts['readable-a'].formerSlugs).toEqual(['a']);
		const again = [{ ...published[0], slug: 'a-final' }, published[1]];
		expect(checkLock(relocked, again, []).redirects).toEqual([
			{ from: 'a', to: 'a-final' },
			{ from: 'readable-a', to: 'a-final' },
		]);
	});

	test('a slug one text had and another now has is that text’s page: no redirect, and each text is checked against its own entry', () => {
		const renamed = [{ ...published[0], slug: 'b' }, { ...published[1], slug: 'b-new' }];
		const { errors, redirects } = checkLock(lock, renamed, []);
		expect(errors).toEqual([]);
		expect(redirects).toEqual([{ from: 'a', to: 'b' }]);
	});

	test('a lock naming a slug no site could serve is refused', () => {
		expect(passageLockSchema.safeParse({ format: 1, texts: { 'a/b': { file: 'x.txt', formerSlugs: [], passages: {} } } }).success).toBe(false);
		expect(passageLockSchema.safeParse({ format: 1, texts: { a: { file: 'x.txt', formerSlugs: ['../etc'], passages: {} } } }).success).toBe(false);
	});

	test('new texts and passages pass, counted as not yet locked', () => {
		const { errors, unlocked } = checkLock(lock, [...published, text('c', { p1: '新的', p2: '又一段' })], []);
		expect(errors).toEqual([]);
		expect(unlocked).toBe(2);
	});

	test('a change names its reason from a fixed list and says why', () => {
		expect(() => passageChangesSchema.parse([{ text: 'a', passage: 'p3', reason: 'because', note: 'x' }])).toThrow();
		expect(() => passageChangesSchema.parse([{ text: 'a', passage: 'p3', reason: 'correction' }])).toThrow();
		expect(() => passageChangesSchema.parse([{ text: 'a', passage: '3', reason: 'correction', note: 'x' }])).toThrow();
	});
});
