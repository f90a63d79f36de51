import iconv from 'iconv-lite';
import { InvalidInputError } from '../../../errors.js';

/**
 * Turning a CSV file's bytes into text without guessing. Excel's plain "CSV" on Windows writes
 * the system code page (Windows-1258 on Vietnamese Windows, Windows-1252 elsewhere), which read
 * as UTF-8 gives replacement characters (`Ph�ng`) that would then be stored. So a file is read
 * as UTF-8 only when it is valid UTF-8; otherwise it is refused at its first bad line with what
 * to do, unless its encoding is named (`--encoding windows-1258`), when iconv-lite decodes it.
 * A UTF-16 file (Excel's "Unicode Text") says so by its byte-order mark and is read as such.
 */
const REPLACEMENT = '\uFFFD';

/** The 1-based line of a character offset, and that line's text (shortened) to show. */
function lineAt(text: string, offset: number): { line: number; excerpt: string } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', offset);
  const whole = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  return { line, excerpt: whole.length > 60 ? `${whole.slice(0, 57)}…` : whole };
}

const SAVE_AS_UTF8 =
  'Save it in Excel as “CSV UTF-8 (Comma delimited) (*.csv)” (LibreOffice: Character set “Unicode (UTF-8)”)';

/** Names an encoding iconv-lite knows, or refuses with examples. */
export function assertKnownEncoding(encoding: string): void {
  if (!iconv.encodingExists(encoding)) {
    throw new InvalidInputError(
      'encoding',
      `Unknown encoding "${encoding}": try utf-8, windows-1258 (Vietnamese Windows), windows-1252 or latin1.`,
    );
  }
}

/**
 * The text of a CSV file's bytes: UTF-8 (a byte-order mark dropped), UTF-16 by its byte-order
 * mark, or the named encoding. Invalid UTF-8 is refused with its line and a suggestion.
 */
export function decodeCsvBytes(content: Uint8Array, fileName: string, encoding?: string): string {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (encoding) {
    assertKnownEncoding(encoding);
    return iconv.decode(bytes, encoding); // drops a byte-order mark of that encoding
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes, 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Decoded again leniently only to find where: the first replacement character.
    const text = new TextDecoder('utf-8').decode(bytes);
    const { line, excerpt } = lineAt(text, Math.max(0, text.indexOf(REPLACEMENT)));
    throw new InvalidInputError(
      'file',
      `${fileName}: line ${line} is not UTF-8 text (“${excerpt}”); the file was probably saved in a Windows code page (Excel’s plain “CSV” on Vietnamese Windows writes Windows-1258). ${SAVE_AS_UTF8}, or name the file’s encoding, e.g. --encoding windows-1258 (or latin1, windows-1252).`,
    );
  }
}

/**
 * Text that already passed through a wrong decoding (a CSV string sent over GraphQL by a tool
 * that read a Windows-1258 file as UTF-8) carries U+FFFD where letters were: refused, by line.
 */
export function assertNoReplacementCharacter(text: string, fileName: string): void {
  const bad = text.indexOf(REPLACEMENT);
  if (bad === -1) return;
  const { line, excerpt } = lineAt(text, bad);
  throw new InvalidInputError(
    'file',
    `${fileName}: line ${line} holds “�” (U+FFFD, “${excerpt}”), the mark a program leaves where it could not read a letter: the file was read with the wrong encoding before it was sent. ${SAVE_AS_UTF8} and send that text.`,
  );
}
