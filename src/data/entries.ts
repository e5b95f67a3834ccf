/**
 * The site's one accessor of the content collections: pages, components and the other data modules
 * read entries here, never from `astro:content` directly (a unit test holds the imports to that).
 * The collections are loaded by the glob loaders of src/data/loaders.ts, so the entries and their
 * ids are the ones the content gate checked.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CompareParagraph } from '../lib/compare/compare';
import { renderedText, type TextFile } from './texts';

export type PolicyEntry = CollectionEntry<'policies'>;
export type TemplateEntry = CollectionEntry<'templates'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export const policyEntries = (): Promise<PolicyEntry[]> => getCollection('policies');
export const templateEntries = (): Promise<TemplateEntry[]> => getCollection('templates');
export const glossaryEntries = (): Promise<GlossaryEntry[]> => getCollection('glossary');

/** One policy text by id, or undefined. */
export async function policyEntry(id: string): Promise<PolicyEntry | undefined> {
	return getEntry('policies', id);
}

/** The compiled text that carries a policy (its `carriedBy`), or undefined. */
export async function carrierOf(entry: PolicyEntry): Promise<PolicyEntry | undefined> {
	return entry.data.carriedBy ? getEntry(entry.data.carriedBy) : undefined;
}

/**
 * What a text's page shows: its HTML and headings as the corpus pipeline rendered them when the
 * content layer loaded it (src/data/rendered-texts.ts, kept between builds), and its blocks.
 */
export const entryText = (entry: PolicyEntry | TemplateEntry): TextFile => renderedText(entry);

/**
 * A text's blocks as the corpus pipeline recorded them when it rendered the entry (remark-paragraphs):
 * headings, paragraphs, list items and table rows as the page shows them, clause anchors included.
 */
export async function entryParagraphs(entry: PolicyEntry | TemplateEntry): Promise<CompareParagraph[]> {
	return renderedText(entry).paragraphs;
}
