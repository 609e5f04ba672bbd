import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile, readPlanText } from '../../src/plan';
import { isUserError } from '../../src/core/errors';

const fx = (n: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', n), 'utf8');

describe('invented plans of the genre', () => {
  it('reads a rubric, grade bands, allocations per group and the award grade', () => {
    const p = readPlanText(fx('rubric-allocation.txt'));
    expect(p.issuer).toBe('Sở Y tế tỉnh Đồng Tháp');
    expect(p.year).toBe(2024);
    expect(p.rubric).toEqual({
      items: [
        { id: '1', text: 'Công tác lãnh đạo, chỉ đạo', maxPoints: 10 },
        { id: '2', text: 'Thực hiện nhiệm vụ chuyên môn', maxPoints: 90 },
      ],
      bonusMax: 3,
      penaltyMax: 3,
      total: 100,
    });
    expect(p.grades).toEqual([
      { name: 'Hoàn thành xuất sắc', minScore: 95, noZeroCriterion: true },
      { name: 'Hoàn thành tốt', minScore: 85, noZeroCriterion: true },
      { name: 'Hoàn thành', minScore: 75, noZeroCriterion: false },
      { name: 'Không hoàn thành', minScore: 0, noZeroCriterion: false },
    ]);
    expect(p.allocations.map((a) => [a.group, a.each, a.collective, a.individual])).toEqual([
      ['Cơ quan Trung ương trên địa bàn thành phố', false, 2, 4],
      ['các xã, phường', false, 15, 30],
    ]);
    expect(p.movements[0].awardGrade).toBe('Hoàn thành xuất sắc');
    expect(p.deadlines.map((d) => d.dates[0]?.lastOnTime)).toEqual(['2024-12-14']);
  });
  it('reads a percentage quota and its criteria', () => {
    const p = readPlanText(fx('percent.txt'));
    expect(p.movements[0].quota?.percent).toEqual({ collective: 10, individual: 5 });
    expect(p.movements[0].criteria.collective).toEqual(['Hoàn thành xuất sắc nhiệm vụ được giao', 'Có sáng kiến ứng dụng công nghệ thông tin']);
    expect(p.movements[0].criteria.individual).toHaveLength(2);
    expect(p.deadlines[0].dates).toEqual([{ due: '2024-11-20', lastOnTime: '2024-11-20' }]);
  });
  it('warns, naming the line, about a deadline it cannot resolve, and lists it to confirm', () => {
    const p = readPlanText(fx('real/brvt-2021-phong-trao.txt'));
    expect(p.warnings?.some((w) => w.line === 380 && /Đầu năm 2021/.test(w.message))).toBe(true);
    expect(p.movements[10].id).toBe('2.10');
    // The period's end is read from "năm 2021" in the title, not stated: also to confirm.
    expect(p.unsure).toEqual(['period.to', 'movements.10.deadlines']);
  });
  it('warns about two quotas in one movement', () => {
    const p = readPlanText('KẾ HOẠCH\nThi đua năm 2024\n1. Số lượng khen thưởng: 05 tập thể và 10 cá nhân.\n2. Số lượng: 03 tập thể.\n');
    expect(p.movements[0].quota).toMatchObject({ collective: 5, individual: 10 });
    expect(p.warnings?.find((w) => w.line === 4)).toBeDefined();
  });
});

describe('layouts of unseen plans', () => {
  it('reads kind labels written as bullets with "+" criteria under them', () => {
    const p = readPlanText(
      'SỞ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\nKẾ HOẠCH\nThi đua năm 2024\nIII. TIÊU CHUẨN\n- Đối với tập thể:\n+ Hoàn thành xuất sắc nhiệm vụ;\n+ Nội bộ đoàn kết.\n- Đối với cá nhân:\n+ Hoàn thành tốt nhiệm vụ.\nIV. SỐ LƯỢNG: 03 tập thể, 05 cá nhân.\nHồ sơ gửi về Văn phòng Sở trước ngày 10 tháng 12.\nTrang 2/3\n',
    );
    expect(p.issuer).toBe('Sở Tài nguyên và Môi trường');
    expect(p.movements[0].criteria).toEqual({
      collective: ['Hoàn thành xuất sắc nhiệm vụ', 'Nội bộ đoàn kết'],
      individual: ['Hoàn thành tốt nhiệm vụ'],
    });
    expect(p.deadlines[0].dates[0].lastOnTime).toBe('2024-12-09');
  });
  it('ends the title at the first numbered line', () => {
    const p = readPlanText('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nKẾ HOẠCH\nPhát động thi đua cao điểm năm 2025\n1. Chỉ tiêu khen thưởng: Cơ quan cấp tỉnh: 01 tập thể, 02 cá nhân/đơn vị.\n');
    expect(p.title).toBe('Phát động thi đua cao điểm năm 2025');
    expect(p.issuer).toBe('Ủy ban nhân dân tỉnh Bình Định');
    expect(p.allocations.map((a) => [a.group, a.each])).toEqual([['Cơ quan cấp tỉnh', true]]);
  });
});

describe('eligibility thresholds stated by the plan', () => {
  const plan = (body: string) => readPlanText(`KẾ HOẠCH\nThi đua năm 2024\nI. KHEN THƯỞNG\n1. Số lượng: 05 tập thể và 10 cá nhân.\n${body}\n`);
  it.each([
    ['2. Đơn vị đạt từ 80 điểm trở lên mới được xét khen thưởng.', 80],
    ['2. Chỉ xét khen thưởng đối với đơn vị có tổng điểm từ 90 điểm trở lên.', 90],
    ['2. Tập thể có tổng điểm từ 92,5 điểm trở lên thì được đề nghị khen thưởng.', 92.5],
  ])('reads the minimum score in "%s"', (sentence, min) => {
    expect(plan(sentence).movements[0].minScore).toBe(min);
  });
  it('takes no minimum score from grade bands alone', () => {
    const p = readPlanText(fx('rubric-allocation.txt'));
    expect(p.movements[0].minScore ?? null).toBeNull();
  });
  it.each([
    ['2. Chỉ đề nghị cá nhân có tỷ lệ phiếu đồng ý từ 80% trở lên.', 0.8],
    ['2. Tập thể, cá nhân được đề nghị phải có tỷ lệ phiếu bầu đạt 90% trở lên.', 0.9],
    ['2. Tỷ lệ phiếu đồng ý của Hội đồng từ 92,5% trở lên.', 0.925],
  ])('reads the minimum vote share in "%s"', (sentence, min) => {
    expect(plan(sentence).movements[0].minVote).toBeCloseTo(min, 10);
  });
  it('has no minimum vote share when the plan states none', () => {
    expect(plan('2. Hồ sơ gửi về trước ngày 15/12/2024.').movements[0].minVote ?? null).toBeNull();
  });
});

describe('bad input', () => {
  const err = async (bytes: Uint8Array, name: string) => {
    try {
      await readPlanFile(bytes, name);
    } catch (e) {
      expect(isUserError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('no error');
  };
  it('rejects an empty file', async () => expect(await err(new Uint8Array(), 'a.txt')).toMatch(/trống/));
  it('rejects binary garbage', async () => expect(await err(new Uint8Array([0, 1, 2, 255, 0, 7]), 'a.txt')).toMatch(/không phải văn bản/));
  it('rejects a .docx that is not a zip', async () => expect(await err(new TextEncoder().encode('hello'), 'a.docx')).toMatch(/\.docx/));
  it('rejects a text with no plan', async () => expect(await err(new TextEncoder().encode('Danh sách đi chợ: rau, cá.'), 'a.txt')).toMatch(/không giống một văn bản thi đua, khen thưởng/));
  it('reads UTF-8 with a BOM', async () => {
    const p = await readPlanFile(new TextEncoder().encode('\uFEFF' + fx('percent.txt')), 'p.txt');
    expect(p.title).toMatch(/^Phát động/);
  });
});

describe('a Plan JSON read back', () => {
  it('keeps number, date, kind, household criteria and the form of an allocation', async () => {
    const p = readPlanText(fx('real/daklak-2025-bau-cu.txt'));
    const back = await readPlanFile(new TextEncoder().encode(JSON.stringify(p)), 'ke-hoach.json');
    expect([back.number, back.date, back.kind]).toEqual(['0125/KH-UBND', '2025-11-18', 'ke-hoach']);
    expect(back.allocations).toEqual(p.allocations);
    expect(back.movements[0].criteria).toEqual(p.movements[0].criteria);
    const xa = readPlanText(fx('unseen/ubnd-xa-hang-nam.txt'));
    expect((await readPlanFile(new TextEncoder().encode(JSON.stringify(xa)), 'x.json')).movements[0].criteria.household).toEqual(xa.movements[0].criteria.household);
  });
  it('keeps the quotas per award form a secretary wrote into the plan', async () => {
    const p = readPlanText(fx('real/brvt-2023-cchc.txt'));
    const formQuotas = [{ form: 'Giấy khen của Giám đốc Sở', quota: { collective: 3, individual: 8, either: null, percent: null }, quotaNote: null }];
    const withForms = { ...p, movements: [{ ...p.movements[0], formQuotas }] };
    const back = await readPlanFile(new TextEncoder().encode(JSON.stringify(withForms)), 'ke-hoach.json');
    expect(back.movements[0].formQuotas).toEqual(formQuotas);
  });
  it('drops a kind that is not one of the six', async () => {
    const back = await readPlanFile(new TextEncoder().encode(JSON.stringify({ movements: [], kind: 'to-trinh' })), 'x.json');
    expect(back.kind).toBeNull();
  });
});

describe('an .html file (a saved web page of the plan)', () => {
  it('reads its header table, lists and schedule table', async () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Kế hoạch</title><style>td{}</style></head><body>',
      '<table><tr><td><p>UBND TỈNH HÀ NAM</p><p>SỞ Y TẾ</p><p>Số: 215/KH-SYT</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Hà Nam, ngày 12 tháng 3 năm 2024</p></td></tr></table>',
      '<p><b>KẾ HOẠCH</b></p><p>Phát động phong trào thi đua "Người tốt, việc tốt" năm 2024</p>',
      '<p>I. TIÊU CHUẨN KHEN THƯỞNG</p><ul><li>Có hành động, việc làm tốt;</li><li>Chấp hành tốt chủ trương của Đảng.</li></ul>',
      '<p>II. SỐ LƯỢNG: không quá 05&nbsp;tập thể và 15 cá nhân.</p>',
      '<table><tr><th>Nội dung</th><th>Thời gian</th></tr><tr><td>Gửi hồ sơ đề nghị khen thưởng</td><td>Trước ngày 15/11/2024</td></tr><tr><td>Tổng kết</td><td>Tháng 12/2024</td></tr></table>',
      '</body></html>',
    ].join('');
    const p = await readPlanFile(new TextEncoder().encode(html), 'ke-hoach.html');
    expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Sở Y tế tỉnh Hà Nam', '215/KH-SYT', '2024-03-12', 'ke-hoach']);
    expect(p.movements[0].quota).toEqual({ collective: 5, individual: 15, either: null, percent: null });
    expect(p.movements[0].criteria.collective).toEqual(['Có hành động, việc làm tốt', 'Chấp hành tốt chủ trương của Đảng']);
    expect(p.deadlines.map((d) => d.dates[0].lastOnTime)).toEqual(['2024-11-14']);
  });
});
