import { z } from 'astro/zod';
import { textName } from './sourceFiles.ts';

/**
 * Most bytes a slug may take in UTF-8. File systems allow 255 bytes a name, and a slug is used
 * as `<slug>.json`, `<slug>.mdx` and a page folder; 100 leaves room, and is about 33 Chinese
 * characters or 100 Latin letters.
 */
export const maxSlugBytes = 100;

/** Characters a slug may not hold: anything but letters, combining marks, digits, `_`, `-` and `.`. */
const unsafe = /[^\p{L}\p{M}\p{N}_.-]+/gu;

/**
 * A text's URL slug, from its source file's name: the name without `.txt`, in Unicode NFC, every
 * run of other characters than letters, combining marks, digits, `_`, `-` and `.` replaced by one
 * `-`, and `-` and `.` taken off both ends. So `000_fc2dc3fa00e2669f.txt` keeps its name,
 * `a b%.txt` becomes `a-b`, `.hidden.txt` becomes `hidden` and `劳模 精神.txt` becomes `劳模-精神`.
 * Such a slug is safe in a URL path (percent-encoded where it is not ASCII) and as a file name.
 * It may come out empty or too long: `slugProblem` says so.
 */
export function textSlug(file: string): string {
	return textName(file).normalize('NFC').replace(unsafe, '-').replace(/^[-.]+|[-.]+$/g, '');
}

/** Why a slug cannot be used, or undefined when it can: it is empty, too long, or not one `textSlug` would make. */
export function slugProblem(slug: string): string | undefined {
	if (slug === '') return 'it has no letter or digit to make a URL from';
	const bytes = Buffer.byteLength(slug);
	if (bytes > maxSlugBytes) return `it would be ${bytes} bytes long, more than the ${maxSlugBytes} a URL slug may take`;
	if (textSlug(`${slug}.txt`) !== slug) return 'a slug may hold only letters, digits, combining marks, "_", "-" and "." (not at either end), in Unicode NFC';
	return undefined;
}

/** A slug a sidecar sets (`slug:`), checked by the same rule. */
export const slugSchema = z.string().superRefine((slug, context) => {
	const problem = slugProblem(slug);
	if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * What two slugs are compared on: in compatibility form and lower case, since a file system or a
 * web server may not tell `A` from `a`, nor the two forms of one character, apart.
 */
export function slugKey(slug: string): string {
	return slug.normalize('NFKC').toLowerCase();
}

/** The groups of texts whose slugs would be one URL (see `slugKey`), each in the order given. */
export function slugCollisions<T extends { slug: string }>(texts: T[]): T[][] {
	return [...Map.groupBy(texts, (text) => slugKey(text.slug)).values()].filter((group) => group.length > 1);
}
