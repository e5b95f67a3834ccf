/** A source the importer refuses; the message is for the curator, in Chinese, and names the file. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}
