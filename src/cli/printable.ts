/**
 * What the command prints is made of names it did not choose: file names, sheet names, unit
 * names typed in a report. A name holding terminal control characters could move the cursor,
 * erase the line above (hiding a "Bị từ chối") or reorder what is shown. Every line the CLI
 * prints goes through `printable`, which shows each control character as an escape instead:
 * ESC as `\x1B`, a carriage return as `\r`, a newline inside a name as `\n`.
 */

/** C0 controls but tab and newline, DEL, C1 controls (0x9B is a one-byte CSI), and the bidi overrides and isolates. */
// The point of this pattern is to match control characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const NEWLINE = /\n/g;

const NAMED: Record<string, string> = {
  '\r': '\\r',
  '\n': '\\n',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\0': '\\0',
};

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return (
    NAMED[c] ??
    (code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`)
  );
}

/**
 * `text` with its control characters escaped. Newlines are kept when the text is a printed
 * message (whose lines are the message's own); a name (`newlines: false`) shows them as `\n`, so
 * a file name cannot start a line of its own.
 */
export function printable(text: string, newlines: 'keep' | 'escape' = 'keep'): string {
  const out = text.replace(CONTROL, escape);
  return newlines === 'keep' ? out : out.replace(NEWLINE, escape);
}
