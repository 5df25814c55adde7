import { z } from 'astro/zod';

/**
 * The id of a passage: `p` followed by the 1-based number of the source line it starts on.
 * It depends only on the source file, never on the display script or on how neighbouring lines
 * were classified, so a citation to `#p12` stays valid across script views and pipeline changes.
 */
export function passageId(line: number): string {
	return `p${line}`;
}

/** A passage id as data files (emendations, annotations) write it: `p12`. */
export const passageIdSchema = z.string().regex(/^p\d+$/);
