/**
 * Hostile corpora, each a folder a user might point the build at: scripts/build-corpus.ts must
 * either build every text (under a safe slug, nothing lost) or refuse, naming the file and the
 * reason, and leave its output folder as it was. Links, pipes and sockets are made as the test
 * runs. (tests/e2e/hostile-corpora/ runs the whole build, Astro included, on the cases where it matters.)
 */
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, test } from 'vitest';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { seedFile, seedLines, smallArticle, smallArticleHant } from '../support/corpus.ts';
import { cliWorkspace } from '../support/cli.ts';

const { setUp, runCli, expectUntouched } = cliWorkspace('hostile-corpora-');

/** What a case must come to: these texts built under these slugs, or a refusal naming a file. */
type Outcome = { builds: Record<string, string> } | { refused: string; reason: string | RegExp };
interface Case {
	name: string;
	files: Record<string, string | Uint8Array>;
	/** Makes what cannot be a plain file (links, pipes, sockets) in the corpus folder. */
	extra?: (corpus: string) => Promise<void>;
	outcome: Outcome;
}

const good = { 'good.txt': smallArticle };
const builds = (slugs: Record<string, string>): Outcome => ({ builds: slugs });
const refused = (file: string, reason: string | RegExp): Outcome => ({ refused: file, reason });
const sidecarUrl = (url: string) => ({ ...good, 'good.meta.yaml': `sourceUrl: ${JSON.stringify(url)}\n` });
/** Two short lines of seed 002, in GBK: the kind of file a detector once read as Big5. */
const shortGbk = iconv.encode(`${seedLines(seedFile('002'))[14].slice(0, 12)}\n${seedLines(seedFile('002'))[16].slice(0, 10)}\n`, 'gbk');
/** A text of numbered short lines. */
function shortLines(count: number): string {
	return `${Array.from({ length: count }, (_, i) => `第${i + 1}行：劳动光荣。`).join('\n')}\n`;
}
let sockets: Server[] = [];
afterEach(() => {
	for (const server of sockets) server.close();
	sockets = [];
});

