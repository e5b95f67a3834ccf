/**
 * Every citation the calculators use, in one place. Corpus quotes are verbatim (whitespace
 * aside) and checked against the seed texts by `tests/unit/rules-citations.test.ts`.
 * External texts (党章, 条例) are not in the corpus: their article is given only where certain.
 */
import type { Basis, CorpusBasis, ExternalBasis } from './basis';

const QH = '《青海省科技社团党组织工作指南（试行）》';

function corpus(entry: string, anchor: string | undefined, label: string, quote: string): CorpusBasis {
	return anchor === undefined ? { kind: 'corpus', entry, label, quote } : { kind: 'corpus', entry, anchor, label, quote };
}
function external(name: string, quote: string, article?: string): ExternalBasis {
	return article === undefined ? { kind: 'external', name, quote } : { kind: 'external', name, article, quote };
}

export const SOURCES = {
	// ---- 党章 and 条例 (external) ----
	dangzhang30: external('《中国共产党章程》', '凡是有正式党员三人以上的，都应当成立党的基层组织', '第三十条'),
	dangzhang7: external('《中国共产党章程》', '预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样', '第七条'),
	zhibuFound: external('《中国共产党支部工作条例（试行）》', '凡是有正式党员3人以上的，都应当成立党支部'),
	zhibu50: external('《中国共产党支部工作条例（试行）》', '党支部党员人数一般不超过50人'),
	zhibuJoint: external('《中国共产党支部工作条例（试行）》', '联合党支部覆盖单位一般不超过5个'),
	zhibuCommittee: external(
		'《中国共产党支部工作条例（试行）》',
		'有正式党员7人以上的党支部，应当设立党支部委员会。党支部委员会由3至5人组成，一般不超过7人'
	),
	zhibuCommitteeRoles: external(
		'《中国共产党支部工作条例（试行）》',
		'党支部委员会设书记和组织委员、宣传委员、纪检委员等，必要时可以设1名副书记'
	),
	zhibuNoCommittee: external('《中国共产党支部工作条例（试行）》', '正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记'),
	dangzhang31Term: external('《中国共产党章程》', '党的基层委员会、总支部委员会、支部委员会每届任期三年至五年', '第三十一条'),
	electionPostpone: external(
		'《中国共产党基层组织选举工作条例》',
		'如需延期或者提前进行换届选举，应当报上级党组织批准。延长或者提前期限一般不超过1年',
		'第三条'
	),
	electionRights: external(
		'《中国共产党基层组织选举工作条例》',
		'受留党察看处分的党员在留党察看期间没有表决权、选举权和被选举权；预备党员没有表决权、选举权和被选举权。党员被依法留置、逮捕的，党组织应当按照管理权限中止其表决权、选举权和被选举权等党员权利',
		'第五条'
	),
	electionQuorum: external('《中国共产党基层组织选举工作条例》', '有选举权的到会人数超过应到会人数的五分之四'),
	electionMajority: external('《中国共产党基层组织选举工作条例》', '超过实到会有选举权的人数的一半'),

	// ---- 青海指南 第一至五部分 ----
	qhP2S1: corpus('qinghai-guide', 'p2-s1', `${QH}第二部分 一、`, '由青海省科技社团党委批准，接受青海省科技社团党委的领导'),
	qhP2S2: corpus(
		'qinghai-guide',
		'p2-s2',
		`${QH}第二部分 二、`,
		'科技社团功能型党组织不接转组织关系，不在科技社团党组织交纳党费，不发展党员，不重复统计党员信息，不选举党代表参加上一级党代会'
	),
	qhP2S3C1Found: corpus(
		'qinghai-guide',
		'p2-s3-c1',
		`${QH}第二部分 三、1.`,
		'理事会中有正式中共党员 3 人以上的，按照《党章》规定的人数要求，经上级党组织批准，分别设立党委、党总支或党支部'
	),
	qhP2S3C1Council: corpus(
		'qinghai-guide',
		'p2-s3-c1',
		`${QH}第二部分 三、1.`,
		'学会应在理事会层面设立党的基层组织，理事会中有正式中共党员3人以上的'
	),
	qhP2S3C1Sizes: corpus(
		'qinghai-guide',
		'p2-s3-c1',
		`${QH}第二部分 三、1.`,
		'一般情况下，党员人数超过 100 名的成立基层党委；超过 50 名、不足 100 名的成立党总支；正式党员超过 3 名、不足 50 名的成立党支部'
	),
	qhP2S3C1Joint: corpus('qinghai-guide', 'p2-s3-c1', `${QH}第二部分 三、1.`, '规模小、党员少的学会可以本着就近就便原则，联合建立党组织'),
	qhP2S3C3: corpus('qinghai-guide', 'p2-s3-c3', `${QH}第二部分 三、3.`, '学会党的基层组织一般设书记、副书记，纪检委员、宣传委员和组织委员'),
	qhP2S3C5: corpus('qinghai-guide', 'p2-s3-c5', `${QH}第二部分 三、5.`, '建立党委、党总支的学会，有条件的可在分支机构、秘书处中建立党支部'),
	qhP2S3C6: corpus(
		'qinghai-guide',
		'p2-s3-c6',
		`${QH}第二部分 三、6.`,
		'可以通过派驻党建工作指导员、片区联建、同业共建等方式，实现党的组织和党的工作“两个覆盖”'
	),
	qhP2S4C1: corpus(
		'qinghai-guide',
		'p2-s4-c1',
		`${QH}第二部分 四、1.`,
		'学会理事会或成立筹备组中党员讨论成立学会党组织相关事项，并提出党组织领导班子拟任人选'
	),
	qhP2S4C2: corpus(
		'qinghai-guide',
		'p2-s4-c2',
		`${QH}第二部分 四、2.`,
		'学会向省科技社团党委递交成立学会党组织的申请，并提出党组织领导班子拟任人选（模板1、模板2、模板3）'
	),
	qhP2S4C3: corpus('qinghai-guide', 'p2-s4-c3', `${QH}第二部分 四、3.`, '省科技社团党委对拟设立的基层党组织相关事宜进行审查把关'),
	qhP2S4C4: corpus(
		'qinghai-guide',
		'p2-s4-c4',
		`${QH}第二部分 四、4.`,
		'学会召开理事会党员大会研究党组织成立相关事项，选举第一届学会党组织领导班子，并将结果以文件形式上报省科技社团党委'
	),
	qhP2S4C5: corpus('qinghai-guide', 'p2-s4-c5', `${QH}第二部分 四、5.`, '学会党组织成立及党组织领导班子人选需经省科技社团党委审批'),
	qhP3: corpus(
		'qinghai-guide',
		'p3',
		`${QH}第三部分`,
		'学会党组织换届应与理事会换届同步；党组织委员届中调整、书记任命，需经青海省科技社团党委审批'
	),
	qhP3S1C1: corpus(
		'qinghai-guide',
		'p3-s1-c1',
		`${QH}第三部分 一、1.`,
		'基层党组织向省科技社团党委递交党组织换届或届中调整的申请，提出新一届党组织领导班子拟任人选或届中调整拟任人选（模板4、模板5、模板6、模板7、模板8、模板9）'
	),
	qhP3S1C2: corpus(
		'qinghai-guide',
		'p3-s1-c2',
		`${QH}第三部分 一、2.`,
		'省科技社团党委对新一届领导班子拟任人选或届中调整的拟任人选进行审查把关'
	),
	qhP3S1C3: corpus(
		'qinghai-guide',
		'p3-s1-c3',
		`${QH}第三部分 一、3.`,
		'省科技社团党委审批后，基层党组织召开理事会党员大会选举新一届委员会委员或届中调整的基层党组织委员，并将选举结果以文件形式报省科技社团党委'
	),
	qhP3S1C4: corpus('qinghai-guide', 'p3-s1-c4', `${QH}第三部分 一、4.`, '省科技社团党委对选举结果进行审批'),
	qhP3S2C2: corpus('qinghai-guide', 'p3-s2-c2', `${QH}第三部分 二、2.`, '委员候选人不得担任监计票人员'),
	qhP3S2C4: corpus('qinghai-guide', 'p3-s2-c4', `${QH}第三部分 二、4.`, '新一届理事会中党员对提出的党组织委员会委员拟任人选进行正式选举'),

	// ---- 第六部分 相关政策法规 ----
	zbf51S3C6: corpus(
		'zhongbanfa-2015-51',
		's3-c6',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）三、6.',
		'督促指导所属社会组织党组织按期换届，审批选出的书记、副书记'
	),
	zbf51S4C8Found: corpus(
		'zhongbanfa-2015-51',
		's4-c8',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）四、8.',
		'凡有三名以上正式党员的社会组织，都要按照党章规定，经上级党组织批准，分别设立党委、总支、支部，并按期进行换届'
	),
	zbf51S4C8Large: corpus(
		'zhongbanfa-2015-51',
		's4-c8',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）四、8.',
		'规模较大、会员单位较多而党员人数不足规定要求的，经县级以上党委批准可以建立党委'
	),
	zbf51S4C10: corpus(
		'zhongbanfa-2015-51',
		's4-c10',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）四、10.',
		'规模小、党员少的社会组织可以本着就近就便原则，联合建立党组织'
	),
	zbf51S4C11: corpus(
		'zhongbanfa-2015-51',
		's4-c11',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）四、11.',
		'暂不具备组建条件的社会组织，可通过选派党建工作指导员、联络员或建立工会、共青团组织等途径开展党的工作，条件成熟时及时建立党组织'
	),
	zbf51S4C9: corpus(
		'zhongbanfa-2015-51',
		's4-c9',
		'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）四、9.',
		'行业特征明显、管理体系健全的行业，可依托行业协会商会建立行业党组织'
	),
	zzf10S2: corpus(
		'zhongzufa-2000-10',
		's2',
		'《关于加强社会团体党的建设工作的意见》（中组发〔2000〕10号）二、',
		'正式党员不足3人的，可与同一业务主管单位所属的其他社会团体或其他邻近单位建立联合党支部'
	),
	kx81S3C6: corpus(
		'kexie-dangzufa-2016-81',
		's3-c6',
		'《中国科协关于加强科技社团党建工作的若干意见》（科协党组发〔2016〕81号）三、6.',
		'学会成立党组织（党委、总支、支部或者党的工作小组），应按照党章及有关规定向中国科协科技社团党委报批'
	),
	zzf10S2Temporary: corpus(
		'zhongzufa-2000-10',
		's2',
		'《关于加强社会团体党的建设工作的意见》（中组发〔2000〕10号）二、',
		'社会团体临时党组织由业务主管单位或挂靠单位党组织批准成立'
	),
	kx22S2U2: corpus(
		'kexie-dangzufa-2019-22',
		's2-u2',
		'《中国科协党的建设工作方案》（科协党组发〔2019〕22号）二、（二）',
		'不具备条件成立党委的学会选派党建联络员，实现党建工作覆盖'
	),
	kx22S2U2WorkGroup: corpus(
		'kexie-dangzufa-2019-22',
		's2-u2',
		'《中国科协党的建设工作方案》（科协党组发〔2019〕22号）二、（二）',
		'推动学会党委探索在分支机构建立党的工作小组'
	),
	kx22S2U5C3: corpus(
		'kexie-dangzufa-2019-22',
		's2-u5-c3',
		'《中国科协党的建设工作方案》（科协党组发〔2019〕22号）二、（五）3.',
		'学会党委委员任期与学会理事会任职同步，学会理事会换届与学会党委同步调整'
	),
	qbf9S2C5: corpus(
		'qingbanfa-2018-9',
		's2-c5',
		'《中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）》（青办发〔2018〕9号）二、5.',
		'督促指导所属社会组织党组织按期换届，审批选出的书记、副书记'
	),
	qbf9S3C7: corpus(
		'qingbanfa-2018-9',
		's3-c7',
		'《中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）》（青办发〔2018〕9号）三、7.',
		'规模较大、会员单位较多而党员人数不足规定要求的，经县级以上党委批准可以建立党委'
	),
	qbf9S3C8: corpus(
		'qingbanfa-2018-9',
		's3-c8',
		'《中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）》（青办发〔2018〕9号）三、8.',
		'行业特征明显、管理体系健全的行业，可依托行业协会商会建立行业党组织'
	),
	qbf9S3C9: corpus(
		'qingbanfa-2018-9',
		's3-c9',
		'《中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）》（青办发〔2018〕9号）三、9.',
		'规模小、党员少的社会组织可以本着就近就便原则，联合建立党组织，联合组建单位原则上不得超过5家'
	),
	qlx15C1: corpus(
		'qing-liangxin-2018-15',
		'c1',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）1.',
		'有3名以上党员但未转入组织关系的，可设立功能型党支部'
	),
	qlx15C3: corpus(
		'qing-liangxin-2018-15',
		'c3',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）3.',
		'社会组织设立功能型党支部前，要征求党员和社会组织负责人的意见'
	),
	qlx15C4Appointed: corpus(
		'qing-liangxin-2018-15',
		'c4',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）4.',
		'功能型党支部班子人选一般从社会组织内部产生，由上级党组织任命'
	),
	qlx15C4: corpus(
		'qing-liangxin-2018-15',
		'c4',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）4.',
		'党员人数较少的，可设书记1名；党员人数较多的，可设书记和1名副书记，委员3-5名'
	),
	qlx15C5: corpus(
		'qing-liangxin-2018-15',
		'c5',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）5.',
		'功能型党支部班子人选不实行任期制，原则上与社会组织换届同步调整'
	),
	qlx15C7: corpus(
		'qing-liangxin-2018-15',
		'c7',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）7.',
		'功能型党支部不能发展党员'
	),
	qlx15C9: corpus(
		'qing-liangxin-2018-15',
		'c9',
		'《青海省社会组织功能型党支部规范化建设实施办法（试行）》（青两新工委〔2018〕15号）9.',
		'功能型党支部党员向其组织关系所在党支部交纳党费'
	),
	qkx12S2U1C2: corpus(
		'qing-kexie-dangfa-2018-12',
		's2-u1-c2',
		'《青海省科协党组关于加强科技社团党建工作的意见（试行）》（青科协党发〔2018〕12号）二、（一）2.',
		'科技社团功能型党组织，不接转组织关系，不在科技社团党组织交纳党费，不发展党员'
	),
	qkx12S2U2C1: corpus(
		'qing-kexie-dangfa-2018-12',
		's2-u2-c1',
		'《青海省科协党组关于加强科技社团党建工作的意见（试行）》（青科协党发〔2018〕12号）二、（二）1.',
		'理事会中有正式中共党员 3 人以上的，按照《党章》规定的人数要求，建立党委、党总支或党支部'
	),
	qkx12S2U2C2: corpus(
		'qing-kexie-dangfa-2018-12',
		's2-u2-c2',
		'《青海省科协党组关于加强科技社团党建工作的意见（试行）》（青科协党发〔2018〕12号）二、（二）2.',
		'党组织换届应与理事会换届同步'
	),
	qkx12S2U2C6: corpus(
		'qing-kexie-dangfa-2018-12',
		's2-u2-c6',
		'《青海省科协党组关于加强科技社团党建工作的意见（试行）》（青科协党发〔2018〕12号）二、（二）6.',
		'学会、协会、研究会党的基层组织委员调整、书记任命，需经青海省科技社团党委审批'
	),
	qkx12S2U2C7: corpus(
		'qing-kexie-dangfa-2018-12',
		's2-u2-c7',
		'《青海省科协党组关于加强科技社团党建工作的意见（试行）》（青科协党发〔2018〕12号）二、（二）7.',
		'理事会党员不足 3 人的，可以通过派驻党建工作指导员、片区联建、同业共建等方式，实现党的工作覆盖'
	),

	// ---- 其他地方文件 ----
	pdsS3C3: corpus(
		'pingdingshan-xuehui-dangjian-yijian',
		's3-c3',
		'《关于加强科协所属学会党建工作的若干意见》（平顶山）三、3.',
		'应按照党章及有关规定向平顶山市科技社团党委报批'
	),
	cqS2C7: corpus(
		'chongqing-2023-gongzuo-yaodian',
		's2-c7',
		'《市科协科技社团党委2023年工作要点》（重庆）二、7.',
		'确保党支部、特设党支部或党建指导员在所有科技社团全覆盖'
	),
	cast2022S3C7: corpus(
		'cast-2022-xuehui-dangjian-yaodian',
		's3-c7',
		'《2022年中国科协学会党建工作要点》三、7.',
		'推动新加入科协的科技社团成立学会党委'
	),

	// ---- 第七部分 规范模板 ----
	tpl1: corpus(
		'template-1',
		undefined,
		'模板1 关于成立“学会（协会/研究会）党委/党总支/党支部”的请示',
		'党委/党总支/党支部由×人组成，其中：书记×人，副书记×人，委员×人'
	),
	tpl2: corpus('template-2', undefined, '模板2 学会（协会/研究会）党组织人员备案表', '学会（协会 / 研究会）党组织人员备案表'),
	tpl3: corpus('template-3', undefined, '模板3 党员名册', '党员名册'),
	tpl4S2: corpus('template-4', 's2', '模板4 关于召开党员大会进行换届选举及候选人预备人选的请示 二、', '按照差额不低于20%的要求'),
	tpl4S3C1: corpus(
		'template-4',
		's3-c1',
		'模板4 关于召开党员大会进行换届选举及候选人预备人选的请示 三、1.',
		'直接采取候选人数多于应选人数的差额选举办法选举产生，差额不小于应选人数的20%'
	),
	tpl4S3C2: corpus(
		'template-4',
		's3-c2',
		'模板4 关于召开党员大会进行换届选举及候选人预备人选的请示 三、2.',
		'党总支（支部）书记、副书记均实行等额选举，由下届党总支（支部）委员会第一次全体会议选举产生'
	),
	tpl5: corpus('template-5', undefined, '模板5 党总支（支部）委员会候选人预备人选备案表', '委员会候选人预备人选备案表'),
	tpl6Attendance: corpus(
		'template-6',
		undefined,
		'模板6 关于党总支（支部）委员会换届选举结果的请示',
		'应到党员× 名（其中有选举权党员× 名），实到党员× 名（其中有选举权党员× 名），实到会有选举权党员占应到会有选举权党员× %（五分之四以上）'
	),
	tpl6Approval: corpus(
		'template-6',
		undefined,
		'模板6 关于党总支（支部）委员会换届选举结果的请示',
		'选举产生的委员名单请予以备案，选举产生的书记和副书记请予以批准'
	),
	tpl7Quorum: corpus(
		'template-7',
		's3',
		'模板7 关于党总支（支部）委员会委员补选的请示 三、',
		'有选举权的党员必须超过理事会有选举权的党员人数80%的要求'
	),
	tpl7Equal: corpus('template-7', 's3', '模板7 关于党总支（支部）委员会委员补选的请示 三、', '直接采取候选人等额选举办法选举产生'),
	tpl8: corpus('template-8', undefined, '模板8 党总支（支部）委员会候选人预备人选备案表', '委员会候选人预备人选备案表'),
	tpl9Equal: corpus('template-9', undefined, '模板9 关于学会党总支（支部）委员会委员补选结果的请示', '大会采取无记名投票和等额选举的办法'),
	tpl9Filing: corpus('template-9', undefined, '模板9 关于学会党总支（支部）委员会委员补选结果的请示', '选举产生的委员名单请予以备案'),
} as const satisfies Record<string, Basis>;

