export const CLI = {
  usage: [
    'Bình Xét — bình xét thi đua, khen thưởng',
    '',
    'Cách dùng:',
    '  binhxet demo [-o TỆP.xlsx]                  Chấm thử trên dữ liệu mẫu kèm theo',
    '  binhxet plan TỆP(.txt|.md|.docx) [--year NĂM] [--json]',
    '                                              Đọc kế hoạch thi đua',
    '  binhxet deadline "CỤM TỪ" [--year NĂM] [--json]',
    '                                              Tính hạn nộp từ một cụm từ',
    '  binhxet score DANH_SÁCH.xlsx --plan KẾ_HOẠCH [--sheet TÊN] [--deadline "CỤM TỪ"]',
    '                [--year NĂM] [--participants TT=120,CN=3400] [--shift-days-off] [-o KẾT_QUẢ.xlsx] [--json]',
    '                                              Bình xét một danh sách đề nghị',
    '  binhxet phieu KẾ_HOẠCH [-o PHIẾU.xlsx] [--year NĂM]',
    '                                              Lập phiếu chấm điểm trống theo bảng chấm điểm của kế hoạch',
    '  binhxet vanban KẾT_QUẢ.xlsx [--plan KẾ_HOẠCH] [--template MẪU_GIẤY_KHEN.docx] -o THƯ_MỤC [--json]',
    '                                              Lập tờ trình, biên bản, quyết định và giấy khen (.docx)',
    '',
  ].join('\n'),
  unknownCommand: (name: string) => `Lỗi: lệnh không hợp lệ: "${name}".`,
  internalError: (msg: string) =>
    `Lỗi nội bộ của Bình Xét (không phải do dữ liệu của bạn): ${msg}\nXin báo lỗi này cho nhóm phát triển.\n`,
};
