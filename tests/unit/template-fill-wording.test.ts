/**
 * Every template reads right for every kind of organisation it offers (a 党委 is already 党的委员会:
 * no “党委委员会”, “党委党员大会”), and the two ways an invalid election used to come out clean.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SPECS, compose, prepareOutput, validate, type DocModel, type Values } from '../../src/lib/template-fill';
import { runsText } from '../support/template-runs';
import { plenaryQuorumFor } from '../../src/lib/template-fill/rules';
import { ORG_WORDS } from '../../src/lib/template-fill/templates';
import { SAMPLES } from './template-fill-samples';

function fullText(doc: DocModel): string {
	const blocks = doc.body.map((b) =>
		b.type === 'para'
			? runsText(b.runs)
			: b.rows
					.flat()
					.map((c) => runsText(c.runs))
					.join(' ')
	);
	return [doc.header, doc.docNumber, doc.title, doc.addressee, doc.attachment, doc.signature, doc.date]
		.map((r) => runsText(r))
		.concat(blocks)
		.join('\n');
}

const kindsOf = (id: string) => TEMPLATE_SPECS[id]!.fields.find((f) => f.name === 'orgKind')?.options ?? [];

describe('wording for each organisation kind', () => {
	const cases = Object.keys(TEMPLATE_SPECS).flatMap((id) => kindsOf(id).map((kind) => [id, kind] as const));

	it('covers every template that names a kind, 党委 where the template offers it', () => {
		expect(cases.filter(([, k]) => k === '党委').map(([id]) => id)).toEqual(['template-1', 'template-4', 'template-5']);
		expect(cases.length).toBe(17);
	});

	it.each(cases)('%s as %s: no “党委委员会” or “党委党员大会”, the kind named throughout', (id, kind) => {
		const text = fullText(compose(id, { ...SAMPLES[id]!, orgKind: kind }));
		for (const wrong of ['党委委员会', '党委党员大会', '党总支委员会委员会', '党支部委员会委员会']) expect(text).not.toContain(wrong);
		expect(text).toContain(kind);
		// The template's generic wording is gone.
		expect(text).not.toContain('党总支（支部）');
	});

	it('模板4 for a 党委: 我党委于…, 党委由…组成, 党员大会, signed …党委', () => {
		const doc = compose('template-4', { ...SAMPLES['template-4']!, society: '青海省地质学会', orgKind: '党委' });
		const text = fullText(doc);
		expect(text).toContain('我党委于2019年6月1日选举产生');
		expect(text).toContain('召开党员大会，进行党委换届选举');
		expect(text).toContain('党委由5人组成');
		expect(text).toContain('下届党委委员，由党员大会直接采取');
		expect(text).toContain('党委书记、副书记均实行等额选举，由下届党委第一次全体会议选举产生');
		expect(runsText(doc.signature)).toBe('青海省地质学会党委');
		expect(runsText(doc.attachment)).toBe('附件：青海省地质学会党委候选人预备人选备案表');
	});

	it('模板4 for a 党总支 keeps the template wording', () => {
		const text = fullText(compose('template-4', { ...SAMPLES['template-4']!, society: '青海省地质学会', orgKind: '党总支' }));
		expect(text).toContain('我党总支委员会于');
		expect(text).toContain('召开党总支党员大会，进行党总支委员会换届选举');
		expect(text).toContain('下届党总支委员会委员，由党总支党员大会直接采取');
	});

	it('the words table has an entry for every kind a template offers', () => {
		for (const [, kind] of cases) expect(Object.hasOwn(ORG_WORDS, kind)).toBe(true);
	});
});

describe('first plenary meeting: 半数以上委员到会 (青海指南 第五部分 一、3.)', () => {
	it.each([
		[1, 1],
		[2, 1],
		[3, 2],
		[4, 2],
		[5, 3],
		[7, 4],
		[9, 5],
	])('%i 委员: at least %i present', (members, min) => expect(plenaryQuorumFor(members)).toBe(min));

	it.each(['template-6', 'template-9'])('%s: one fewer than half warns on 实到会 with the clause; half is fine', (id) => {
		for (const members of [3, 4, 5, 7]) {
			const min = plenaryQuorumFor(members);
			const base: Values = { ...SAMPLES[id]!, plenaryExpected: String(members) };
			if (id === 'template-6') {
				Object.assign(base, {
					elected: Array.from({ length: members }, (_, i) => ({ name: `委员${i + 1}`, votes: '24' })),
					seats: String(members),
					secretary: '委员1',
					deputy: '委员2',
					organiser: '委员3',
					secretaryVotes: String(min),
					deputyVotes: String(min),
				});
			}
			const at = (present: number) =>
				validate(id, { ...base, plenaryPresent: String(present) }).warnings.filter((w) => w.field === 'plenaryPresent');
			const below = at(min - 1);
			expect(below, `${members} 委员，${min - 1} 人到会`).toHaveLength(1);
			expect(below[0]!.message).toContain('半数以上委员到会方可召开');
			expect(below[0]!.citations?.some((c) => c.kind === 'corpus' && c.entry === 'qinghai-guide' && c.anchor === 'p5-s1-c3')).toBe(true);
			expect(at(min), `${members} 委员，${min} 人到会`).toEqual([]);
		}
	});
});

describe('invalid elections are never produced clean', () => {
	const keep = { keepBlanks: true, keepNonconforming: false };

	it.each(['template-6', 'template-9'])('%s: 应到会有选举权人数 0 is refused even with blanks kept', (id) => {
		const values = { ...SAMPLES[id]!, expectedVoting: '0' };
		expect(validate(id, values).errors.map((e) => e.field)).toContain('expectedVoting');
		const out = prepareOutput(id, values, keep);
		expect(out.ok).toBe(false);
		expect(out.ok ? '' : out.message).toContain('其中有选举权党员（应到）');
		expect(prepareOutput(id, values, { keepBlanks: true, keepNonconforming: true }).ok).toBe(false);
	});

	it('模板6: a 书记 elected with 1 vote when 1 of 5 委员 attended is marked, not clean', () => {
		const elected = ['甲', '乙', '丙', '丁', '戊'].map((n) => ({ name: `${n}当选`, votes: '24' }));
		const values: Values = {
			...SAMPLES['template-6']!,
			elected,
			seats: '5',
			plenaryExpected: '5',
			plenaryPresent: '1',
			secretary: '甲当选',
			secretaryVotes: '1',
			hasDeputy: '',
			deputy: '',
			deputyVotes: '',
		};
		const refused = prepareOutput('template-6', values, keep);
		expect(refused.ok).toBe(false);
		expect(refused.ok ? '' : refused.reason).toBe('nonconforming');
		const marked = prepareOutput('template-6', values, { keepBlanks: false, keepNonconforming: true });
		expect(marked.ok).toBe(true);
		expect(marked.ok && runsText(marked.doc.notice)).toContain('第一次全体会议实到会 1 人，不足应到会 5 人的半数');
	});

	it('模板6: 第一次全体会议应到会 must be the number of 委员 just elected', () => {
		const w = validate('template-6', { ...SAMPLES['template-6']!, plenaryExpected: '5' }).warnings.filter(
			(x) => x.field === 'plenaryExpected'
		);
		expect(w).toHaveLength(1);
		expect(w[0]!.message).toContain('与当选委员 3 人不符');
	});
});
