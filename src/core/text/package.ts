// Messages of the package layer (src/package): reading and writing .xlsx packages and guarding
// every zip (.xlsx, .docx) before anything reads it. Each names the file and says what to do.

/** The program that re-saves a file of this kind cleanly. */
export type PackageApp = 'Excel' | 'Word';

const resave = (app: PackageApp) => `Hãy mở tệp bằng ${app} và lưu lại (Tệp › Lưu thành), rồi chạy lại.`;
const askAgain = 'Tệp có thể đã bị hỏng khi tải về hoặc bị sửa có chủ ý: hãy xin lại tệp gốc từ người gửi.';
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('vi-VN')} MB`;

export const PKG_TEXT = {
  // ---- not a package at all
  empty: (file: string) => `Tệp "${file}" trống (0 byte): không có gì để đọc.`,
  notZip: (file: string, app: PackageApp) =>
    app === 'Excel'
      ? `Tệp "${file}" không phải tệp Excel .xlsx (có thể là tệp văn bản, CSV, HTML hoặc .xls cũ bị đổi tên). Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`
      : `Tệp "${file}" không phải tệp Word .docx. Hãy mở bằng Word và lưu lại dạng "Word Document (*.docx)".`,
  encrypted: (file: string) =>
    `Tệp "${file}" được bảo vệ bằng mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`,
  oldXls: (file: string) =>
    `Tệp "${file}" là tệp Excel 97–2003 (.xls) bị đổi tên. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,
  notSpreadsheet: (file: string) =>
    `Tệp "${file}" là tệp nén nhưng không phải bảng tính Excel (không có sổ làm việc; có thể là tệp .zip hoặc .docx bị đổi tên). Hãy chọn đúng tệp danh sách .xlsx.`,
  noSheets: (file: string) => `Tệp "${file}" không có trang tính nào để đọc.`,
  binaryWorkbook: (file: string) =>
    `Tệp "${file}" là sổ làm việc Excel dạng nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,

  // ---- the zip container
  truncated: (file: string) => `Tệp "${file}" không đầy đủ (bị cắt cụt, có thể do tải về chưa xong). ${askAgain}`,
  lyingDirectory: (file: string, what: string) => `Tệp "${file}" có mục lục nén không khớp với nội dung (${what}). ${askAgain}`,
  partTooBig: (file: string, part: string, limit: number) =>
    `Phần "${part}" của tệp "${file}" khi giải nén vượt giới hạn ${mb(limit)} cho một phần. Bình Xét từ chối để tránh treo máy (tệp kiểu "bom nén"). ${askAgain}`,
  totalTooBig: (file: string, limit: number) =>
    `Tệp "${file}" khi giải nén vượt giới hạn ${mb(limit)} tổng cộng. Bình Xét từ chối để tránh treo máy (tệp kiểu "bom nén"). ${askAgain}`,
  badEntryName: (file: string, entry: string) =>
    `Tệp "${file}" chứa mục nén có tên không hợp lệ "${entry}" (đường dẫn tuyệt đối, có "..", hoặc có dấu "\\"). Bình Xét không đọc tệp này. ${askAgain}`,
  duplicateEntry: (file: string, entry: string) =>
    `Tệp "${file}" chứa hai mục nén cùng tên "${entry}": không biết mục nào là thật. ${askAgain}`,
  zipEncrypted: (file: string) => `Tệp "${file}" được mã hóa ở lớp nén (zip có mật khẩu). Hãy giải mã, mở bằng Excel và lưu lại.`,
  zipMethod: (file: string, entry: string, method: number) =>
    `Phần "${entry}" của tệp "${file}" được nén theo kiểu ${method} mà các chương trình văn phòng không dùng. Hãy mở bằng Excel và lưu lại.`,
  multiDisk: (file: string) => `Tệp "${file}" là một phần của tệp nén chia nhiều tập. Hãy ghép lại thành một tệp .xlsx đầy đủ.`,
  corruptPart: (file: string, part: string) => `Phần "${part}" của tệp "${file}" bị hỏng (không giải nén được hoặc sai mã kiểm tra). ${askAgain}`,

  // ---- the XML inside
  doctype: (file: string, part: string) =>
    `Phần "${part}" của tệp "${file}" có khai báo DOCTYPE/ENTITY, thứ mà Excel và Word không bao giờ ghi (có thể là tệp độc hại, kiểu "bom thực thể"). Bình Xét không đọc tệp này. ${askAgain}`,
  badXml: (file: string, part: string, what: string, app: PackageApp = 'Excel') =>
    `Phần "${part}" của tệp "${file}" bị hỏng (${what}). ${resave(app)}`,
  utf16: (file: string, part: string) => `Phần "${part}" của tệp "${file}" được ghi bằng mã UTF-16, Bình Xét chỉ đọc UTF-8. ${resave('Excel')}`,
  missingPart: (file: string, part: string) => `Tệp "${file}" thiếu phần "${part}" mà sổ làm việc trỏ tới. ${resave('Excel')}`,
  notWorksheet: (file: string, sheet: string) =>
    `Trang "${sheet}" của tệp "${file}" không phải trang tính thường (có thể là trang biểu đồ hoặc macro Excel 4). Bình Xét chỉ đọc được trang tính; hãy dùng --sheet để chọn trang danh sách.`,
  badCellRef: (file: string, sheet: string, ref: string) =>
    `Trang "${sheet}" của tệp "${file}" có ô "${ref}" nằm ngoài bảng tính (A1:XFD1048576) hoặc sai dòng. Excel sẽ báo tệp hỏng; Bình Xét không ghi vào tệp này. ${resave('Excel')}`,
  badRow: (file: string, sheet: string, row: string) =>
    `Trang "${sheet}" của tệp "${file}" có dòng số "${row}" không hợp lệ (phải từ 1 đến 1.048.576, tăng dần). ${resave('Excel')}`,
  badStyle: (file: string, sheet: string, ref: string, s: string, count: number) =>
    `Ô ${ref} của trang "${sheet}" (tệp "${file}") dùng định dạng số ${s}, nhưng tệp chỉ có ${count} định dạng (0–${Math.max(0, count - 1)}). Excel sẽ báo tệp hỏng. ${resave('Excel')}`,
  badShared: (file: string, sheet: string, ref: string, i: string, count: number) =>
    `Ô ${ref} của trang "${sheet}" (tệp "${file}") trỏ tới chuỗi dùng chung số ${i}, nhưng tệp chỉ có ${count} chuỗi. ${resave('Excel')}`,
  tooManyRows: (file: string, sheet: string, rows: number, max: number) =>
    `Trang "${sheet}" của tệp "${file}" có tới ${rows.toLocaleString('vi-VN')} dòng, vượt giới hạn ${max.toLocaleString('vi-VN')} dòng mà Bình Xét xử lý được trên dòng lệnh. ` +
    `Hãy tách danh sách thành nhiều tệp (mỗi tệp dưới ${max.toLocaleString('vi-VN')} dòng), hoặc xóa các dòng trống/định dạng thừa ở cuối trang (Ctrl+End cho biết ô cuối cùng Excel coi là có dữ liệu) rồi lưu lại.`,

  // ---- writing
  cannotKeep: (file: string, what: string) =>
    `Bình Xét không ghi được kết quả vào tệp "${file}" mà vẫn giữ nguyên mọi phần của tệp (${what}), nên không ghi gì cả. ${resave('Excel')}`,
  outputType: (file: string, ext: string) =>
    `Tệp kết quả "${file}" phải có đuôi ${ext} giống tệp đầu vào (Bình Xét giữ nguyên loại tệp, cả macro nếu có). Hãy đặt tên tệp kết quả đuôi ${ext}.`,
  notWorkbookName: (file: string) => `Tệp "${file}" không có đuôi .xlsx, .xlsm, .xltx hoặc .xltm. Bình Xét đọc danh sách dạng sổ làm việc Excel.`,
};

/** What is wrong inside an XML part (the middle of PKG_TEXT.badXml). */
export const XML_PROBLEM = {
  unclosed: (tag: string) => `thẻ <${tag}> không đóng`,
  entity: (ref: string) => `tham chiếu ký tự "${ref}" không xác định`,
  root: (want: string, got: string) => `phần tử gốc là <${got}>, cần <${want}> của SpreadsheetML`,
  noRoot: 'không có phần tử gốc',
  strayContent: (what: string) => `nội dung lạ trong bảng dữ liệu: "${what}"`,
  cellOutsideRow: 'ô nằm ngoài dòng',
  columnsOutOfOrder: (ref: string) => `ô ${ref} không theo thứ tự cột`,
  badMerge: (ref: string) => `vùng gộp ô "${ref}" không hợp lệ`,
  overlappingMerges: (a: string, b: string) => `hai vùng gộp ô chồng nhau: ${a} và ${b}`,
  badAttr: (name: string, value: string) => `thuộc tính ${name}="${value}" không hợp lệ`,
  missingAttr: (tag: string, name: string) => `thẻ <${tag}> thiếu thuộc tính ${name}`,
  badNumber: (ref: string, text: string) => `ô ${ref} ghi số "${text.slice(0, 40)}" không đọc được`,
  tooLong: (tag: string, max: number) => `một thẻ <${tag}> dài quá ${Math.round(max / (1024 * 1024))} triệu ký tự`,
};

/** Warnings about which sheet was scored. */
export const SHEET_PICK_TEXT = {
  /** A warning as the command line prints it on stderr. */
  note: (message: string) => `Lưu ý: ${message}`,
  several: (taken: string, others: string[]) =>
    `Tệp có ${others.length + 1} trang trông như danh sách đề nghị: "${taken}", ${others.map((o) => `"${o}"`).join(', ')}. ` +
    `Bình Xét đã chấm trang "${taken}" vì đó là trang hiện đầu tiên có dòng tiêu đề nhận ra được; muốn chấm trang khác hãy chọn trang đó (dòng lệnh: --sheet "TÊN TRANG").`,
  onlyHidden: (hidden: string[]) =>
    `Chỉ ${hidden.length === 1 ? 'trang ẩn' : 'các trang ẩn'} ${hidden.map((h) => `"${h}"`).join(', ')} có dòng tiêu đề danh sách đề nghị; Bình Xét không tự chấm trang ẩn. ` +
    `Hãy hiện trang đó trong Excel, hoặc chỉ rõ tên trang (dòng lệnh: --sheet "TÊN TRANG").`,
  hiddenSkipped: (hidden: string[]) =>
    `Đã bỏ qua ${hidden.length === 1 ? 'trang ẩn' : 'các trang ẩn'} ${hidden.map((h) => `"${h}"`).join(', ')}; muốn chấm trang ẩn hãy chỉ rõ (dòng lệnh: --sheet "TÊN TRANG").`,
};
