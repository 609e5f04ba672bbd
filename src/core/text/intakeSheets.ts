// The names of the sheets the intake owns, apart from its other wording (intake.ts): the scoring
// path needs them to tell its lists from the intake's own sheets, and its code is in the task
// pane's first load, which the intake's wording is not (a module is kept whole wherever it is).

/** The sheets the intake writes. "Tổng hợp" is the merged list itself: `binhxet score` reads it. */
export const INTAKE_SHEETS = {
  merged: 'Tổng hợp',
  units: 'Đơn vị gửi',
  review: 'Cần kiểm tra',
};

/** The sheet of the units list the secretary keeps in the workbook (read by `gop -o` and the pane). */
export const UNITS_SHEET = 'Đơn vị';
