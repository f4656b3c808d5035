/**
 * Hands bytes to the browser as a download: a temporary object URL behind an <a download>, the
 * only way a page saves a file without a server. The URL is revoked after the click has been
 * handled, so repeated downloads do not keep old files in memory.
 */
export function downloadFile(data: Uint8Array | string, fileName: string, mime: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views of a SharedArrayBuffer.
  const part = typeof data === 'string' ? data : data.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
