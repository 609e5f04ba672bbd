// The functions.json Excel reads is generated from the JSDoc of src/functions/functions.ts by the
// same generator the webpack plugin runs. A user sees these descriptions in Excel's formula
// autocomplete and argument help, so each function and each parameter must explain itself, in
// Vietnamese, and the ids must be names Excel accepts.
import * as path from 'path';
import * as fs from 'fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functionsModule from '../../src/functions/functions';

const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
}

// Built-in worksheet names a bare id could be confused with (a few likely ones, not all of Excel's
// ~500). Inside the TDKT namespace the full name is TDKT.<ID>, so sharing one is allowed, but only
// deliberately: the list below must be kept in step.
const EXCEL_BUILTINS = [
  'DATE', 'DATEVALUE', 'DAY', 'DAYS', 'NETWORKDAYS', 'WORKDAY', 'RANK', 'RANK.EQ', 'RANK.AVG', 'COUNT',
  'COUNTIF', 'SUM', 'SUMIF', 'IF', 'AND', 'OR', 'TEXT', 'VALUE', 'ISERROR', 'ISNUMBER', 'ISTEXT',
  'MATCH', 'INDEX', 'LOOKUP', 'SORT', 'FILTER', 'UNIQUE', 'QUARTILE', 'PERCENTRANK', 'DELTA', 'N', 'T',
];
const SHARED_WITH_BUILTINS = ['RANK'];
// Excel 4.0 macro functions a custom function must not be named after (Microsoft's naming guide).
const EXCEL4_MACROS = ['RUN', 'ECHO', 'CALL', 'REGISTER', 'EXEC', 'FOPEN', 'HALT', 'RETURN', 'RESULT', 'GOTO'];

function isCellReference(id: string): boolean {
  const a1 = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(id);
  if (a1) {
    const col = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col <= 16384 && Number(a1[2]) <= 1048576) return true;
  }
  return /^R[0-9]*C[0-9]*$/.test(id);
}

let metadata: { functions: Fn[] };
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
  associate = result.associate;
}, 60000);

describe('generated functions.json', () => {
  test('declares exactly the TDKT functions', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      ['BINHXET', 'DAYSLATE', 'DEADLINE', 'ELIGIBLE', 'GRADE', 'ISLATE', 'MET', 'PARSEDATE', 'QUOTA', 'RANK', 'SCORE'].sort(),
    );
  });

  test('every function and every parameter has Vietnamese help', () => {
    const vietnamese = /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ]/i;
    for (const f of metadata.functions) {
      expect([f.id, (f.description ?? '').length > 20]).toEqual([f.id, true]);
      expect([f.id, vietnamese.test(f.description ?? '')]).toEqual([f.id, true]);
      expect(f.description).toBe((f.description ?? '').normalize('NFC'));
      for (const p of f.parameters) {
        expect([f.id, p.name, (p.description ?? '').length > 5]).toEqual([f.id, p.name, true]);
        expect([f.id, p.name, vietnamese.test(p.description ?? '')]).toEqual([f.id, p.name, true]);
      }
    }
  });

  test('ids follow Excel naming rules and cannot be read as cells or Excel 4 macros', () => {
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toBe(f.id); // English ids are the names, the same in every Excel language
      expect([f.id, isCellReference(f.id)]).toEqual([f.id, false]);
      expect(EXCEL4_MACROS).not.toContain(f.id);
    }
    expect(isCellReference('AB12')).toBe(true);
    expect(isCellReference('XFD1048576')).toBe(true);
    expect(isCellReference('ISLATE')).toBe(false);
  });

  test('bare ids shared with built-ins are only the known ones; the TDKT namespace keeps them apart', () => {
    const shared = metadata.functions.map((f) => f.id).filter((id) => EXCEL_BUILTINS.includes(id));
    expect(shared.sort()).toEqual(SHARED_WITH_BUILTINS.filter((id) => EXCEL_BUILTINS.includes(id)).sort());
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="TDKT"\s*\/>/);
  });

  test('optional arguments are marked optional, ranges are matrices, BINHXET spills a matrix', () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const param = (id: string, name: string) => byId.get(id)!.parameters.find((p) => p.name === name)!;
    expect(param('DEADLINE', 'phrase').optional).toBeFalsy();
    expect(param('DEADLINE', 'year').optional).toBe(true);
    expect(param('DEADLINE', 'on_or_after').optional).toBe(true);
    expect(param('ISLATE', 'shift_days_off').optional).toBe(true);
    expect(param('SCORE', 'marks').dimensionality).toBe('matrix');
    expect(param('RANK', 'scores').dimensionality).toBe('matrix');
    expect(param('GRADE', 'bands').dimensionality).toBe('matrix');
    expect(byId.get('BINHXET')!.result!.dimensionality).toBe('matrix');
    expect(byId.get('ISLATE')!.result!.type).toBe('boolean');
    expect(byId.get('GRADE')!.result!.type).toBe('string');
  });

  test('the associate calls the plugin appends name exported functions of the module', () => {
    const mod = functionsModule as unknown as Record<string, unknown>;
    expect(associate).toHaveLength(metadata.functions.length);
    for (const a of associate) expect([a.id, typeof mod[a.functionName]]).toEqual([a.id, 'function']);
  });
});
