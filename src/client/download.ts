/** Saves bytes made in the browser as a file (a temporary blob link): nothing is uploaded. */
export function saveBytes(bytes: Uint8Array, fileName: string, mime: string): void {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers start reading the blob only after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
