/** Escaping for the few HTML strings built outside Astro templates (pure, shared by pages and browser modules). */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
