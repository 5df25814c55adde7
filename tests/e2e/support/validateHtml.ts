/**
 * Every HTML page of a built site, checked by html-validate (its recommended rules: the HTML
 * standard's content models, attributes, ids, and its accessibility rules). Returns each error as
 * `page: rule: message (element)`, so a failing test names them all.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

export async function htmlErrors(siteDir: string): Promise<{ pages: number; errors: string[] }> {
	const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
	const errors: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(path.join(siteDir, page));
		for (const message of report.results.flatMap((result) => result.messages)) errors.push(`${page}: ${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`);
	}
	return { pages: pages.length, errors };
}
