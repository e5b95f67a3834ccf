import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { astroInlineScripts, checkPage, hoistPolicy, inlineHandlers, inlineScripts, metaPolicy, parsePolicy } from '../../src/lib/csp';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('inlineScripts', () => {
	it('finds scripts the browser runs, not external ones or data blocks', () => {
		const html =
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
			'<script type="application/json">{"c":1}</script><script type="speculationrules">{}</script><script> </script>';
		expect(inlineScripts(html).map((s) => s.body)).toEqual(['a()', 'b()']);
	});
});

describe('astroInlineScripts', () => {
	it('reads the bodies of is:inline scripts from a component', () => {
		expect(
			astroInlineScripts(
				'---\n---\n<script is:inline>\n\tx();\n</script>\n<script>bundled()</script><script is:inline aria-hidden="true">y()</script>'
			)
		).toEqual(['\n\tx();\n', 'y()']);
	});
});

describe('metaPolicy, parsePolicy, hoistPolicy', () => {
	it('reads the policy and its directives', () => {
		const html = page("default-src 'self'; script-src 'self' 'sha256-abc='", '');
		expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
		expect(parsePolicy(metaPolicy(html)!).get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
	});

	it('moves the policy to directly after <meta charset>, so it covers scripts before it', () => {
		const html =
			'<html><head><meta charset="utf-8"/><title>x</title><script>theme()</script><meta http-equiv="content-security-policy" content="p"></head></html>';
		expect(hoistPolicy(html)).toBe(
			'<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="p"><title>x</title><script>theme()</script></head></html>'
		);
		expect(hoistPolicy(hoistPolicy(html))).toBe(hoistPolicy(html));
		expect(hoistPolicy('<html><head><title>no policy</title></head></html>')).toBe('<html><head><title>no policy</title></head></html>');
	});
});

describe('checkPage', () => {
	it('passes a page whose inline scripts are all listed', () => {
		expect(checkPage('a.html', page(`script-src 'self' '${sha('a()')}'`, '<script>a()</script>'), sha)).toEqual([]);
	});

	it.each([
		['an inline script not listed', page("script-src 'self'", '<script>evil()</script>'), '内联脚本“evil()…”'],
		['no policy', '<html><head></head><body></body></html>', '没有 Content-Security-Policy'],
		[
			'a script before the policy',
			'<html><head><meta charset="utf-8"/><script src="/x.js"></script><meta http-equiv="content-security-policy" content="script-src \'self\'"></head></html>',
			'之前就有脚本',
		],
		['an inline handler', page("script-src 'self'", '<button onclick="go()">x</button>'), 'onclick'],
		['a javascript: link', page("script-src 'self'", '<a href="javascript:go()">x</a>'), 'javascript:'],
	])('reports %s, in Chinese', (_name, html, says) => {
		const problems = checkPage('a.html', html, sha);
		expect(problems.map((p) => p.problem).join('\n')).toContain(says);
	});
});

describe('inlineHandlers', () => {
	it('does not mistake text or data attributes for handlers', () => {
		expect(inlineHandlers('<p data-x="y">text onclick=1</p><a href="/on">x</a>')).toEqual([]);
	});
});
