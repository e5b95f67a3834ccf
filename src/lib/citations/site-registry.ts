/**
 * The corpus's citations, collected once per build from the raw files (every page sees all of them,
 * whatever order pages render in).
 */
import { loadCitationRegistry } from './load-citations';
import type { CitationRegistry } from './registry';

let registry: CitationRegistry | undefined;

export function siteCitations(): CitationRegistry {
	registry ??= loadCitationRegistry();
	return registry;
}
