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
export * from './package';
export * from './history';
export * from './intake';
// documents.ts (the wording of the .docx files) is left out on purpose: the task pane imports this
// index, and that wording belongs to the step's lazily loaded code.
export * from './documentsPane';
export * from './forms';