export type SourceKey = keyof typeof SOURCES;

/** A template the user files, by corpus id. */
export type TemplateRef = { id: string; number: number; title: string };

export const TEMPLATES: Record<number, TemplateRef> = {
	1: { id: 'template-1', number: 1, title: '关于成立“学会（协会/研究会）党委/党总支/党支部”的请示' },
	2: { id: 'template-2', number: 2, title: '学会（协会/研究会）党组织人员备案表' },
	3: { id: 'template-3', number: 3, title: '党员名册' },
	4: {
		id: 'template-4',
		number: 4,
		title: '关于××党委/党总支/支部召开党员大会进行换届选举及下届党总支（支部）委员会组成人员候选人预备人选的请示',
	},
	5: { id: 'template-5', number: 5, title: '××党总支（支部）委员会候选人预备人选备案表' },
	6: { id: 'template-6', number: 6, title: '关于××党总支（支部）委员会换届选举结果的请示' },
	7: { id: 'template-7', number: 7, title: '关于××党总支（支部）委员会委员补选的请示' },
	8: { id: 'template-8', number: 8, title: '××党总支（支部）委员会候选人预备人选备案表' },
	9: { id: 'template-9', number: 9, title: '关于××学会党总支（支部）委员会委员补选结果的请示' },
};

/** A step of a workflow, with who acts and who approves, and where the text says so. */
export type Step = {
	n: number;
	text: string;
	/** Templates to file at this step. */
	templates: TemplateRef[];
	citations: Basis[];
};
