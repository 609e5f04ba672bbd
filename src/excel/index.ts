// The Office.js adapter's public surface (the task pane imports from here).
export {
  listSheets,
  inspectSheet,
  runScore,
  appendHistory,
  readPlanSheet,
  writePlanSheet,
  planOwnedSheet,
  selectCell,
  activateSheet,
  readWorkbookSnapshot,
  applyWritePlan,
  asCellInput,
} from './adapter';
export { writeOps, historyOps, packOps, REQUEST_BUDGET } from './apply';
export { toSheetData, fromOffice } from './read';
export { createScoringSheet } from './scoringSheet';
