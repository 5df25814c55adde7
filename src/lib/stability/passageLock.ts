/**
 * Passage links that last: a passage id, once published, keeps meaning the same words. The lock
 * holds a hash of every published passage's reading text; a build whose id would now point to
 * other words, or no longer exist, is refused unless the change is recorded with a reason.
 */
import { createHash } from 'node:crypto';
import type { EditionRecord } from '../edition/recordSchema.ts';
import { slugKey } from '../source/textSlug.ts';
import type { PassageChanges, PassageLock } from './passageLockSchema.ts';

/** What the lock needs of a built text: its slug, file and each passage's hash. */
export interface LockedText {
	slug: string;
	file: string;
	passages: Record<string, string>;
}

/** The hash of a passage's reading text. */
export function passageHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A record as the lock sees it: each passage's text in the source's own script. */
export function lockedText(record: EditionRecord): LockedText {
	return { slug: record.slug, file: record.source.file, passages: Object.fromEntries(record.passages.map((passage) => [passage.id, passageHash(passage.text[record.script])])) };
}

/** What the check found. */
export interface LockCheck {
	/** Each id that would change meaning without a recorded reason, in words. */
	errors: string[];
	/** Former slug → current slug, for every locked text now published under another slug. */
	redirects: { from: string; to: string }[];
	/** Passages built that the lock does not hold yet. */
	unlocked: number;
}

/**
 * Checks the texts built against the lock. A text is followed by its file when its slug changed
 * (a sidecar gave it a readable one): its old URL then redirects.
 */
export function checkLock(lock: PassageLock, built: LockedText[], changes: PassageChanges): LockCheck {
	// A locked text is the text built from its file; its slug finds it only when no file does (a
	// source renamed on disk), and never a text built from a file the lock holds under another slug.
	const byFile = new Map(built.map((text) => [text.file, text]));
	const lockedFiles = new Set(Object.values(lock.texts).map((entry) => entry.file));
	const bySlug = new Map(built.filter((text) => !lockedFiles.has(text.file)).map((text) => [text.slug, text]));
	const builtSlugs = new Set(built.map((text) => slugKey(text.slug)));
	const errors: string[] = [];
	const redirects: LockCheck['redirects'] = [];
	const locked = new Set<string>();
	for (const [slug, entry] of Object.entries(lock.texts)) {
		const now = byFile.get(entry.file) ?? bySlug.get(slug);
		// The text's entries the lock has not absorbed yet: only they excuse a change.
		const pending = changesFor(changes, new Set([slug, ...entry.formerSlugs, ...(now ? [now.slug] : [])])).slice(entry.absorbedChanges);
		const recorded = (passage?: string) => pending.some((change) => change.passage === passage || change.passage === undefined);
		if (!now) {
			if (!recorded()) errors.push(`${slug} (${entry.file}) was published and is no longer built: record it in passage-changes.yaml (text: ${slug}, reason: withdrawn, note: why) or restore the source`);
			continue;
		}
		// A former slug another text now has is that text's page, not a redirect.
		for (const former of [...entry.formerSlugs, slug]) if (!builtSlugs.has(slugKey(former))) redirects.push({ from: former, to: now.slug });
		for (const [id, hash] of Object.entries(entry.passages)) {
			locked.add(`${now.slug}#${id}`);
			const current = now.passages[id];
			if (current === hash || recorded(id)) continue;
			errors.push(
				current === undefined
					? `${now.slug}#${id} was published and no longer exists: record it in passage-changes.yaml (text: ${slug}, passage: ${id}, reason, note) or restore the line`
					: `${now.slug}#${id} now reads differently from the text published: record the change in passage-changes.yaml (text: ${slug}, passage: ${id}, reason: emendation, correction or new-source-version, note) or restore the text`,
			);
		}
	}
	const unlocked = built.reduce((sum, text) => sum + Object.keys(text.passages).filter((id) => !locked.has(`${text.slug}#${id}`)).length, 0);
	return { errors, redirects, unlocked };
}

/** A text's entries in passage-changes.yaml, under any of its slugs, in the file's order. */
function changesFor(changes: PassageChanges, slugs: Set<string>): PassageChanges {
	return changes.filter((change) => slugs.has(change.text));
}

/**
 * The lock for the texts built now, keeping the slugs each was published under before (found
 * through its file in the old lock) so that their redirects last, and absorbing every change
 * recorded so far: a later change to the same passage needs an entry of its own.
 */
export function makeLock(built: LockedText[], previous?: PassageLock, changes: PassageChanges = []): PassageLock {
	const formerByFile = new Map<string, string[]>();
	for (const [slug, entry] of Object.entries(previous?.texts ?? {})) formerByFile.set(entry.file, [...entry.formerSlugs, slug]);
	const texts = [...built]
		.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
		.map((text) => {
			const formerSlugs = (formerByFile.get(text.file) ?? []).filter((slug) => slug !== text.slug);
			return [text.slug, { file: text.file, formerSlugs, absorbedChanges: changesFor(changes, new Set([text.slug, ...formerSlugs])).length, passages: text.passages }] as const;
		});
	return { format: 1, texts: Object.fromEntries(texts) };
}
