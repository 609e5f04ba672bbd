// The zip guard alone (no workbook reading), for callers that hand the bytes to another library
// afterwards: the plan reader checks a .docx here before mammoth sees it.
import { UserError } from '../core/errors';
import { PKG_TEXT, type PackageApp } from '../core/text/package';
import { Parts } from './parts';
import { looksLikeZip, type ZipLimits } from './zip';

/**
 * Checks any OOXML zip before another library reads it: the same rules as for a workbook — safe
 * unique names, a true central directory, every part within the caps with its size and CRC, no
 * DTD in any XML part. Throws UserError naming the file.
 */
export function guardZip(bytes: Uint8Array, file: string, app: PackageApp, limits?: ZipLimits): void {
  if (bytes.length === 0) throw new UserError(PKG_TEXT.empty(file));
  if (!looksLikeZip(bytes)) throw new UserError(PKG_TEXT.notZip(file, app));
  new Parts(bytes, { file, app, limits }).checkAll();
}
