/** Fill-in forms of the document templates: data, checks, composition and .docx export (pure). */
export type * from './types';
export { TEMPLATE_SPECS, getSpec, emptyValues } from './templates';
export { compose, indexedRows } from './compose';
export { validate } from './validate';
export { formatDate } from './values';
export {
	composeForPreview,
	fieldLabel,
	nonconformingNotice,
	prepareOutput,
	NONCONFORMING_PREFIX,
	type OutputDecision,
	type OutputOptions,
} from './output';
