// Text normalisation shared by every matcher. Users paste text from PDF and Word in mixed
// Unicode forms (a decomposed "phòng" next to a precomposed one), so everything is NFC first.

/** NFC, non-breaking and zero-width spaces unified, runs of whitespace collapsed, trimmed. */
export function nfc(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * A key for case-, diacritics- and punctuation-insensitive matching of headers and names:
 * "Họ và tên\n(đầy đủ)" → "ho va ten day du". Idempotent.
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}
