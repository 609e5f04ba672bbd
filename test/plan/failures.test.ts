// The six ways the regex reader failed on real documents (issue 18), each read right now. Inputs
// are the shared real plans, or genre text laid out the way copies of real documents come
// (header tables, Markdown headings, schedule tables, PDF line breaks).
import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile, readPlanText } from '../../src/plan';
import { makeDocx } from './support/docx';

const REAL = path.join(__dirname, '..', 'fixtures', 'plans', 'real');
const real = (name: string) => fs.readFileSync(path.join(REAL, `${name}.txt`), 'utf8');
const lastOnTime = (ds: { dates: { lastOnTime: string }[] }[]) => ds.map((d) => d.dates[0]?.lastOnTime ?? null);

describe('1. a Quyết định that issues its plan "ban hành kèm theo" is read, not refused', () => {
  const text = [
    'SỞ Y TẾ TỈNH SÔNG LAM',
    'Số: 125/QĐ-SYT',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Sông Lam, ngày 15 tháng 3 năm 2024',
    '',
    'QUYẾT ĐỊNH',
    'Về việc ban hành Kế hoạch phát động phong trào thi đua "Chuyển đổi số" năm 2024',
    'GIÁM ĐỐC SỞ Y TẾ',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Theo đề nghị của Chánh Văn phòng Sở.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát động phong trào thi đua "Chuyển đổi số" năm 2024.',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2024.',
    'Điều 3. Chánh Văn phòng Sở, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.',
    'Nơi nhận:',
    '- Như Điều 3;',
    '- Lưu: VT, VP.',
    'GIÁM ĐỐC',
    '',
    'KẾ HOẠCH',
    'Phát động phong trào thi đua "Chuyển đổi số" năm 2024',
    '(Ban hành kèm theo Quyết định số 125/QĐ-SYT ngày 15/3/2024 của Giám đốc Sở Y tế)',
    '',
    'I. TIÊU CHUẨN KHEN THƯỞNG',
    '1. Đối với tập thể:',
    '- Hoàn thành xuất sắc nhiệm vụ được giao;',
    '- Có mô hình chuyển đổi số được áp dụng.',
    '2. Đối với cá nhân:',
    '- Hoàn thành tốt nhiệm vụ được giao.',
    'II. SỐ LƯỢNG KHEN THƯỞNG: 03 tập thể và 05 cá nhân.',
    'III. THỜI GIAN: Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước ngày 15/11/2024.',
  ].join('\n');

  it('reads the decision\'s header and the attached plan\'s facts', () => {
    const p = readPlanText(text);
    expect([p.kind, p.number, p.date, p.issuer]).toEqual(['quyet-dinh', '125/QĐ-SYT', '2024-03-15', 'Sở Y tế tỉnh Sông Lam']);
    expect(p.attachment).toEqual({ kind: 'ke-hoach', title: 'Phát động phong trào thi đua "Chuyển đổi số" năm 2024' });
    expect(p.title).toBe('Phát động phong trào thi đua "Chuyển đổi số" năm 2024');
    expect(p.movements).toHaveLength(1);
    expect(p.movements[0].quota).toEqual({ collective: 3, individual: 5, either: null, percent: null });
    expect(p.movements[0].criteria).toEqual({ collective: ['Hoàn thành xuất sắc nhiệm vụ được giao', 'Có mô hình chuyển đổi số được áp dụng'], individual: ['Hoàn thành tốt nhiệm vụ được giao'] });
    // The decision's date of effect is no deadline.
    expect(p.deadlines.map((d) => d.text)).toEqual(['trước ngày 15/11/2024']);
  });
  it('reads the real Quyết định 86/2025/QĐ-UBND of Bắc Ninh with its Quy định', () => {
    const p = readPlanText(real('bacninh-2025-quy-dinh-tdkt'));
    expect([p.kind, p.number, p.attachment?.kind]).toEqual(['quyet-dinh', '86/2025/QĐ-UBND', 'quy-dinh']);
    expect(p.deadlines.length).toBeGreaterThan(0);
  });
  it('reads a Quyết định copied without its attachment, warning that the facts are in it', () => {
    const p = readPlanText(text.slice(0, text.indexOf('\nKẾ HOẠCH')));
    expect(p.kind).toBe('quyet-dinh');
    expect(p.title).toBe('Về việc ban hành Kế hoạch phát động phong trào thi đua "Chuyển đổi số" năm 2024');
    expect(p.warnings?.some((w) => /không có văn bản kèm theo/.test(w.message))).toBe(true);
  });
});

