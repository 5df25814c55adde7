/** Compiles and runs generated MDX the way a page would, recording what it asks for instead of rendering. */
import { evaluate } from '@mdx-js/mdx';
import type { Passage } from '../../../src/lib/edition/recordSchema.ts';

/** What running an MDX file did. */
export interface MdxRun {
	/** Every element the content created, in call order: the component (or tag name) and its props. */
	elements: { type: unknown; props: Record<string, unknown> }[];
	/** Every name the content looked up in `components`. */
	requested: string[];
	/** The `passage` prop of each `<Passage>`, in document order. */
	passages: Passage[];
	/** The stand-in Passage component and Fragment, to compare element types with. */
	Passage: () => never;
	Fragment: symbol;
}

/**
 * Splits a generated file into its YAML frontmatter and its MDX body, as Astro does before compiling
 * (@mdx-js/mdx itself has no frontmatter support: left in, the YAML would be compiled as Markdown).
 */
export function splitFrontmatter(file: string): { yaml: string; body: string } {
	if (!file.startsWith('---\n')) throw new Error('no frontmatter');
	const end = file.indexOf('\n---\n', 3);
	if (end < 0) throw new Error('unterminated frontmatter');
	return { yaml: file.slice(4, end + 1), body: file.slice(end + 5) };
}

/**
 * Compiles and runs an MDX body with a recording JSX runtime (no React) and a stand-in `Passage`,
 * handing it the page's passages by id as the text page does. Components are never called, so
 * the recorded props are exactly what the MDX passed.
 */
export async function runMdx(body: string, passages: Record<string, Passage> = {}): Promise<MdxRun> {
	const elements: MdxRun['elements'] = [];
	const requested: string[] = [];
	const Fragment = Symbol('Fragment');
	const Passage = (): never => {
		throw new Error('the recording runtime never renders components');
	};
	const record = (type: unknown, props: Record<string, unknown>) => {
		elements.push({ type, props });
		return { type, props };
	};
	const components = new Proxy({ Passage } as Record<string, unknown>, {
		get(target, key) {
			if (typeof key === 'string') requested.push(key);
			return target[key as string];
		},
	});
	const { default: Content } = await evaluate(body, { Fragment, jsx: record, jsxs: record } as unknown as Parameters<typeof evaluate>[1]);
	Content({ components, passages } as Parameters<typeof Content>[0]);
	const placed = elements.filter((e) => e.type === Passage).map((e) => e.props.passage as Passage);
	return { elements, requested, passages: placed, Passage, Fragment };
}
