// The small rules of the genre the documents apply to what the secretary typed.
import { dateWords, documentNumber, Fields, planTopic, recipientLines, votePercent } from '../../src/documents/fields';
import { ymdToSerial } from '../../src/core/dates';
import { decreeBasis } from '../../src/documents/context';
import { DOC } from '../../src/core/text/documents';

const PLAN = { title: 'Phát động phong trào thi đua năm 2024', issuer: 'Sở Y tế tỉnh Sông Lam', year: 2024, number: null, date: null };

test('dates: a day under 10 and the months 1 and 2 with a leading zero (Nghị định 30/2020)', () => {
  expect(dateWords(ymdToSerial(2026, 2, 5))).toBe('ngày 05 tháng 02 năm 2026');
  expect(dateWords(ymdToSerial(2024, 1, 15))).toBe('ngày 15 tháng 01 năm 2024');
  expect(dateWords(ymdToSerial(2024, 3, 9))).toBe('ngày 09 tháng 3 năm 2024');
  expect(dateWords(ymdToSerial(2024, 12, 25))).toBe('ngày 25 tháng 12 năm 2024');
});

test('document numbers under 10 get a leading zero; others are kept as typed', () => {
  expect(documentNumber('5/QĐ-SYT')).toBe('05/QĐ-SYT');
  expect(documentNumber(' 12/TTr-HĐTĐKT ')).toBe('12/TTr-HĐTĐKT');
  expect(documentNumber('05/QĐ-SYT')).toBe('05/QĐ-SYT');
  expect(documentNumber('1234/QĐ-UBND')).toBe('1234/QĐ-UBND');
});

test('vote shares as documents write them', () => {
  expect(votePercent(0.925)).toBe('92,5%');
  expect(votePercent(0.95)).toBe('95%');
  expect(votePercent(null)).toBe(DOC.noVote);
});

test('recipients: "- …;" each, "- Lưu: VT, …." last, added when missing', () => {
  expect(recipientLines(['Như Điều 3', '+ Sở Nội vụ;'], '- Lưu: VT, VP.')).toEqual(['- Như Điều 3;', '- Sở Nội vụ;', '- Lưu: VT, VP.']);
  expect(recipientLines(['Như trên', 'Lưu: VT, TĐKT'], '- Lưu: VT, VP.')).toEqual(['- Như trên;', '- Lưu: VT, TĐKT.']);
});

test('the plan\'s topic inside a sentence', () => {
  expect(planTopic('Phát động phong trào thi đua năm 2024')).toBe('phong trào thi đua năm 2024');
  expect(planTopic('Kế hoạch phát động phong trào thi đua')).toBe('phong trào thi đua');
});

test('defaults come from the plan and other fields; a typed value wins; nothing known is a placeholder', () => {
  const f = new Fields({ qdAuthority: 'KT. GIÁM ĐỐC', qdSignerTitle: 'PHÓ GIÁM ĐỐC' }, PLAN);
  expect(f.value('issuer')).toBe('SỞ Y TẾ TỈNH SÔNG LAM');
  expect(f.value('qdPower')).toBe('GIÁM ĐỐC SỞ Y TẾ TỈNH SÔNG LAM');
  expect(f.value('ttRecipient')).toBe('Giám đốc Sở Y tế tỉnh Sông Lam');
  expect(f.value('achievement')).toBe('đã có thành tích xuất sắc trong phong trào thi đua năm 2024');
  expect(new Fields({ issuer: 'SỞ Y TẾ' }, PLAN).value('issuer')).toBe('SỞ Y TẾ');
  expect(f.run('qdNumber')).toEqual({ text: '[Số quyết định]', placeholder: true });
  expect(f.missing).toEqual(['Số quyết định']);
});

test('the Nghị định in force: 98/2023 until 30/06/2025, 152/2025 from 01/07/2025', () => {
  expect(decreeBasis(ymdToSerial(2025, 6, 30), null)).toBe(DOC.decree98);
  expect(decreeBasis(ymdToSerial(2025, 7, 1), null)).toBe(DOC.decree152);
  expect(decreeBasis(null, 2024)).toBe(DOC.decree98);
  expect(decreeBasis(null, 2026)).toBe(DOC.decree152);
});
