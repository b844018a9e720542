import type { SourceLine } from './source-line.js';
import { sourceLine } from './source-line.js';

/**
 * Reads the markdown that gazette-to-markdown converters emit: `# Heading` lines become
 * heading-flagged lines, `- ` and `* ` bullets become bullet-flagged lines, and bold or italic
 * markers are dropped, so the parser sees plain words with their role.
 */
export function readMarkdownLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => {
    let text = line.text;
    let markdownHeading = false;
    let bullet = false;
    let hashes = 0;
    while (hashes < text.length && hashes < 6 && text.charAt(hashes) === '#') hashes++;
    if (hashes > 0 && (text.length === hashes || text.charAt(hashes) === ' ')) {
      markdownHeading = true;
      text = text.slice(hashes).trim();
    } else if (text === '-' || text.startsWith('- ') || text.startsWith('* ')) {
      bullet = true;
      text = text.slice(1).trim();
    }
    text = text.replace(/\*\*|__/g, '').trim();
    return sourceLine({ ...line, text, markdownHeading, bullet });
  });
}
