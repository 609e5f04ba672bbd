// Which date system the workbook counts in. Office.js has no workbook property for it (Excel for
// Mac's and LibreOffice's 1904 option), but worksheet functions are evaluated in the workbook's
// own system: DATE(1904;1;1) is 0 in a 1904 workbook and 1462 in a 1900 one. The probe is queued
// beside a read and costs no sync of its own; no cell is written.
import { excelApiSupported } from './requirements';

/**
 * Queues the probe; the function returned, called after the next sync, tells whether the workbook
 * is in the 1904 system. Without the API (or if Excel answers with an error) it says 1900, the
 * system of nearly every workbook and the one the add-in counted in before it asked.
 */
export function queueDate1904(ctx: Excel.RequestContext): () => boolean {
  // Worksheet functions (workbook.functions) need ExcelApi 1.2.
  if (!excelApiSupported('1.2')) return () => false;
  const probe = ctx.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  return () => probe.value === 0;
}
