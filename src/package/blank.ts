// A brand-new workbook holding only what a WritePlan asks for (the blank scoring sheet units fill
// in): a minimal Transitional package, then the same writer that patches users' files adds the
// sheets, so new and patched workbooks are written by one code path.
import type { WritePlan } from '../workbook/model';
import { openXlsx } from './book';
import { writePlan } from './patch';
import { minimalStyles } from './styleBook';
import { makeEntry, writeZip } from './zip';
import { NS } from './xml';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function emptyPackage(): Uint8Array {
  const enc = new TextEncoder();
  const part = (name: string, text: string) => makeEntry(name, enc.encode(DECL + text));
  return writeZip([
    part(
      '[Content_Types].xml',
      `<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    part('_rels/.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    part('xl/styles.xml', minimalStyles(NS.main).slice(DECL.length)),
  ]);
}

/** The bytes of a new workbook holding the plan's owned sheets (its band, if any, is ignored). */
export function newWorkbook(plan: WritePlan): Uint8Array {
  return writePlan(openXlsx(emptyPackage(), 'new.xlsx'), { band: null, sheets: plan.sheets });
}
