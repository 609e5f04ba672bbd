// Messages of the command line's large-workbook reader.

/** Limits of the .xlsx reader of `binhxet score`. */
export const XLSX_LIMIT_TEXT = {
  tooManyRows: (file: string, sheet: string, rows: number, max: number) =>
    `Trang "${sheet}" của tệp "${file}" có tới ${rows.toLocaleString('vi-VN')} dòng, vượt giới hạn ${max.toLocaleString('vi-VN')} dòng mà Bình Xét xử lý được trên dòng lệnh. ` +
    `Hãy tách danh sách thành nhiều tệp (mỗi tệp dưới ${max.toLocaleString('vi-VN')} dòng), hoặc xóa các dòng trống/định dạng thừa ở cuối trang (Ctrl+End cho biết ô cuối cùng Excel coi là có dữ liệu) rồi lưu lại.`,
};
