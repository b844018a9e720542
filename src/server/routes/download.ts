import type { FastifyReply } from 'fastify';

/** A file made on request: what a download route sends back. */
export interface DownloadFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** RFC 6266 file name: an ASCII fallback and the UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a file as a download under its own name, never cached (it holds project data). */
export async function sendDownload(reply: FastifyReply, file: DownloadFile): Promise<undefined> {
  await reply
    .status(200)
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.fileName))
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes));
  return undefined;
}
