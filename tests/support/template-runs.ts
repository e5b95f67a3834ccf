/** Plain text of a composed document's runs, for the template tests: the library's own. */
export { runsText } from '../../src/lib/template-fill/layout';
