/** Site-wide helpers bound to the build's configuration. */
import { glossaryPath, joinBase, policyPath, templatePath } from './url';

/** Prefixes an absolute site path with the configured base. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const policyHref = (id: string, anchor?: string) => href(policyPath(id, anchor));
export const templateHref = (id: string) => href(templatePath(id));
export const glossaryHref = (id: string) => href(glossaryPath(id));
