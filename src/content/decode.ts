// A scenario file's bytes as text. The format is UTF-8; a file saved as GBK, Big5, Latin-1 or
// UTF-16 would otherwise load with every such character silently turned into U+FFFD.
import type { Pos } from './locate';

export type Decoded = { readonly text: string } | { readonly pos: Pos; readonly message: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { pos: { line: 1, col: 1 }, message: 'the file is UTF-16 text, not UTF-8' };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // U+FFFD stands for an undecodable byte, unless the file holds U+FFFD itself (EF BF BD).
  for (let i = text.indexOf('\uFFFD'), offset = -1; i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    offset = Buffer.byteLength(text.slice(0, i), 'utf8');
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const before = text.slice(0, i).replace(/^\uFEFF/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    const pos = { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return { pos, message: `the file is not UTF-8 text: the byte 0x${byte} here is not UTF-8 (was it saved as GBK, Big5 or Latin-1?)` };
  }
  return { text };
}
