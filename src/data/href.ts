/**
 * Links for pages and components, bound to the build's base (`import.meta.env.BASE_URL`): the
 * build-time side of the pure path helpers in src/lib/url.ts, which take the base as an argument.
 */
import { joinBase, policyPath, templatePath } from '../lib/url';

/** Prefixes an absolute site path with the configured base. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const policyHref = (id: string, anchor?: string) => href(policyPath(id, anchor));
export const templateHref = (id: string) => href(templatePath(id));
