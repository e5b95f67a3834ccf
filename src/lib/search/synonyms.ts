/**
 * Everyday words → the words the texts use (reviewed data, pure). A query word in `words` is also
 * searched as each word in `corpus`, and the search says so (“按“阵地”检索”).
 *
 * How the table is made: each `corpus` word is the texts' own wording for a thing party workers
 * call otherwise; `where` names a clause that uses it. Entries come from reading the texts, not from
 * test queries. Rules: a `corpus` word must occur in the texts (tests/unit/search-synonyms.test.ts
 * checks every one against the corpus, and that each entry is applied); an everyday word that the
 * texts also use in another sense (地方 as in 地方党委, 负责人 as the society's head) is listed only
 * when the everyday sense is the common one in questions, and the word itself is still searched.
 */
export interface Synonym {
	/** What people type. */
	words: readonly string[];
	/** The texts' words for it, best first. */
	corpus: readonly string[];
	/** A clause that uses the corpus word (for review). */
	where: string;
}

export const SYNONYMS: readonly Synonym[] = [
	{
		words: ['地方', '场地', '房子', '屋子', '地点', '办公地点'],
		corpus: ['阵地', '活动场所', '场所'],
		where: '青海指南 第五部分 七、规范阵地建设',
	},
	{ words: ['活动室', '党员之家', '党建室'], corpus: ['阵地', '活动场所', '活动室'], where: '青两新工委〔2018〕15号 17.规范阵地设置' },
	{ words: ['钱', '资金', '费用', '开支', '花销', '开销'], corpus: ['经费'], where: '中办发〔2015〕51号 22.强化基础保障' },
	{ words: ['报销', '报帐', '记账'], corpus: ['报账', '经费管理'], where: '青海指南 第五部分 六、强化经费保证' },
	{ words: ['补贴', '补助', '报酬', '工资'], corpus: ['津贴'], where: '中办发〔2015〕51号 20.强化管理和激励' },
	{ words: ['一把手', '带头人', '领头人', '头儿'], corpus: ['书记'], where: '中办发〔2015〕51号 17.选优配强党组织书记' },
	{ words: ['负责人'], corpus: ['书记'], where: '青海指南 第四部分 二、党组织书记职责（党组织的负责人）' },
	{ words: ['班子', '班子成员'], corpus: ['委员会', '领导班子'], where: '青海指南 第三部分 一、1.（新一届党组织领导班子）' },
	{ words: ['批复', '同意', '报批', '批', '点头'], corpus: ['批准', '审批'], where: '青海指南 第二部分 三、1.（经上级党组织批准）' },
	{ words: ['开会', '开个会'], corpus: ['召开', '会议'], where: '青海指南 第五部分 一、3.（定期召开会议）' },
	{ words: ['交', '缴', '交钱', '交给'], corpus: ['交纳', '缴纳', '上交', '提交'], where: '青两新工委〔2018〕15号 9.党费缴纳' },
	{ words: ['选', '选出', '选出来', '推选'], corpus: ['选举', '产生', '选拔'], where: '青海指南模板4 三、选举办法' },
	{ words: ['补', '增补', '补人'], corpus: ['补选'], where: '青海指南模板7（委员补选的请示）' },
	{
		words: ['走了', '调走', '离职', '辞职', '出缺'],
		corpus: ['工作变动', '空缺', '缺额'],
		where: '青海指南模板7 二、（因工作变动，委员出现空缺）',
	},
	{
		words: ['一届几年', '干几年', '届期', '一届', '每届', '任几年', '几年一换', '到期', '期满', '任满'],
		corpus: ['任期', '届满'],
		where: '青两新工委〔2018〕15号 5.人员调整（不实行任期制）；青海指南模板4（任期届满）',
	},
	{ words: ['参会', '出席', '到场', '来开会'], corpus: ['到会'], where: '青海指南模板6（实到会有选举权党员）' },
	{ words: ['入党', '吸收党员', '发展新党员'], corpus: ['发展党员'], where: '青两新工委〔2018〕15号 7.发展党员' },
	{
		words: ['员工'],
		corpus: ['工作人员'],
		where: '青两新工委〔2018〕15号 7.发展党员（社会组织专职工作人员）、8.队伍建设（招聘专职工作人员）',
	},
	{
		words: ['转关系', '关系转', '转过来', '没转'],
		corpus: ['组织关系', '接转', '转入'],
		where: '青海指南 第二部分 二、（不接转组织关系）',
	},
	{ words: ['年终总结', '年度总结', '工作总结', '总结'], corpus: ['年度党建工作情况报告', '述职'], where: '青海指南 第四部分 二、5.' },
	{ words: ['打分', '评分', '考评'], corpus: ['考核', '评议'], where: '中办发〔2015〕51号 21.落实领导责任（述职评议考核）' },
	{ words: ['上课', '讲课', '学习'], corpus: ['党课', '培训', '学习教育'], where: '青两新工委〔2018〕15号 11.教育培训' },
	{ words: ['派', '派来', '派人', '下派'], corpus: ['选派', '派驻', '指派'], where: '青海指南 第二部分 三、6.（派驻党建工作指导员）' },
	{ words: ['上面', '上头'], corpus: ['上级'], where: '青海指南 第二部分 三、1.（经上级党组织批准）' },
	{ words: ['写进', '写到', '写上'], corpus: ['写入'], where: '青海指南 第五部分 五、推动党建工作写入章程' },
	{ words: ['留底', '做记录', '记下来'], corpus: ['记录', '存档'], where: '青海指南 第五部分 一、3.（会议如实记录存档）' },
	{
		words: ['一起建', '合建', '共建党组织', '合起来', '凑一起', '一块建'],
		corpus: ['联合建立', '联建'],
		where: '青海指南 第二部分 三、1.（联合建立党组织）',
	},
	{ words: ['汇报', '上报', '报'], corpus: ['报告', '请示'], where: '青海指南 第二部分 四、4.（以文件形式上报）' },
	{
		words: ['网上', '线上', '微信', '互联网'],
		corpus: ['信息化', '网络', '智慧党建'],
		where: '科协党组发〔2019〕22号 三、3.积极推进党建信息化建设',
	},
	{ words: ['报备', '登记一下'], corpus: ['备案'], where: '青两新工委〔2018〕15号 3.审批程序（报上级党组织备案）' },
	{ words: ['花名册', '党员名单'], corpus: ['党员名册'], where: '青两新工委〔2018〕15号 3.审批程序' },
	{ words: ['牌子', '挂牌', '标牌'], corpus: ['标识标牌'], where: '青两新工委〔2018〕15号 17.规范阵地设置' },
	{ words: ['旗子', '党旗党徽'], corpus: ['党旗'], where: '青海指南 第五部分 七、规范阵地建设' },
	{ words: ['解散', '撤销', '撤'], corpus: ['撤并', '注销'], where: '中办发〔2015〕51号 8.按单位建立党组织' },
	{ words: ['帮忙', '帮扶'], corpus: ['帮助', '指导'], where: '青两新工委〔2018〕15号 10.日常管理（帮助整改）' },
	{ words: ['评优', '评先', '先进', '嘉奖', '评奖'], corpus: ['表彰', '先进典型'], where: '中办发〔2015〕51号 23.抓好督促落实' },
	{ words: ['管事的人', '专人'], corpus: ['专人负责', '党建联系人'], where: '青海指南 第五部分 一、1.' },
	{ words: ['秘书长', '秘书处'], corpus: ['办事机构', '秘书处'], where: '青海指南 第五部分 一、1.（办事机构（秘书处））' },
	{ words: ['学会章程', '会章'], corpus: ['章程'], where: '青海指南 第五部分 五、推动党建工作写入章程' },
	// Setting up a party organisation, and its forms.
	{ words: ['建', '建起来'], corpus: ['建立', '成立', '设立'], where: '中办发〔2015〕51号 8.按单位建立党组织' },
	{ words: ['设'], corpus: ['设立', '设置'], where: '青两新工委〔2018〕15号 4.班子配备（可设书记1名）' },
	{
		words: ['没建', '建不起来', '建不了'],
		corpus: ['暂不具备', '未建党组织'],
		where: '中办发〔2015〕51号 11.实现全领域覆盖（暂不具备组建条件的社会组织）',
	},
	{ words: ['人少', '人太少', '太少'], corpus: ['党员少', '规模小', '不足'], where: '中办发〔2015〕51号 10.（规模小、党员少的社会组织）' },
	{ words: ['人多', '人太多'], corpus: ['人数较多', '规模较大'], where: '中组发〔2000〕10号 二、（规模较大、党员人数较多的社会团体）' },
	{ words: ['不够', '不满', '不到', '少于'], corpus: ['不足'], where: '中组发〔2000〕10号 二、（正式党员不足3人的）' },
	{ words: ['功能支部', '功能党支部'], corpus: ['功能型党支部', '功能型党组织'], where: '青两新工委〔2018〕15号 1.设置范围' },
	{ words: ['实体支部'], corpus: ['实体党支部', '实体性党支部'], where: '青两新工委〔2018〕15号 7.发展党员（实体性党支部进行培养）' },
	{ words: ['特设支部'], corpus: ['特设党支部'], where: '渝科协社党发〔2023〕11号 5.深化分类管理' },
	{ words: ['临时支部', '临时党支部'], corpus: ['临时党组织'], where: '中组发〔2000〕10号 二、（成立社会团体临时党组织）' },
	{
		words: ['年会', '学术年会', '学术会议'],
		corpus: ['会员大会', '重要活动'],
		where: '中组发〔2000〕10号 二、（举行会员大会、理事会或其他重要活动期间）',
	},
	{ words: ['分会', '专委会', '专业委员会'], corpus: ['分支机构'], where: '青海指南 第二部分 三、5.（在分支机构、秘书处中建立党支部）' },
	{ words: ['步骤', '手续', '走流程'], corpus: ['工作流程', '审批程序'], where: '青海指南 第二部分 四、设立基层党组织工作流程' },
	// The texts' own shorthand, mined from their wording (scripts/synonym-candidates.ts: 以下简称).
	{
		words: ['协会', '研究会'],
		corpus: ['学会'],
		where: '青科协社党发〔2019〕10号 1.（本学会、协会、研究会（以下简称学会））；平顶山意见（学会（协会、研究会）（以下简称学会））',
	},
	// Who the society and its party organisation answer to.
	{
		words: ['主管单位', '主管部门'],
		corpus: ['业务主管单位', '业务主管部门'],
		where: '中组发〔2000〕10号 二、（隶属于其业务主管单位党组织）',
	},
	{ words: ['依托单位', '托管单位'], corpus: ['挂靠单位', '支撑单位'], where: '中组发〔2000〕10号 二、（挂靠单位等有关党组织）' },
	{ words: ['管', '归', '归谁管'], corpus: ['隶属', '管理', '领导'], where: '中组发〔2000〕10号 二、（原则上隶属于其业务主管单位党组织）' },

	{ words: ['登记机关', '民政局'], corpus: ['登记管理机关', '民政部门'], where: '民函〔2016〕257号 一、（向登记管理机关提交）' },
	{ words: ['注册', '新注册'], corpus: ['成立登记', '登记'], where: '民函〔2016〕257号（社会组织成立登记时同步开展党建工作）' },
	{ words: ['改名', '更名', '合并'], corpus: ['变更', '撤并', '注销'], where: '中办发〔2015〕51号 8.（社会组织变更、撤并或注销）' },
	{ words: ['民非'], corpus: ['民办非企业单位'], where: '中办发〔2015〕51号 1.重要意义' },
	{ words: ['年审'], corpus: ['年检', '年报'], where: '民函〔2016〕257号（“年检”改“年报”）' },
	{ words: ['评级', '评等级'], corpus: ['等级评估', '分类定级'], where: '青海指南 第五部分 五、（年检、等级评估的重要内容）' },
	// Secretaries, committee members, holding two posts.
	{ words: ['支书', '党支书'], corpus: ['党支部书记', '支部书记'], where: '青两新工委〔2018〕15号 4.班子配备' },
	{
		words: ['支部书记', '党支部书记'],
		corpus: ['党组织书记'],
		where: '中办发〔2015〕51号 20.（给予党组织书记和专职党务工作者适当工作津贴）',
	},
	{ words: ['二把手', '副职'], corpus: ['副书记'], where: '中办发〔2015〕51号 18.（配备专职副书记）' },
	{ words: ['会长'], corpus: ['理事长', '负责人'], where: '青海指南 第二部分 三、4.（由学会理事长担任）' },
	{ words: ['副会长'], corpus: ['副理事长'], where: '青海指南 第二部分 三、4.（从是中共党员的副理事长中产生）' },
	{ words: ['董事会'], corpus: ['理事会'], where: '青两新工委〔2018〕15号 4.班子配备（理事会成员中的党员）' },
	{ words: ['领导层', '管理人员', '高管'], corpus: ['管理层'], where: '中办发〔2015〕51号 12.（党组织书记应参加或列席管理层有关会议）' },
	{
		words: ['兼', '一肩挑', '兼着'],
		corpus: ['兼任', '交叉任职', '担任'],
		where: '中办发〔2015〕51号 12.（双向进入、交叉任职）',
	},
	{ words: ['当', '出任'], corpus: ['担任'], where: '中办发〔2015〕51号 17.（提倡党员社会组织负责人担任党组织书记）' },
	{ words: ['干啥', '干嘛', '管啥'], corpus: ['职责', '主要职责'], where: '青海指南 第四部分 二、党组织书记职责' },
	{
		words: ['专干', '党务专干'],
		corpus: ['专职党务工作者', '专职党务工作人员'],
		where: '中办发〔2015〕51号 20.（专职党务工作者适当工作津贴）',
	},
	{ words: ['管纪律', '纪委委员', '纪律委员'], corpus: ['纪检委员'], where: '青海指南 第二部分 三、3.（纪检委员、宣传委员和组织委员）' },
	{ words: ['管宣传'], corpus: ['宣传委员'], where: '青海指南 第二部分 三、3.' },
	{
		words: ['没人', '找不到人', '没人选'],
		corpus: ['合适人选', '选派'],
		where: '中办发〔2015〕51号 17.（没有合适人选的，可提请上级党组织选派）',
	},
	{ words: ['联络人', '对接人'], corpus: ['党建联系人', '联络员', '联系人'], where: '青海指南 第五部分 一、1.（明确党建联系人）' },
	{ words: ['老党员'], corpus: ['离退休党员', '退休党员'], where: '科协党组发〔2019〕22号 二、（二）（充分发挥离退休党员作用）' },
	{
		words: ['不在'],
		corpus: ['未转入', '仍保留', '暂未转移'],
		where: '青两新工委〔2018〕15号 1.设置范围（有3名以上党员但未转入组织关系的）',
	},
	{
		words: ['转出', '转走', '转出去', '介绍信', '开介绍信'],
		corpus: ['组织关系转移', '转移组织关系', '接转'],
		where: '中办发〔2015〕51号 8.（做好党员组织关系转移等相关工作）',
	},
	// Elections, by-elections, terms.
	{ words: ['改选', '重选', '重新选', '换班子'], corpus: ['换届', '换届选举'], where: '青海指南 第三部分 基层党组织换届选举与届中调整' },
	{
		words: ['换', '换人', '更换', '撤换', '中途', '中途换人'],
		corpus: ['届中调整', '调整', '换届'],
		where: '青海指南 第三部分（党组织委员届中调整、书记任命）',
	},
	{ words: ['延期', '推迟', '拖延', '超期'], corpus: ['按期', '按时'], where: '中办发〔2015〕51号 8.（并按期进行换届）' },
	{ words: ['缺人', '人不齐'], corpus: ['缺额', '空缺'], where: '青科协社党发〔2019〕10号 6.（缺额及时补选）' },
	{
		words: ['过半', '过半数', '一半', '一半以上'],
		corpus: ['半数以上', '半数'],
		where: '青海指南 第五部分 一、3.（半数以上委员到会方可召开）',
	},
	{
		words: ['法定人数', '到会人数'],
		corpus: ['五分之四以上', '应到会', '实到会'],
		where: '青海指南模板6（实到会有选举权党员占应到会有选举权党员×%）',
	},
	{ words: ['算数', '才算数'], corpus: ['方可', '五分之四以上'], where: '青海指南 第五部分 一、3.（半数以上委员到会方可召开）' },
	{ words: ['举手', '举手表决'], corpus: ['无记名投票'], where: '青海指南模板4 三、选举办法（无记名投票方式）' },
	{ words: ['唱票', '票数', '几票'], corpus: ['计票', '得票'], where: '青海指南 第三部分 二、5.（计票并宣布选举结果）' },
	{ words: ['选上', '选中'], corpus: ['当选'], where: '青海指南模板6（当选为新一届委员会委员）' },
	// Meetings, party life, study.
	{ words: ['开'], corpus: ['召开', '开展'], where: '青海指南 第五部分 一、3.（定期召开会议）' },
	{ words: ['每个月'], corpus: ['每月'], where: '科协党组发〔2019〕22号 二、（一）3.（每月相对固定1天为主题党日）' },
	{ words: ['每个季度'], corpus: ['每季度'], where: '渝科协社党发〔2023〕11号 16.（每季度召开1次党委会）' },
	{ words: ['活动日', '党员活动日', '固定党日'], corpus: ['主题党日'], where: '科协党组发〔2019〕22号 二、（一）3.' },
	{
		words: ['两边', '两头'],
		corpus: ['多重组织生活', '双重组织生活', '一方隶属'],
		where: '中办发〔2015〕51号 15.（一方隶属、参加多重组织生活）',
	},
	{ words: ['聊天', '谈谈心', '聊聊'], corpus: ['谈心谈话'], where: '青两新工委〔2018〕15号 10.日常管理（开展谈心谈话）' },
	{ words: ['宣誓', '入党宣誓'], corpus: ['入党誓词'], where: '青海指南 第五部分 七、（党旗、入党誓词）' },
	{ words: ['建党节', '党的生日'], corpus: ['七一', '建党纪念日'], where: '青海指南 第五部分 二、2.（庆祝“七一”）' },
	{ words: ['做公益', '志愿活动', '义务服务'], corpus: ['志愿服务'], where: '中办发〔2015〕51号 14.（积极开展专业化志愿服务）' },
	// Deciding, reporting, approving, paperwork.
	{
		words: ['拍板', '说了算', '做主'],
		corpus: ['决策', '讨论决定', '集体领导'],
		where: '青海指南 第五部分 一、2.（集体领导、民主集中、个别酝酿、会议决定）',
	},
	{
		words: ['商量', '商量一下', '碰头'],
		corpus: ['协商', '酝酿', '征求'],
		where: '青两新工委〔2018〕15号 3.审批程序（个别酝酿、交换意见）',
	},
	{ words: ['旁听'], corpus: ['列席'], where: '中办发〔2015〕51号 12.（参加或列席管理层有关会议）' },
	{ words: ['大事'], corpus: ['重大事项', '三重一大'], where: '青海指南 第四部分 一、4.（“三重一大”事项决策的监督）' },
	{ words: ['政审'], corpus: ['政治审查', '政治审核', '政治把关'], where: '青两新工委〔2018〕15号 4.（政治审查把关）' },
	{
		words: ['打报告', '写报告', '写请示', '打申请', '写申请'],
		corpus: ['请示', '申请'],
		where: '青海指南 第二部分 四、2.（递交成立学会党组织的申请）',
	},
	{
		words: ['回复', '答复', '批下来', '回函'],
		corpus: ['批复', '批示', '批准'],
		where: '青海指南 第二部分 四、4.（省科技社团党委批复后）',
	},
	{ words: ['范本', '范文', '格式', '样表', '模版'], corpus: ['模板', '样本'], where: '青海指南 第二部分 四、2.（模板1、模板2、模板3）' },
	{ words: ['填表'], corpus: ['备案表', '调查表'], where: '青海指南模板2 党组织人员备案表' },
	{ words: ['保证书'], corpus: ['承诺书'], where: '民函〔2016〕257号 附件1 社会组织党建工作承诺书' },
	{ words: ['名字', '全称', '起名'], corpus: ['名称'], where: '民函〔2016〕257号 附件2（社会组织名称）' },
	{
		words: ['公示', '晒出来'],
		corpus: ['公开', '公布', '党务公开'],
		where: '青两新工委〔2019〕13号 社会组织示范点标准 6.（定期向党员公布）',
	},
	{ words: ['归档', '建档', '留档'], corpus: ['存档', '档案'], where: '青海指南 第五部分 一、3.（会议如实记录存档）' },
	{ words: ['留痕'], corpus: ['纪实痕迹管理', '痕迹'], where: '青办发〔2018〕9号 16.（实行纪实痕迹管理）' },
	// Money.
	{ words: ['收', '收取'], corpus: ['收缴', '交纳'], where: '青两新工委〔2019〕13号 社会组织示范点标准 6.（党费收缴、管理、使用）' },
	{ words: ['花', '花钱', '用钱'], corpus: ['使用', '用于'], where: '青办发〔2018〕9号 22.（用于开展党的活动）' },
	{ words: ['退', '退回', '返回', '退还'], corpus: ['返还', '下拨'], where: '青办发〔2018〕9号 22.（党费全额返还社会组织党组织）' },
	{
		words: ['出钱', '掏钱', '给钱', '拨款', '拨钱'],
		corpus: ['经费保障', '经费支持', '列支'],
		where: '中办发〔2015〕51号 22.强化基础保障',
	},
	{ words: ['抵税', '免税', '扣税', '抵扣'], corpus: ['税前扣除'], where: '中办发〔2015〕51号 22.（据实在企业所得税前扣除）' },
	{ words: ['捐款', '捐钱'], corpus: ['捐助', '捐赠'], where: '青海指南 第五部分 六、（自愿捐助）' },
	{ words: ['预算', '做预算', '入账'], corpus: ['列支', '管理费用'], where: '中办发〔2015〕51号 22.（纳入管理费用列支）' },
	{ words: ['管钱', '管账'], corpus: ['经费管理', '报账'], where: '青海指南 第五部分 六、（报账制管理，规范经费管理使用）' },
	{ words: ['党建经费'], corpus: ['党建工作经费'], where: '中办发〔2015〕51号 22.（党建工作经费保障机制）' },
	// Places and signs.
	{ words: ['挂', '挂墙上', '上墙'], corpus: ['悬挂', '醒目位置'], where: '青海指南 第五部分 七、规范阵地建设（悬挂在醒目位置）' },
	{ words: ['党群中心', '党群服务中心'], corpus: ['党群活动服务中心'], where: '青两新工委〔2018〕15号 18.促进资源共享' },
	// Assessment, discipline, standing.
	{
		words: ['处分', '处罚', '开除', '除名'],
		corpus: ['组织处理', '不合格党员', '处置'],
		where: '中办发〔2015〕51号 15.（及时处置不合格党员）',
	},
	{ words: ['违规', '犯错', '犯错误'], corpus: ['违纪', '违法违纪'], where: '青两新工委〔2019〕13号 三、（二）（违法违纪等问题）' },
	{ words: ['摘牌'], corpus: ['淘汰'], where: '青两新工委〔2019〕13号 三、（二）（示范引领作用不明显的，要及时调整淘汰）' },
	{ words: ['腐败'], corpus: ['反腐倡廉', '廉政', '廉洁'], where: '晋科社行党发〔2019〕5号 附件 24.（深入开展反腐倡廉教育）' },
	{
		words: ['瘫痪', '空壳', '不活动', '名存实亡'],
		corpus: ['软弱涣散', '不正常'],
		where: '青两新工委〔2018〕15号 10.（党建工作不正常的党支部）',
	},
	{ words: ['评星'], corpus: ['星级'], where: '科协党组发〔2019〕22号 二、（五）3.（开展创建星级学会党组织活动）' },
	{ words: ['党建带会建', '党建促会'], corpus: ['党建促会建', '党建强会', '党建带群建'], where: '晋科社行党发〔2019〕5号（以党建促会建）' },
];

/**
 * What the browser gets of the table: each everyday word → the corpus words it is also searched as —
 * those of the first entry listing it, without the word itself; a word whose entry lists only itself
 * is left out. No review notes: the search reads this from the vocabulary shards of the query's
 * characters (vocabulary.ts), so a query pays only for its own characters' words.
 */
export function everydayWords(table: readonly Synonym[] = SYNONYMS): Map<string, readonly string[]> {
	const out = new Map<string, readonly string[]>();
	for (const entry of table) {
		for (const word of entry.words) {
			if (out.has(word)) continue;
			const corpus = entry.corpus.filter((c) => c !== word);
			out.set(word, corpus);
		}
	}
	for (const [word, corpus] of out) if (corpus.length === 0) out.delete(word);
	return out;
}

let table: Map<string, readonly string[]> | undefined;

/** The synonyms of a word: the corpus words it stands for, or none. */
export function synonymsOf(word: string): readonly string[] {
	table ??= everydayWords();
	return table.get(word) ?? [];
}

/** Every word the table knows (everyday and corpus), for the segmenter: each must be read whole. */
export function synonymWords(): string[] {
	return [...new Set(SYNONYMS.flatMap((s) => [...s.words, ...s.corpus]))];
}
