/** The calculators and helpers listed on the tools index and the home page. */
export interface ToolInfo {
	path: string;
	title: string;
	question: string;
}

export const TOOLS: readonly ToolInfo[] = [];
