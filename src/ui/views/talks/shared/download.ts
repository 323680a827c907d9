/** Saves text as a file through the browser's download (no server round trip). */
export function downloadText(fileName: string, content: string, type: string, doc: Document = document): void {
  const view = doc.defaultView;
  const blob = new Blob([content], { type });
  const url = view?.URL?.createObjectURL ? view.URL.createObjectURL(blob) : null;
  const link = doc.createElement('a');
  link.download = fileName;
  link.href = url ?? `data:${type},${encodeURIComponent(content)}`;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  if (url) view?.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}

/** Saves data as a JSON file. */
export function downloadJson(fileName: string, data: unknown, doc: Document = document): void {
  downloadText(fileName, JSON.stringify(data, null, 2), 'application/json;charset=utf-8', doc);
}

/** A file name part from user text: letters and digits only, so no path or markup slips in. */
export function safeFilePart(text: string): string {
  return text.normalize('NFKD').replace(/[^\p{L}\p{N}-]+/gu, '').slice(0, 40) || 'leerling';
}