describe('2. a Markdown heading "## KẾ HOẠCH" ends the title before the next heading and keeps the issuer', () => {
  // The shared plan brvt-2023 as a web page's Markdown gives it: bold header, "##"/"###" headings.
  const md = ['**SỞ Y TẾ**', '**TỈNH BÀ RỊA - VŨNG TÀU**', 'Số: 245/KH-SYT', '']
    .concat(real('brvt-2023-cchc').split('\n').map((l) => (/^\s*KẾ HOẠCH\s*$/.test(l) ? '## KẾ HOẠCH' : /^\s*[IVX]+\.\s/.test(l) ? `### ${l.trim()}` : l)))
    .join('\n');
  const p = readPlanText(md);
  it('title', () => expect(p.title).toBe('Phát động phong trào thi đua đẩy mạnh công tác cải cách hành chính nhà nước của ngành Y tế tỉnh Bà Rịa – Vũng Tàu năm 2023'));
  it('issuer and number', () => expect([p.issuer, p.number]).toEqual(['Sở Y tế tỉnh Bà Rịa - Vũng Tàu', '245/KH-SYT']));
  it('the plan\'s facts under the "###" headings', () => {
    expect(p.movements[0].quota).toEqual({ collective: 5, individual: 10, either: null, percent: null });
    expect([p.movements[0].criteria.collective.length, p.movements[0].criteria.individual.length]).toEqual([5, 2]);
  });
});

