/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/), as far as the site publishes it:
 * one AnnotationCollection per text, its annotations in one AnnotationPage. Each MUST of the model
 * for these classes is required here, so what the build writes is checked against them.
 */
import { z } from 'astro/zod';

/** The model's JSON-LD context. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

const iri = z.url({ protocol: /^https?$/ });

/** §4.2.4 Text Quote Selector: the words, with some of what comes before and after them. */
const textQuoteSelectorSchema = z
	.object({
		type: z.literal('TextQuoteSelector'),
		exact: z.string().min(1),
		prefix: z.string().optional(),
		suffix: z.string().optional(),
	})
	.strict();

/** §4.2.1 Fragment Selector: the passage, by its fragment identifier (RFC 3986), refined by the words in it. */
const fragmentSelectorSchema = z
	.object({
		type: z.literal('FragmentSelector'),
		value: z.string().min(1),
		conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3986'),
		refinedBy: textQuoteSelectorSchema.optional(),
	})
	.strict();

/** §4 Specific Resource as a target: a text page, and two selectors that each select the same words on it. */
const targetSchema = z
	.object({
		type: z.literal('SpecificResource'),
		source: iri,
		selector: z.array(z.union([textQuoteSelectorSchema, fragmentSelectorSchema])).min(1),
	})
	.strict();

/** §3.2.4 Embedded Textual Body. */
const textualBodySchema = z
	.object({
		type: z.literal('TextualBody'),
		value: z.string().min(1),
		format: z.literal('text/plain'),
		language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
		purpose: z.enum(['describing', 'commenting', 'editing', 'identifying', 'tagging']).optional(),
	})
	.strict();

/**
 * §4 Specific Resource as a body: a glossary entry's page (§3.2.2 External Web Resource), with the
 * purpose it serves, which the model lets a body state only through a Specific Resource (§4.1).
 */
const entryPageBodySchema = z
	.object({
		type: z.literal('SpecificResource'),
		purpose: z.literal('identifying'),
		source: z
			.object({
				id: iri,
				type: z.literal('Text'),
				format: z.literal('text/html'),
				language: z.enum(['zh-Hans', 'zh-Hant']),
			})
			.strict(),
	})
	.strict();

/** §3.1 Annotation: an IRI, the type, at least one target; what it is for (motivation) and what it says (body). */
const annotationSchema = z
	.object({
		id: iri,
		type: z.literal('Annotation'),
		motivation: z.enum(['identifying', 'commenting', 'editing']),
		body: z.array(z.union([textualBodySchema, entryPageBodySchema])).min(1),
		target: z.array(targetSchema).min(1),
	})
	.strict();
/** One annotation of a text. */
export type WebAnnotation = z.infer<typeof annotationSchema>;

/** §5.1 Annotation Collection, with its one §5.2 Annotation Page embedded. */
export const annotationCollectionSchema = z
	.object({
		'@context': z.literal(annotationContext),
		id: iri,
		type: z.literal('AnnotationCollection'),
		label: z.string().min(1),
		total: z.number().int().nonnegative(),
		first: z
			.object({
				id: iri,
				type: z.literal('AnnotationPage'),
				partOf: iri,
				startIndex: z.literal(0),
				items: z.array(annotationSchema),
			})
			.strict(),
	})
	.strict()
	.refine((collection) => collection.total === collection.first.items.length, 'total counts the items')
	.refine((collection) => collection.first.partOf === collection.id, 'the page is part of the collection');
/** A text's annotations as W3C Web Annotation. */
export type AnnotationCollection = z.infer<typeof annotationCollectionSchema>;
