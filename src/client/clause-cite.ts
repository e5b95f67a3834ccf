/**
 * <kb-clause-cite data-title="…" data-doc-number="…">: gives each numbered clause of the page a
 * 复制引用 button that copies 《title》（文号）clause and the link to the clause. Progressive
 * enhancement: without JavaScript the clause anchors still work as plain links.
 */
import { citationText } from '../lib/cite';

class KbClauseCite extends HTMLElement {
	connectedCallback() {
		const title = this.dataset.title ?? document.querySelector('h1')?.textContent ?? document.title;
		const docNumber = this.dataset.docNumber;
		for (const clause of document.querySelectorAll<HTMLElement>('.policy-text [data-clause][id], .template-text [data-clause][id]')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'clause-cite';
			button.textContent = '复制引用';
			button.setAttribute('aria-label', `复制引用：${clause.dataset.clause}`);
			button.addEventListener('click', async () => {
				const url = new URL(`#${clause.id}`, location.href).href;
				const text = citationText({ title, docNumber, clause: clause.dataset.clause ?? '', url });
				try {
					await navigator.clipboard.writeText(text);
					button.textContent = '已复制';
				} catch {
					// No clipboard permission (e.g. plain http on an intranet): let the reader copy by hand.
					window.prompt('请复制以下引用：', text);
				}
				setTimeout(() => (button.textContent = '复制引用'), 2000);
			});
			clause.append(' ', button);
		}
	}
}
customElements.define('kb-clause-cite', KbClauseCite);
