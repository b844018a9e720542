import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { ROUTES } from '../../contract/routes.js';
import { AppError } from '../../services/app-error.js';
import {
  importProjectLaw,
  lawDetail,
  projectLaws,
  removeProjectLaw,
} from '../../services/project-laws.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';

/** The one file of a multipart upload, refused past the size limit before it is all read. */
async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Send the law as multipart/form-data, field "file"',
    );
  }
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (file === undefined) throw new AppError('bad_request', 'No file in the upload (field "file")');
  const fileName = basename(file.filename.replace(/\\/g, '/')).slice(0, 200) || 'upload';
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) {
      const limit = Math.round(maxBytes / 1024 / 1024);
      throw new AppError('payload_too_large', `${fileName}: the file is larger than ${limit} MB`);
    }
    throw error;
  }
  if (bytes.byteLength === 0) throw new AppError('import_failed', `${fileName}: the file is empty`);
  return { fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Laws of a project: upload, list, read article by article, remove. */
export function lawRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.listLaws, async ({ actor, params }) => ({
    laws: await projectLaws(workspace, { actor, ...params }),
  }));
  add(ROUTES.importLaw, async ({ actor, params, query, request }) => {
    const upload = await readUpload(request, deps.config.maxUploadBytes);
    return importProjectLaw(workspace, { actor, ...params, upload, uploadId: query.upload });
  });
  add(ROUTES.getLaw, ({ actor, params }) => lawDetail(workspace, { actor, ...params }));
  add(ROUTES.deleteLaw, async ({ actor, params }) => {
    await removeProjectLaw(workspace, { actor, ...params });
    return { ok: true as const };
  });
}
