/** Plain text of a composed document's runs, for the template tests. */
import type { Run } from '../../src/lib/template-fill';

export function runsText(runs: readonly Run[] | undefined): string {
	return (runs ?? []).map((r) => r.text).join('');
}