const cases: Case[] = [
	// Links by scheme: only http(s) from corpus data.
	...['javascript:alert(13)', 'data:text/html,<script>alert(13)</script>', 'vbscript:msgbox(13)', 'JaVaScRiPt:alert(13)', ' javascript:alert(13)', 'file:///etc/passwd'].map(
		(url): Case => ({ name: `a sidecar sourceUrl ${JSON.stringify(url)}`, files: sidecarUrl(url), outcome: refused('good.meta.yaml', 'invalid data:\n  sourceUrl: must be an http:// or https:// URL') }),
	),
	// File names that once broke the site: each gets a safe slug, and the record keeps the name.
	{ name: 'a%20b.txt', files: { 'a%20b.txt': smallArticle }, outcome: builds({ 'a%20b.txt': 'a-20b' }) },
	{ name: 'a%2Fb.txt', files: { 'a%2Fb.txt': smallArticle }, outcome: builds({ 'a%2Fb.txt': 'a-2Fb' }) },
	{ name: '100%.txt', files: { '100%.txt': smallArticle }, outcome: builds({ '100%.txt': '100' }) },
	{ name: 'a\\b.txt', files: { 'a\\b.txt': smallArticle }, outcome: builds({ 'a\\b.txt': 'a-b' }) },
	{ name: 'a name with a line break', files: { 'a\nb.txt': smallArticle }, outcome: builds({ 'a\nb.txt': 'a-b' }) },
	{ name: 'a#b.txt', files: { 'a#b.txt': smallArticle }, outcome: builds({ 'a#b.txt': 'a-b' }) },
	{ name: 'a?b.txt', files: { 'a?b.txt': smallArticle }, outcome: builds({ 'a?b.txt': 'a-b' }) },
	{ name: 'a Chinese name with spaces', files: { '劳模 精神.txt': smallArticle }, outcome: builds({ '劳模 精神.txt': '劳模-精神' }) },
	{ name: 'a 251-character name', files: { [`${'x'.repeat(247)}.txt`]: smallArticle }, outcome: refused(`${'x'.repeat(247)}.txt`, /cannot be given a URL: it would be 247 bytes long, more than the 100/) },
	{ name: 'a long name given a slug by its sidecar', files: { [`${'x'.repeat(200)}.txt`]: smallArticle, [`${'x'.repeat(200)}.meta.yaml`]: 'slug: short\n' }, outcome: builds({ [`${'x'.repeat(200)}.txt`]: 'short' }) },
	{ name: 'a sidecar slug that is not one', files: { ...good, 'good.meta.yaml': 'slug: a/b\n' }, outcome: refused('good.meta.yaml', 'invalid data:\n  slug: a slug may hold only') },
	// Texts that were lost while the build exited 0.
	{ name: 'a dotfile', files: { '.hidden.txt': smallArticle }, outcome: builds({ '.hidden.txt': 'hidden' }) },
	{ name: 'a file named .txt', files: { ...good, '.txt': smallArticle }, outcome: refused('.txt', 'cannot be given a URL: it has no letter or digit to make a URL from; rename the file, or give it a slug in .meta.yaml (slug: …)') },
	{ name: 'a.txt beside a.TXT', files: { 'a.txt': smallArticle, 'a.TXT': smallArticleHant }, outcome: refused('a.TXT', /has the URL slug “a”, which a web server could not tell from that of a\.txt \(“a”\)/) },
	{ name: 'A.txt beside a.txt', files: { 'A.txt': smallArticle, 'a.txt': smallArticleHant }, outcome: refused('A.txt', /could not tell from that of a\.txt/) },
	{ name: 'one name in NFC and in NFD', files: { 'caf\u00e9.txt': smallArticle, 'cafe\u0301.txt': smallArticleHant }, outcome: refused('cafe\u0301.txt', /could not tell from that of caf\u00e9\.txt/) },
	{ name: 'a#b.txt beside a?b.txt', files: { 'a#b.txt': smallArticle, 'a?b.txt': smallArticleHant }, outcome: refused('a#b.txt', /could not tell from that of a\?b\.txt/) },
	// Links and special files: only regular files inside the folder.
	{ name: 'a link to /etc/passwd', files: good, extra: (corpus) => symlink('/etc/passwd', path.join(corpus, 'passwd.txt')), outcome: refused('passwd.txt', 'is a link to a file outside the corpus folder; copy the file into the folder instead') },
	{ name: 'a link to /dev/zero', files: good, extra: (corpus) => symlink('/dev/zero', path.join(corpus, 'zero.txt')), outcome: refused('zero.txt', /is a link to a file outside the corpus folder/) },
	{ name: 'a relative link that climbs out of the folder', files: good, extra: (corpus) => symlink(`${'../'.repeat(30)}etc/hostname`, path.join(corpus, 'host.txt')), outcome: refused('host.txt', /outside the corpus folder/) },
	{ name: 'a link to a text inside the folder', files: good, extra: (corpus) => symlink('good.txt', path.join(corpus, 'alias.txt')), outcome: builds({ 'alias.txt': 'alias', 'good.txt': 'good' }) },
	{ name: 'a broken link', files: good, extra: (corpus) => symlink('nothing-here.txt', path.join(corpus, 'broken.txt')), outcome: refused('broken.txt', /cannot be read \(ENOENT\)/) },
	{ name: 'a FIFO', files: good, extra: async (corpus) => void execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]), outcome: refused('pipe.txt', 'is a named pipe (FIFO), not a text file') },
	{
		name: 'a socket',
		files: good,
		extra: (corpus) =>
			new Promise((resolve) => {
				const server = createServer();
				sockets.push(server);
				server.listen(path.join(corpus, 'socket.txt'), () => resolve());
			}),
		outcome: refused('socket.txt', /cannot be read \(ENXIO\)|is a socket/),
	},
	{ name: 'a folder named like a text', files: { ...good, 'folder.txt/inside': 'x' }, outcome: refused('folder.txt', 'is a folder, not a text file') },
	// Encodings.
	{ name: 'a short GBK text', files: { 'short.txt': shortGbk }, outcome: builds({ 'short.txt': 'short' }) },
	{ name: 'a UTF-8 text cut off in the middle of a character', files: { 'cut.txt': Buffer.from(smallArticle.trimEnd()).subarray(0, -1) }, outcome: refused('cut.txt', /the file is not valid UTF-8 \(a byte sequence breaks off/) },
	{ name: 'UTF-16 without a byte-order mark', files: { 'utf16.txt': iconv.encode(smallArticleHant, 'utf-16le') }, outcome: builds({ 'utf16.txt': 'utf16' }) },
	{ name: 'nothing but zero-width spaces', files: { ...good, 'zero-width.txt': '\u200b\u200b\u200b\n' }, outcome: refused('zero-width.txt', /no visible character/) },
	{ name: 'a lone surrogate', files: { ...good, 'surrogate.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('劳动', 'utf-16le'), Buffer.from([0x00, 0xd8, 0x0a, 0x00])]) }, outcome: refused('surrogate.txt', /lone surrogate/) },
	// Size.
	{ name: 'a source over 5 MB', files: { ...good, 'huge.txt': `${'劳动是一切幸福的源泉。'.repeat(166_667)}\n` }, outcome: refused('huge.txt', 'is more than 5.0 MB, the most a source may be; split it into several files (a long work into one text per chapter, say)') },
	{ name: 'a source of 50,000 short lines', files: { ...good, 'lines.txt': shortLines(50_000) }, outcome: refused('lines.txt', 'has 50,000 lines, more than the 20,000 a text may have; split it into several files') },
	// A data folder that is a file.
	{ name: 'a regular file named annotations', files: { ...good, annotations: 'not a folder\n' }, outcome: refused('annotations', 'is not a folder: annotations go in a folder named annotations, one or more .yaml files in it') },
];

describe('build-corpus on a hostile corpus', () => {
	test.each(cases.map((c, i) => ({ ...c, folder: `case-${i}` })))('$name', async ({ folder, files, extra, outcome }) => {
		const { corpus, texts } = await setUp(folder, files, extra);
		const run = runCli(corpus, texts);
		if ('refused' in outcome) {
			expect(run.status, run.stdout).toBe(1);
			// Each refusal is a paragraph of its own: `✗ file: reason`, the reason perhaps over several lines.
			const message = run.stderr.split('\n\n').find((m) => m.startsWith(`✗ ${outcome.refused}: `));
			expect(message, run.stderr).toBeDefined();
			const reason = message!.slice(`✗ ${outcome.refused}: `.length);
			if (typeof outcome.reason === 'string') expect(reason.startsWith(outcome.reason), reason).toBe(true);
			else expect(reason).toMatch(outcome.reason);
			expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
			await expectUntouched(texts);
			return;
		}
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const written = (await readdir(texts)).filter((f) => f.endsWith('.json')).sort();
		expect(written).toEqual(Object.values(outcome.builds).map((slug) => `${slug}.json`).sort());
		for (const [file, slug] of Object.entries(outcome.builds)) {
			const record: EditionRecord = JSON.parse(await readFile(path.join(texts, `${slug}.json`), 'utf8'));
			expect(record.source.file, slug).toBe(file);
			expect(record.passages.length, slug).toBeGreaterThan(0);
		}
	});

	test('reads a GBK sidecar as GBK', async () => {
		const { corpus, texts } = await setUp('gbk-sidecar-title', { ...good, 'good.meta.yaml': iconv.encode('title: 劳动最光荣\n', 'gbk') });
		expect(runCli(corpus, texts).status).toBe(0);
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, 'good.json'), 'utf8'));
		expect(record.title.hans).toBe('劳动最光荣');
	});

	test('builds a text of 20,000 short lines, the most a text may have, with every line in it', async () => {
		const { corpus, texts } = await setUp('many-lines', { 'lines.txt': shortLines(20_000) });
		const run = runCli(corpus, texts);
		expect(run.stderr).toBe('');
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, 'lines.json'), 'utf8'));
		expect(record.passages.length + record.chrome.length).toBe(20_000);
	});
});
