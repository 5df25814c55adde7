/** File name of the generated glossary, beside the generated MDX texts; the site's glossary collection reads it. */
export const glossaryOutput = 'glossary.json';
