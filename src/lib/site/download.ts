/** Hands a text file to the browser as a download, with the given MIME type. */
export function saveFile(name: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns; release it a little later.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
