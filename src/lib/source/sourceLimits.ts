/**
 * How large a source may be. Memory grows linearly with a text: measured on one text built alone,
 * the pipeline takes about 30 bytes per byte of source and 4 KB per line on top of the 170 MB any
 * run needs, and the site build about 40 bytes per byte and 30 KB per passage on top of its 600 MB
 * (a 4.9 MB text of 11,000 paragraphs: 0.3 GB and 0.8 GB; 20,000 short lines: 0.3 GB and 0.9 GB;
 * 50,000 short lines, over the limit: 0.4 GB and 1.6 GB).
 * A work beyond these limits is split into several texts (one per chapter, say).
 */

/** Most bytes a source may have: about 1.6 million Chinese characters in UTF-8. */
export const maxSourceBytes = 5_000_000;

/** Most lines a source may have: the site build then needs about 1 GB for it at most. */
export const maxSourceLines = 20_000;

/** Most bytes a data file (sidecar, emendations, glossary, annotations) may have. */
export const maxDataBytes = 50_000_000;