describe('3. a schedule given as a table gives its deadlines and the issuer', () => {
  const plan = [
    '| UBND TỈNH LÂM ĐỒNG<br>SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |',
    '|---|---|',
    '| Số: 52/KH-SYT | Lâm Đồng, ngày 05 tháng 3 năm 2024 |',
    '',
    'KẾ HOẠCH',
    'Phát động phong trào thi đua "Chuyển đổi số" ngành Y tế năm 2024',
    '',
    'I. SỐ LƯỢNG KHEN THƯỞNG: 04 tập thể và 08 cá nhân.',
    'II. TIẾN ĐỘ THỰC HIỆN',
    '| STT | Nội dung công việc | Thời gian | Đơn vị thực hiện |',
    '|---|---|---|---|',
    '| 1 | Đăng ký thi đua | Trước ngày 31/3/2024 | Các đơn vị |',
    '| 2 | Sơ kết 6 tháng | Tháng 7/2024 | Văn phòng Sở |',
    '| 3 | Gửi hồ sơ đề nghị khen thưởng về Văn phòng Sở | Chậm nhất ngày 15/11/2024 | Các đơn vị |',
    '| 4 | Tổng kết, trao thưởng | 20/12/2024 | Sở Y tế |',
  ];
  const check = (p: ReturnType<typeof readPlanText>) => {
    expect(p.issuer).toBe('Sở Y tế tỉnh Lâm Đồng');
    expect([p.number, p.date]).toEqual(['52/KH-SYT', '2024-03-05']);
    expect(p.deadlines.map((d) => [d.text, d.rule, d.dates[0].lastOnTime])).toEqual([['Chậm nhất ngày 15/11/2024', 'by', '2024-11-15']]);
    // The other dated steps are the schedule, not nomination deadlines.
    expect(p.schedule?.map((s) => s.deadline.dates[0].lastOnTime)).toEqual(['2024-03-30', '2024-07-31', '2024-12-20']);
  };
  it('as a pipe table', () => check(readPlanText(plan.join('\n'))));
  it('as a .docx table', async () => {
    const bytes = await makeDocx([
      { table: [[['UBND TỈNH LÂM ĐỒNG', 'SỞ Y TẾ', 'Số: 52/KH-SYT'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 3 năm 2024']]] },
      'KẾ HOẠCH',
      'Phát động phong trào thi đua "Chuyển đổi số" ngành Y tế năm 2024',
      'I. SỐ LƯỢNG KHEN THƯỞNG: 04 tập thể và 08 cá nhân.',
      'II. TIẾN ĐỘ THỰC HIỆN',
      {
        table: [
          ['STT', 'Nội dung công việc', 'Thời gian', 'Đơn vị thực hiện'],
          ['1', 'Đăng ký thi đua', 'Trước ngày 31/3/2024', 'Các đơn vị'],
          ['2', 'Sơ kết 6 tháng', 'Tháng 7/2024', 'Văn phòng Sở'],
          ['3', 'Gửi hồ sơ đề nghị khen thưởng về Văn phòng Sở', 'Chậm nhất ngày 15/11/2024', 'Các đơn vị'],
          ['4', 'Tổng kết, trao thưởng', '20/12/2024', 'Sở Y tế'],
        ],
      },
    ]);
    check(await readPlanFile(bytes, 'ke-hoach.docx'));
  });
});

describe('4. a percentage quota broken over two lines by PDF extraction is read', () => {
  const body = (br: string) =>
    `KẾ HOẠCH${br}Phát động phong trào thi đua "Chuyển đổi số" năm 2024${br}1. Tiêu chuẩn khen thưởng${br}- Hoàn thành xuất sắc nhiệm vụ được giao.${br}2. Số lượng khen thưởng: tỷ lệ không quá 10% tập thể, 5% cá ${br}nhân đối tượng trực tiếp tham gia phong trào.`;
  it.each([
    ['every line between blank lines', '\n\n'],
    ['no blank lines', '\n'],
  ])('%s', (_, br) => {
    const q = readPlanText(body(br)).movements[0].quota;
    expect(q?.percent).toEqual({ collective: 10, individual: 5 });
  });
});

describe('5. criteria under kind labels give the criteria, not movements', () => {
  const plan = (crit: string[]) =>
    readPlanText(['UBND TỈNH SƠN LA', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'KẾ HOẠCH', 'Phát động phong trào thi đua "Dạy tốt, học tốt" năm học 2024 - 2025', 'I. TIÊU CHUẨN KHEN THƯỞNG', ...crit, 'II. SỐ LƯỢNG KHEN THƯỞNG', 'Không quá 05 tập thể và 10 cá nhân.'].join('\n'));
  const expected = { collective: ['Hoàn thành xuất sắc nhiệm vụ năm học', 'Có ít nhất 01 sáng kiến được công nhận'], individual: ['Đạt giáo viên dạy giỏi cấp trường', 'Hoàn thành xuất sắc nhiệm vụ'] };
  it('under "+ Đối với tập thể:" bullets with "-" items', () => {
    const p = plan(['+ Đối với tập thể:', '- Hoàn thành xuất sắc nhiệm vụ năm học;', '- Có ít nhất 01 sáng kiến được công nhận.', '+ Đối với cá nhân:', '- Đạt giáo viên dạy giỏi cấp trường;', '- Hoàn thành xuất sắc nhiệm vụ.']);
    expect(p.movements).toHaveLength(1);
    expect(p.movements[0].criteria).toEqual(expected);
  });
  it('under "a) Đối với tập thể:" with "-" items', () => {
    const p = plan(['a) Đối với tập thể:', '- Hoàn thành xuất sắc nhiệm vụ năm học;', '- Có ít nhất 01 sáng kiến được công nhận.', 'b) Đối với cá nhân:', '- Đạt giáo viên dạy giỏi cấp trường;', '- Hoàn thành xuất sắc nhiệm vụ.']);
    expect(p.movements).toHaveLength(1);
    expect(p.movements[0].criteria).toEqual(expected);
    expect(p.movements[0].quota).toEqual({ collective: 5, individual: 10, either: null, percent: null });
  });
  it('under "a) Đối với tập thể:" in a real plan with lettered contents (daklak): one movement', () => {
    const p = readPlanText(real('daklak-2025-bau-cu'));
    expect(p.movements).toHaveLength(1);
    expect([p.movements[0].criteria.collective.length, p.movements[0].criteria.individual.length]).toEqual([10, 3]);
  });
});

describe('6. allocations per group, pooled quotas and windows placed anywhere in the document', () => {
  it('reads allocations per group from a table under the quota heading', () => {
    const p = readPlanText(
      ['KẾ HOẠCH', 'Phát động phong trào thi đua năm 2025', 'III. PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG', '| STT | Khối thi đua | Tập thể | Cá nhân |', '|---|---|---|---|', '| 1 | Khối các sở, ban, ngành | 3 | 6 |', '| 2 | Khối xã, phường | 5 | 10 |', '| | Tổng cộng | 8 | 16 |'].join('\n'),
    );
    expect(p.allocations.map((a) => [a.group, a.each, a.collective, a.individual])).toEqual([
      ['Khối các sở, ban, ngành', false, 3, 6],
      ['Khối xã, phường', false, 5, 10],
    ]);
  });
  it('reads a pooled quota for both kinds', () => {
    const p = readPlanText('KẾ HOẠCH\nPhát động phong trào thi đua "Dân vận khéo" năm 2025\n1. Tiêu chuẩn khen thưởng\n- Có mô hình dân vận khéo được công nhận.\n2. Số lượng khen thưởng: 02 trường hợp (tập thể hoặc cá nhân).');
    expect(p.movements[0].quota).toEqual({ collective: null, individual: null, either: 2, percent: null });
  });
  it('reads a window for dossiers written under "Tổ chức thực hiện"', () => {
    const p = readPlanText(
      ['KẾ HOẠCH', 'Phát động phong trào thi đua năm 2024', 'I. SỐ LƯỢNG: 03 tập thể, 05 cá nhân.', 'II. TỔ CHỨC THỰC HIỆN', '1. Các đơn vị triển khai Kế hoạch này.', '2. Văn phòng Sở tiếp nhận hồ sơ đề nghị khen thưởng từ ngày 01/12/2024 đến hết ngày 10/12/2024.'].join('\n'),
    );
    expect(p.deadlines.map((d) => [d.rule, d.from, d.dates[0].lastOnTime])).toEqual([['by', '2024-12-01', '2024-12-10']]);
  });
  it('reads allocations, pooled quotas and the next-year deadline of the real Đắk Lắk plan', () => {
    const p = readPlanText(real('daklak-2025-bau-cu'));
    expect(p.allocations.find((a) => a.group === 'xã, phường')).toMatchObject({ each: true, either: 2 });
    expect(lastOnTime(p.deadlines)).toEqual(['2026-03-30']);
  });
});
