// Every user-facing Vietnamese string lives in this folder, one file per area, so the
// wording can be reviewed (and one day translated) in one place.
export * from './status';
export * from './cli';
export * from './workbook';
export * from './taskpane';
export * from './dates';
export * from './engine';
export * from './excel';
export * from './plan';
export * from './functions';
export * from './scoring';
export * from './print';
export * from './xlsxLimit';
export * from './forms';
