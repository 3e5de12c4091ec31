// Untrusted text (scenario files, player names, typed answers) must never drive the terminal.
// Ink strips most escape sequences but keeps OSC (title, clipboard, hyperlinks) and bare C0 and
// BiDi controls, so every string shown passes through here first.

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (… BEL or ESC \), and
// two-character escapes. Also the single-byte C1 forms (U+009B CSI, U+009D OSC, …).
const ESCAPES =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[\s\S]*?(?:\u0007|\u001B\\|\u009C|$)|\u001B[@-Z\\-_]|\u001B[ -/]*[0-~]?/g;
// C0 controls except tab and line feed, DEL, C1 controls, BiDi embeddings/overrides/isolates,
// and the line/paragraph separators some terminals treat as newlines.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** True when the string holds a control character (other than tab / line breaks) or an escape. */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** Makes untrusted text safe to print: escapes and controls removed, tabs to spaces, CRLF to LF. */
export function sanitize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPES, '')
    .replace(/\t/g, '  ')
    .replace(CONTROLS, '');
}

/** Like sanitize, for one-line places (names, titles, menu rows): line breaks become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\n+/g, ' ');
}

/**
 * For quoting what someone wrote in a message about it: each control character (other than tab
 * and line feed) is shown as its \uXXXX escape, so the reader sees what is there.
 */
export function showControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
