/**
 * Puts text on the clipboard; false when the browser does not allow it (no Clipboard API, a page
 * not allowed to write to it, as in some Office hosts). The caller then selects the text so the
 * user copies it with Ctrl+C.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
