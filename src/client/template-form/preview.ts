/**
 * Renders a composed document as DOM for the on-page preview (公文 layout). Text goes in through
 * text nodes only, never as HTML. Blanks are <mark class="tf-blank">.
 */
import type { DocModel, Run } from '../../lib/template-fill';
import { runsText, signatureIndents } from '../../lib/template-fill/layout';
import { el } from '../dom';

function runs(list: readonly Run[] | undefined, labelOf: (field: string) => string): Node[] {
	return (list ?? []).map((r) => {
		if (r.blank) {
			return el(
				'mark',
				{ class: 'tf-blank', 'data-blank-for': r.field ?? '', title: `未填写：${labelOf(r.field ?? '')}` },
				r.text || '\u3000\u3000'
			);
		}
		if (r.field) return el('span', { 'data-field': r.field }, r.text);
		return document.createTextNode(r.text);
	});
}

export function renderDoc(doc: DocModel, labelOf: (field: string) => string): HTMLElement {
	const R = (list: readonly Run[] | undefined) => runs(list, labelOf);
	const paper = el('div', { class: `tf-doc tf-doc-${doc.layout}` });
	if (doc.notice) paper.append(el('p', { class: 'tf-notice', 'data-nonconforming': '' }, ...R(doc.notice)));
	if (doc.header) paper.append(el('p', { class: 'tf-header' }, ...R(doc.header)));
	if (doc.docNumber || doc.signer) {
		paper.append(
			el(
				'p',
				{ class: doc.signer ? 'tf-docno tf-docno-signer' : 'tf-docno' },
				el('span', {}, ...R(doc.docNumber)),
				doc.signer ? el('span', {}, ...R(doc.signer)) : null
			)
		);
	}
	paper.append(el('p', { class: 'tf-title', 'data-doc-title': '' }, ...R(doc.title)));
	if (doc.addressee) paper.append(el('p', { class: 'tf-addressee' }, ...R(doc.addressee)));
	for (const block of doc.body) {
		if (block.type === 'para') {
			paper.append(el('p', { class: block.style === 'heading' ? 'tf-h' : 'tf-p' }, ...R(block.runs)));
			continue;
		}
		const total = block.widths.reduce((a, b) => a + b, 0);
		const colgroup = el('colgroup', {}, ...block.widths.map((w) => el('col', { style: `width:${((w * 100) / total).toFixed(2)}%` })));
		const tbody = el(
			'tbody',
			{},
			...block.rows.map((row) =>
				el(
					'tr',
					{},
					...row.map((c) => {
						const td = el('td', { class: [c.label ? 'tf-label' : '', c.tall ? 'tf-tall' : ''].join(' ').trim() }, ...R(c.runs));
						if (c.span > 1) td.colSpan = c.span;
						return td;
					})
				)
			)
		);
		paper.append(el('table', { class: 'tf-table' }, colgroup, tbody));
	}
	if (doc.attachment) paper.append(el('p', { class: 'tf-attach' }, ...R(doc.attachment)));
	if (doc.signature) {
		const sign = el('p', { class: 'tf-sign' }, ...R(doc.signature));
		// Centred on the 成文日期, four characters in, as the .docx has it.
		const { signatureChars } = signatureIndents(runsText(doc.signature), runsText(doc.date));
		sign.style.paddingInlineEnd = `${signatureChars}em`;
		paper.append(sign);
	}
	if (doc.date) paper.append(el('p', { class: 'tf-date' }, ...R(doc.date)));
	return paper;
}
