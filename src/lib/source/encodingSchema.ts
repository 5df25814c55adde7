import { z } from 'astro/zod';

/**
 * The encodings a source may be in; a sidecar may name one (`encoding:`) when the bytes leave it
 * open. A file of its own, so that the schemas that name an encoding do not load the decoders.
 */
export const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']);
/** An encoding a source may be in. */
export type Encoding = z.infer<typeof encodingSchema>;
