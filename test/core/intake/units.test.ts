import { allocationFor, expectedFromPlan, matchUnit, overAllocation, type ExpectedUnit } from '../../../src/core/intake/units';
import type { Allocation, Plan } from '../../../src/core/types';

const unit = (name: string, aliases: string[] = []): ExpectedUnit => ({ name, group: null, allocation: null, aliases, isGroup: false });
const alloc = (group: string, each: boolean, collective: number | null, individual: number | null, either: number | null = null): Allocation => ({ group, each, collective, individual, either, text: `${group}: …` });
const plan = (allocations: Allocation[]): Plan => ({ title: '', issuer: '', year: 2026, period: { from: null, to: null }, movements: [], deadlines: [], allocations, rubric: null, grades: [] });

describe('the units expected and which one sent a file', () => {
  const units = [unit('Trung tâm Y tế huyện Đồng Xuân', ['TTYT Đồng Xuân']), unit('Khoa Nội'), unit('Khoa Nội tiết'), unit('Phòng Tài chính kế toán')];

  it('finds the longest unit name or alias in a text', () => {
    expect(matchUnit(units, 'DANH SÁCH ĐỀ NGHỊ CỦA TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN')).toBe(0);
    expect(matchUnit(units, 'ttyt dong xuan 2026')).toBe(0);
    expect(matchUnit(units, 'khoa noi tiet')).toBe(2);
    expect(matchUnit(units, 'khoa noi')).toBe(1);
    expect(matchUnit(units, 'bao cao')).toBe(-1);
  });

  it('reads a short file name inside one unit name only when asked and unambiguous', () => {
    expect(matchUnit(units, 'phong tai chinh')).toBe(-1);
    expect(matchUnit(units, 'phong tai chinh', true)).toBe(3);
    expect(matchUnit(units, 'dong xuan', true)).toBe(0);
    // "khoa" alone names no unit; "khoa noi" is inside two names but is one itself.
    expect(matchUnit(units, 'khoa', true)).toBe(-1);
    expect(matchUnit([unit('Khoa Nội A'), unit('Khoa Nội B')], 'khoa noi', true)).toBe(-2);
  });

  it('takes the plan allocations naming a unit or group as expected, not those for each unit', () => {
    const p = plan([alloc('Cơ quan Trung ương trên địa bàn thành phố', false, 2, 4), alloc('xã, phường', true, null, null, 2), alloc('đơn vị', true, 1, 3)]);
    expect(expectedFromPlan(p).map((u) => [u.name, u.isGroup, u.allocation?.collective])).toEqual([['Cơ quan Trung ương trên địa bàn thành phố', true, 2]]);
  });

  it("gives a unit its own numbers, else the plan's cap for its kind of unit, else for any unit", () => {
    const p = plan([alloc('xã, phường', true, null, null, 2), alloc('đơn vị', true, 1, 3)]);
    expect(allocationFor(p, { ...unit('Khoa Nội'), allocation: { collective: 2, individual: 5, either: null, text: null } }, 'Khoa Nội')?.individual).toBe(5);
    expect(allocationFor(p, null, 'Xã Hòa Bình')?.either).toBe(2);
    expect(allocationFor(p, null, 'Khoa Nội')?.individual).toBe(3);
    expect(allocationFor(plan([]), null, 'Khoa Nội')).toBeNull();
  });

  it('counts the rows over an allocation per kind or over a pool', () => {
    const a = { collective: 1, individual: 3, either: null, text: null };
    expect(overAllocation({ collective: 2, individual: 4 }, a)).toBe(2);
    expect(overAllocation({ collective: 1, individual: 2 }, a)).toBe(0);
    expect(overAllocation({ collective: 2, individual: 1 }, { collective: null, individual: null, either: 2, text: null })).toBe(1);
    expect(overAllocation({ collective: 9, individual: 9 }, null)).toBeNull();
  });
});
