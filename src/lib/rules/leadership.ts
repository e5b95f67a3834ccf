/**
 * Who leads a 学会 party organisation, where the texts differ: who becomes 书记, and whether a
 * 功能型 organisation's 班子 is elected or appointed. Shared by the 组织形式 and 换届提醒 tools and
 * their readings. Pure data.
 */
import type { Basis } from './basis';
import { SOURCES as S } from './sources';

/**
 * Who becomes 书记, beside the election the templates describe: the 青海 texts name the 理事长; the
 * national and 平顶山 texts the society's 主要负责人, or a 书记 sent by the higher organisation.
 */
export const SECRETARY_ROUTE: { text: string; citations: Basis[] } = {
	text: '书记人选：青海指南、青科协党发〔2018〕12号规定，书记原则上由是中共正式党员的学会理事长担任，理事长非中共党员的，从是中共党员的副理事长中产生。中国科协、平顶山市科协文件规定，学会党组织书记一般由是党员的学会主要负责人担任；规模较大、成员较多或没有合适人选的，可按规定由上级党组织选派。中办发〔2015〕51号、青办发〔2018〕9号规定，社会组织中没有合适人选的，由上级党组织选派，按党内有关规定任职。',
	citations: [S.qhP2S3C4Secretary, S.qkx12S2U2C4, S.kx81S3C6Secretary, S.pdsS3C3Secretary, S.zbf51S6C17, S.qbf9S5C17],
};

/**
 * 青海指南 第二部分 二、 makes every 学会 party organisation 功能型, yet describes its 班子 as elected
 * with a term; 青两新工委〔2018〕15号 has a 功能型党支部's 班子 appointed with no term. Both stated.
 */
export const FUNCTIONAL_CONFLICT: { text: string; citations: Basis[] } = {
	text: '两份青海文件的说法不同：青海指南第二部分 二、写明“学会设立的党的基层组织为功能型党组织”，同一指南第二部分 四、和第三部分又规定学会党组织领导班子由理事会党员大会选举产生、与理事会同步换届；青两新工委〔2018〕15号 4.、5.规定功能型党支部班子人选由上级党组织任命，不实行任期制，原则上与社会组织换届同步调整。文件没有说明两者如何取舍：本工具按指南第二部分 四、和第三部分（选举产生、按期换届）说明，班子如何产生以省科技社团党委的要求为准。',
	citations: [S.qhP2S2Functional, S.qhP2S4C4, S.qhP3, S.qlx15C4Appointed, S.qlx15C5],
};
