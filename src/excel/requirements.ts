// Which ExcelApi requirement sets the running Excel has. Outside Office (the fake host in tests and
// the playground) Office.context is absent: every set counts as supported there.

export function excelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(name: string, v: string): boolean } } } }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported('ExcelApi', version) : true;
}
