/**
 * <kb-policy-docx data-src data-id data-title data-doc-number data-note>: 下载 Word 文档 of a policy
 * text, made in the browser by the writer of the templates. The page ships only this element: the
 * .docx writer and the text's recorded blocks (/compare/text/<id>.json) load on the first click.
 */
import { saveBytes } from './download';

class KbPolicyDocx extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		button.hidden = false;
		button.addEventListener('click', () => void this.download(button));
	}

	private say(message: string, kind: 'ok' | 'error') {
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (!status) return;
		status.textContent = message;
		status.dataset.kind = kind;
	}

	private async download(button: HTMLButtonElement) {
		const { src = '', id = '', title = '', docNumber, note = '' } = this.dataset;
		button.disabled = true;
		this.say('正在生成 Word 文档……', 'ok');
		try {
			const [policy, writer, response] = await Promise.all([
				import('../lib/template-fill/policy'),
				import('../lib/template-fill/docx'),
				fetch(src),
			]);
			if (!response.ok) throw new Error(`读取正文失败（HTTP ${response.status}）`);
			const blocks: unknown = await response.json();
			if (!policy.isPolicyBlocks(blocks)) throw new Error('正文数据的格式不对');
			const doc = policy.policyDocument(
				{ id, title, ...(docNumber ? { docNumber } : {}), note: policy.downloadNote(note, location.origin + location.pathname) },
				blocks
			);
			saveBytes(await writer.toDocx(doc), `${doc.fileName}.docx`, writer.DOCX_MIME);
			this.say(`已生成 ${doc.fileName}.docx（在本机生成，未上传任何内容）。`, 'ok');
		} catch (e) {
			this.say(`生成 Word 文档失败：${e instanceof Error ? e.message : String(e)}。请刷新页面后重试。`, 'error');
		} finally {
			button.disabled = false;
		}
	}
}

customElements.define('kb-policy-docx', KbPolicyDocx);
