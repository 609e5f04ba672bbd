// Excel reads one custom-functions metadata file per UI language. functions.json, the en-US
// default, is generated from the JSDoc of src/functions/functions.ts by the same generator the webpack
// plugin runs; functions.vi-VN.json is that file with the Vietnamese help swapped in, by the function
// the build runs (scripts/functionsLocale.js). A user sees these descriptions in Excel's formula
// autocomplete and argument help, so each function and each parameter must explain itself in both
// languages, the two files must describe the same functions, and the ids must be names Excel accepts.
import * as path from 'path';
import * as fs from 'fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functionsModule from '../../src/functions/functions';
import { FUNCTION_HELP_VI } from '../../src/core/text/functions';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, loadHelp } = require('../../scripts/functionsLocale.js');

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

const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ]/i;

/** Share of words with Vietnamese letters, quoted examples ("trước ngày 15/12/2023") left out. */
function vietnameseShare(text: string): number {
  const words = text.replace(/"[^"]*"/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => VIETNAMESE.test(w)).length / Math.max(1, words.length);
}

let metadata: { functions: Fn[] };
let metadataVi: { functions: Fn[] };
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
  associate = result.associate;
  // What the build emits as functions.vi-VN.json, from the help file as the build reads it.
  metadataVi = localizeMetadata(result.metadataJson, loadHelp());
}, 60000);

describe('generated functions.json (en-US) and functions.vi-VN.json', () => {
  test('declares exactly the TDKT functions, in both files', () => {
    const ids = ['BINHXET', 'CONDITION', 'DAYSLATE', 'DEADLINE', 'ELIGIBLE', 'GRADE', 'ISLATE', 'MET', 'PARSEDATE', 'QUOTA', 'RANK', 'SCORE', 'YEARSINROW'];
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(metadataVi.functions.map((f) => f.id).sort()).toEqual([...ids].sort());
  });

  test('the vi-VN file differs from the default only in descriptions: same ids, names, parameters, order, types', () => {
    const shape = (m: { functions: Fn[] }) =>
      JSON.parse(JSON.stringify(m), (k, v) => (k === 'description' ? undefined : v));
    expect(metadataVi.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
      metadata.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
    );
    expect(shape(metadataVi)).toEqual(shape(metadata));
  });

  test('every function and every parameter has help in English (default) and in Vietnamese (vi-VN)', () => {
    const vi = new Map(metadataVi.functions.map((f) => [f.id, f]));
    for (const f of metadata.functions) {
      const v = vi.get(f.id)!;
      for (const [where, en, tr, min] of [
        [f.id, f.description ?? '', v.description ?? '', 20],
        ...f.parameters.map((p, i) => [`${f.id}(${p.name})`, p.description ?? '', v.parameters[i].description ?? '', 5]),
      ] as [string, string, string, number][]) {
        expect([where, en.length > min, tr.length > min]).toEqual([where, true, true]);
        expect([where, tr]).not.toEqual([where, en]);
        expect([where, VIETNAMESE.test(tr)]).toEqual([where, true]);
        expect([where, vietnameseShare(tr) > 0.3]).toEqual([where, true]);
        // English prose; Vietnamese appears only in examples of what users type.
        expect([where, vietnameseShare(en) < 0.3]).toEqual([where, true]);
        expect(en).toBe(en.normalize('NFC'));
        expect(tr).toBe(tr.normalize('NFC'));
      }
    }
  });

  test('the build reads the same Vietnamese help the source declares', () => {
    expect(loadHelp()).toEqual(FUNCTION_HELP_VI);
    const d = metadataVi.functions.find((f) => f.id === 'ISLATE')!;
    expect(d.description).toBe(FUNCTION_HELP_VI.ISLATE.description);
    expect(d.parameters.find((p) => p.name === 'shift_days_off')!.description).toMatch(/Điều 148 Bộ luật Dân sự/);
  });

  test('a function or parameter without Vietnamese help, or help for one that is gone, fails the build', () => {
    const src = JSON.stringify(metadata);
    const without = (id: string) => Object.fromEntries(Object.entries(FUNCTION_HELP_VI).filter(([k]) => k !== id));
    expect(() => localizeMetadata(src, without('RANK'))).toThrow(/RANK: no vi-VN description/);
    const noParam = { ...FUNCTION_HELP_VI, MET: { description: FUNCTION_HELP_VI.MET.description, parameters: {} } };
    expect(() => localizeMetadata(src, noParam)).toThrow(/MET\(mark\): no vi-VN help/);
    const stale = { ...FUNCTION_HELP_VI, OLDNAME: { description: 'Hàm cũ đã bỏ.', parameters: {} } };
    expect(() => localizeMetadata(src, stale)).toThrow(/OLDNAME: vi-VN help for a function that does not exist/);
    const renamed = {
      ...FUNCTION_HELP_VI,
      MET: { description: FUNCTION_HELP_VI.MET.description, parameters: { mark: 'Ô tiêu chí.', cell: 'Ô cũ.' } },
    };
    expect(() => localizeMetadata(src, renamed)).toThrow(/MET\(cell\): vi-VN help for a parameter/);
    // The generated default itself is never modified.
    expect(JSON.stringify(metadata)).toBe(src);
  });

  test('ids follow Excel naming rules and cannot be read as cells or Excel 4 macros', () => {
    for (const f of [...metadata.functions, ...metadataVi.functions]) {
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
